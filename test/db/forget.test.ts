import { afterEach, describe, expect, it } from 'vitest';
import type { PersonaLensDB } from '../../lib/db/database';
import { deleteEverything, forgetProfile } from '../../lib/db/forget';
import { ingestBatch } from '../../lib/db/ingest';
import { channelBatch, freshDb, testMemberKey, textTraits } from '../helpers/db';

let db: PersonaLensDB;
afterEach(async () => {
  await db?.delete();
});

const options = { memberKey: testMemberKey, traitsFor: textTraits };

/** Lena and Kai, with Anna commenting on both, Marco only on Lena, Zoe only on Kai. */
async function twoCreators() {
  await ingestBatch(db, channelBatch(), options);
  await ingestBatch(
    db,
    channelBatch({
      sourceUrl: 'https://www.youtube.com/@kaibuilds',
      profiles: [{ platform: 'youtube', handle: 'kaibuilds', followers: 1_380_000 }],
      posts: [{ platform: 'youtube', id: 'kv1', authorHandle: 'kaibuilds', hashtags: [] }],
      comments: [
        { platform: 'youtube', id: 'k1', postId: 'kv1', authorHandle: 'anna_smith92', text: 'g=female' },
        { platform: 'youtube', id: 'k2', postId: 'kv1', authorHandle: 'zoe', text: 'l=en' },
      ],
    }),
    options,
  );
  await db.shortlists.add({ id: 's1', name: 'Spring', createdAt: 1, updatedAt: 1 });
  for (const p of ['youtube:lenatravels', 'youtube:kaibuilds']) {
    await db.shortlistEntries.add({ id: `s1|${p}`, shortlistId: 's1', profileId: p, note: '', tags: [], status: 'new', addedAt: 1, updatedAt: 1 });
  }
}

/** Every row that mentions the profile or one of its posts, in any table. */
async function traces(profileId: string, postKeys: string[]) {
  const dump = JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())));
  return [profileId, profileId.split(':')[1]!, ...postKeys].filter((s) => dump.includes(s));
}

describe('forgetProfile', () => {
  it('removes every trace of the profile and the members only it had', async () => {
    db = freshDb();
    await twoCreators();
    const marco = await testMemberKey('youtube', 'marco');
    const anna = await testMemberKey('youtube', 'anna_smith92');
    const report = await forgetProfile(db, 'youtube:lenatravels');
    expect(report).toEqual({ profileId: 'youtube:lenatravels', found: true, posts: 2, comments: 3, engagements: 3, members: 1 });
    expect(await traces('youtube:lenatravels', ['youtube:vid1', 'youtube:vid2'])).toEqual([]);
    expect(await db.members.get(marco)).toBeUndefined();
    expect((await db.members.get(anna))!.profileIds).toEqual(['youtube:kaibuilds']);
    expect(await db.segments.get('youtube:kaibuilds')).toMatchObject({ counts: { members: 2 } });
    expect(await db.shortlistEntries.count()).toBe(1);
    expect(await db.shortlists.count()).toBe(1);
  });

  it('is a no-op for a profile it never saw', async () => {
    db = freshDb();
    await twoCreators();
    const before = await Promise.all(db.tables.map((t) => t.count()));
    expect(await forgetProfile(db, 'youtube:nobody')).toMatchObject({ found: false, members: 0 });
    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(before);
  });
});

describe('deleteEverything', () => {
  it('leaves every table empty', async () => {
    db = freshDb();
    await twoCreators();
    await db.settings.put({ key: 'installSecret', value: new Uint8Array(32) });
    await deleteEverything(db);
    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(db.tables.map(() => 0));
  });
});

describe('forget, issue 14 finding 4: nothing about the profile is left', () => {
  it('removes the creator as a commenter too, and the my-audience settings that name them', async () => {
    db = freshDb();
    await twoCreators();
    const kaiWithoutLena = (await db.segments.get('youtube:kaibuilds'))!.counts;
    // Lena answers under her own post and comments under Kai's.
    await ingestBatch(db, channelBatch({ capturedAt: 1_764_000_100_000, comments: [{ platform: 'youtube', id: 'c9', postId: 'vid1', authorHandle: 'lenatravels', text: 'thanks g=female' }] }), options);
    await ingestBatch(
      db,
      channelBatch({
        sourceUrl: 'https://www.youtube.com/@kaibuilds',
        capturedAt: 1_764_000_200_000,
        profiles: [],
        posts: [{ platform: 'youtube', id: 'kv1', authorHandle: 'kaibuilds', hashtags: [] }],
        comments: [{ platform: 'youtube', id: 'k9', postId: 'kv1', authorHandle: 'lenatravels', text: 'l=pt' }],
      }),
      options,
    );
    await db.settings.bulkPut([
      { key: 'myAudience.ownProfile', value: 'youtube:lenatravels' },
      { key: 'myAudience.analytics:youtube:lenatravels', value: { kind: 'youtube', importedAt: 1, demographics: {}, rejected: [] } },
      { key: 'retentionDays', value: 30 },
    ]);
    const lenaKey = await testMemberKey('youtube', 'lenatravels');
    const kaiBefore = (await db.segments.get('youtube:kaibuilds'))!.counts;
    expect(kaiBefore.members).toBe(3);

    await forgetProfile(db, 'youtube:lenatravels', lenaKey);
    const dump = JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())));
    for (const trace of ['lenatravels', lenaKey, 'youtube:vid1', 'youtube:vid2']) expect(dump).not.toContain(trace);
    // Kai's audience and segments are what they would be had Lena never commented there.
    expect((await db.segments.get('youtube:kaibuilds'))!.counts).toEqual(kaiWithoutLena);
    expect(await db.audience.where('profileId').equals('youtube:kaibuilds').count()).toBe(2);
    expect(await db.settings.get('retentionDays')).toEqual({ key: 'retentionDays', value: 30 });
  });
});
