import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, PersonaLensDB } from '../../lib/db/database';
import { ingestBatch } from '../../lib/db/ingest';
import { channelBatch, testMemberKey, textTraits } from '../helpers/db';

// The v1 schema exactly as it shipped: a database of the first version is built with it, as
// an installed extension would hold it, and then opened by the current code.
const V1_STORES = {
  profiles: 'id, platform, lastSeen',
  followerSnapshots: '++id, [profileId+at]',
  posts: 'key, profileId, lastSeen',
  comments: 'key, profileId, postKey, memberKey, textExpiresAt',
  members: 'key, lastSeen',
  engagements: 'id, profileId, memberKey, postKey',
  pages: 'url, profileId',
  settings: 'key',
  targetPersonas: 'id',
  shortlists: 'id',
  shortlistEntries: 'id, shortlistId, profileId',
};

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const T = 1_764_000_000_000;
const secret = new Uint8Array(32).fill(7);

async function v1Database(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  await v1.table('profiles').bulkAdd([
    { id: 'youtube:lenatravels', platform: 'youtube', handle: 'lenatravels', followers: 245_000, firstSeen: T, lastSeen: T, lastSourceUrl: 'https://www.youtube.com/@lenatravels' },
    { id: 'youtube:kaibuilds', platform: 'youtube', handle: 'kaibuilds', firstSeen: T, lastSeen: T, lastSourceUrl: 'https://www.youtube.com/@kaibuilds' },
  ]);
  await v1.table('posts').bulkAdd([
    { key: 'youtube:vid1', platform: 'youtube', postId: 'vid1', profileId: 'youtube:lenatravels', hashtags: [], firstSeen: T, lastSeen: T },
    { key: 'youtube:kv1', platform: 'youtube', postId: 'kv1', profileId: 'youtube:kaibuilds', hashtags: [], firstSeen: T, lastSeen: T },
    { key: 'youtube:orphan', platform: 'youtube', postId: 'orphan', hashtags: [], firstSeen: T, lastSeen: T },
  ]);
  await v1.table('comments').bulkAdd([
    { key: 'youtube:c1', platform: 'youtube', postKey: 'youtube:vid1', profileId: 'youtube:lenatravels', memberKey: 'm-anna', text: 'Loved it', textExpiresAt: T + 1, firstSeen: T },
    { key: 'youtube:c2', platform: 'youtube', postKey: 'youtube:vid1', profileId: 'youtube:lenatravels', memberKey: 'm-marco', text: 'Camera?', textExpiresAt: T + 1, firstSeen: T },
    { key: 'youtube:c3', platform: 'youtube', postKey: 'youtube:kv1', profileId: 'youtube:kaibuilds', memberKey: 'm-anna', text: 'Nice', textExpiresAt: T + 1, firstSeen: T },
    { key: 'youtube:c4', platform: 'youtube', postKey: 'youtube:orphan', memberKey: 'm-zed', text: '?', textExpiresAt: T + 1, firstSeen: T },
  ]);
  await v1.table('members').bulkAdd([
    // v1 never wrote traits; an open record of another shape must not survive as a summary.
    { key: 'm-anna', platform: 'youtube', firstSeen: T, lastSeen: T },
    { key: 'm-marco', platform: 'youtube', traits: { mood: 'happy' }, firstSeen: T, lastSeen: T },
    { key: 'm-zed', platform: 'youtube', firstSeen: T, lastSeen: T },
  ]);
  await v1.table('engagements').bulkAdd([
    { id: 'm-anna|youtube:vid1', memberKey: 'm-anna', postKey: 'youtube:vid1', profileId: 'youtube:lenatravels', count: 1, firstSeen: T, lastSeen: T },
    { id: 'm-marco|youtube:vid1', memberKey: 'm-marco', postKey: 'youtube:vid1', profileId: 'youtube:lenatravels', count: 1, firstSeen: T, lastSeen: T },
    { id: 'm-anna|youtube:kv1', memberKey: 'm-anna', postKey: 'youtube:kv1', profileId: 'youtube:kaibuilds', count: 1, firstSeen: T + 5, lastSeen: T + 5 },
    { id: 'm-zed|youtube:orphan', memberKey: 'm-zed', postKey: 'youtube:orphan', count: 1, firstSeen: T, lastSeen: T },
  ]);
  await v1.table('followerSnapshots').add({ profileId: 'youtube:lenatravels', at: T, followers: 245_000 });
  await v1.table('pages').add({ url: 'https://www.youtube.com/@lenatravels', profileId: 'youtube:lenatravels', capturedAt: T });
  await v1.table('settings').add({ key: 'installSecret', value: secret });
  await v1.table('shortlists').add({ id: 's1', name: 'Spring', createdAt: T, updatedAt: T });
  await v1.table('shortlistEntries').add({ id: 's1|youtube:kaibuilds', shortlistId: 's1', profileId: 'youtube:kaibuilds', note: '', tags: [], status: 'new', addedAt: T, updatedAt: T });
  v1.close();
}

describe('v1 → v2 (2026-11-29 audience and segments)', () => {
  it('keeps every v1 record and derives each profile’s audience and segment counts', async () => {
    const name = `migrate-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    await v1Database(name);

    const db = new PersonaLensDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect([await db.profiles.count(), await db.posts.count(), await db.comments.count(), await db.members.count()]).toEqual([2, 3, 4, 3]);
    expect([await db.engagements.count(), await db.followerSnapshots.count(), await db.pages.count(), await db.shortlistEntries.count()]).toEqual([4, 1, 1, 1]);
    expect((await db.settings.get('installSecret'))!.value).toEqual(secret);

    const audience = await db.audience.orderBy('id').toArray();
    expect(audience).toEqual([
      { id: 'youtube:kaibuilds|m-anna', profileId: 'youtube:kaibuilds', memberKey: 'm-anna', firstSeen: T + 5 },
      { id: 'youtube:lenatravels|m-anna', profileId: 'youtube:lenatravels', memberKey: 'm-anna', firstSeen: T },
      { id: 'youtube:lenatravels|m-marco', profileId: 'youtube:lenatravels', memberKey: 'm-marco', firstSeen: T },
    ]);
    expect((await db.members.get('m-marco'))!.traits).toBeUndefined();
    expect((await db.members.get('m-anna'))!.profileIds).toEqual(['youtube:kaibuilds', 'youtube:lenatravels']);
    expect((await db.members.get('m-zed'))!.profileIds).toEqual([]);
    const lena = await db.segments.get('youtube:lenatravels');
    expect(lena!.counts).toMatchObject({ members: 2, suspicious: 0 });
    expect(lena!.counts.dimensions.gender).toEqual({ n: 0, unknown: 2, counts: {} });
    expect((await db.segments.get('youtube:kaibuilds'))!.counts.members).toBe(1);
    expect(await db.segments.count()).toBe(2);
    db.close();
  });

  it('goes on ingesting into a migrated database with exact counts', async () => {
    const name = `migrate-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    await v1Database(name);
    const db = new PersonaLensDB(name);
    // Anna (already in Kai's audience through v1 data) comments on Lena's channel page.
    const anna = await testMemberKey('youtube', 'anna');
    await db.open();
    await ingestBatch(
      db,
      channelBatch({
        comments: [{ platform: 'youtube', id: 'c9', postId: 'vid1', authorHandle: 'anna', text: 'g=female' }],
      }),
      { memberKey: testMemberKey, traitsFor: textTraits },
    );
    const lena = await db.segments.get('youtube:lenatravels');
    expect(lena!.counts.members).toBe(3);
    expect(lena!.counts.dimensions.gender).toEqual({ n: 1, unknown: 2, counts: { female: 1 } });
    expect(await db.audience.get(`youtube:lenatravels|${anna}`)).toBeDefined();
    db.close();
  });
});

describe('v2 → v3 (2026-11-29 unused indexes dropped)', () => {
  // The v2 schema as it shipped: v1's stores plus audience and segments.
  const V2_STORES = { ...V1_STORES, audience: 'id, profileId, memberKey', segments: 'profileId' };

  it('keeps every v2 row, drops only the unused indexes, and keeps ingesting', async () => {
    const name = `migrate-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(2).stores(V2_STORES);
    await v2.open();
    await v2.table('profiles').add({ id: 'youtube:lenatravels', platform: 'youtube', handle: 'lenatravels', firstSeen: T, lastSeen: T, lastSourceUrl: 'https://www.youtube.com/@lenatravels' });
    await v2.table('posts').add({ key: 'youtube:vid1', platform: 'youtube', postId: 'vid1', profileId: 'youtube:lenatravels', hashtags: [], firstSeen: T, lastSeen: T });
    await v2.table('members').add({ key: 'm-anna', platform: 'youtube', profileIds: ['youtube:lenatravels'], firstSeen: T, lastSeen: T });
    await v2.table('audience').add({ id: 'youtube:lenatravels|m-anna', profileId: 'youtube:lenatravels', memberKey: 'm-anna', firstSeen: T });
    const before = await Promise.all(['profiles', 'posts', 'members', 'audience'].map((t) => v2.table(t).toArray()));
    v2.close();

    const db = new PersonaLensDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await Promise.all([db.profiles, db.posts, db.members, db.audience].map((t) => t.toArray()))).toEqual(before);
    const indexes = (t: { schema: { indexes: { name: string }[] } }) => t.schema.indexes.map((i) => i.name).sort();
    expect([indexes(db.profiles), indexes(db.posts), indexes(db.members), indexes(db.audience)]).toEqual([[], ['profileId'], [], ['profileId']]);
    // The indexes the app reads are still there.
    expect(indexes(db.comments)).toEqual(['memberKey', 'postKey', 'profileId', 'textExpiresAt']);
    expect(await db.audience.where('profileId').equals('youtube:lenatravels').count()).toBe(1);

    await ingestBatch(
      db,
      channelBatch({ comments: [{ platform: 'youtube', id: 'c9', postId: 'vid1', authorHandle: 'marco', text: 'g=male' }] }),
      { memberKey: testMemberKey, traitsFor: textTraits },
    );
    expect(await db.audience.where('profileId').equals('youtube:lenatravels').count()).toBe(2);
    db.close();
  });
});

describe('v3 → v4 (2026-12-06 stored persona results)', () => {
  // The v3 schema as it shipped: v2's stores with the unused indexes dropped.
  const V3_STORES = {
    ...V1_STORES,
    profiles: 'id',
    posts: 'key, profileId',
    members: 'key',
    audience: 'id, profileId',
    segments: 'profileId',
  };

  it('keeps every v3 row, starts with no stored personas, and keeps ingesting', async () => {
    const name = `migrate-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const v3 = new Dexie(name);
    v3.version(3).stores(V3_STORES);
    await v3.open();
    await v3.table('profiles').add({ id: 'youtube:lenatravels', platform: 'youtube', handle: 'lenatravels', firstSeen: T, lastSeen: T, lastSourceUrl: 'https://www.youtube.com/@lenatravels' });
    await v3.table('posts').add({ key: 'youtube:vid1', platform: 'youtube', postId: 'vid1', profileId: 'youtube:lenatravels', hashtags: [], firstSeen: T, lastSeen: T });
    await v3.table('members').add({ key: 'm-anna', platform: 'youtube', profileIds: ['youtube:lenatravels'], firstSeen: T, lastSeen: T });
    await v3.table('audience').add({ id: 'youtube:lenatravels|m-anna', profileId: 'youtube:lenatravels', memberKey: 'm-anna', firstSeen: T });
    const tables = ['profiles', 'posts', 'members', 'audience'] as const;
    const before = await Promise.all(tables.map((t) => v3.table(t).toArray()));
    v3.close();

    const db = new PersonaLensDB(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await Promise.all(tables.map((t) => db.table(t).toArray()))).toEqual(before);
    expect(await db.personaResults.count()).toBe(0);
    await ingestBatch(
      db,
      channelBatch({ comments: [{ platform: 'youtube', id: 'c9', postId: 'vid1', authorHandle: 'marco', text: 'g=male' }] }),
      { memberKey: testMemberKey, traitsFor: textTraits },
    );
    expect(await db.audience.where('profileId').equals('youtube:lenatravels').count()).toBe(2);
    db.close();
  });
});
