import { afterEach, describe, expect, it } from 'vitest';
import { ingestBatch } from '../../lib/db/ingest';
import type { PersonaLensDB } from '../../lib/db/database';
import { channelBatch, freshDb, testMemberKey } from '../helpers/db';

let db: PersonaLensDB;
afterEach(async () => {
  await db?.delete();
});

async function counts(d: PersonaLensDB) {
  const engagements = await d.engagements.toArray();
  return {
    profiles: await d.profiles.count(),
    posts: await d.posts.count(),
    comments: await d.comments.count(),
    members: await d.members.count(),
    engagementSum: engagements.reduce((s, e) => s + e.count, 0),
    snapshots: await d.followerSnapshots.count(),
  };
}

describe('ingestBatch', () => {
  it('stores a channel with its posts, comments, members and engagements', async () => {
    db = freshDb();
    const result = await ingestBatch(db, channelBatch(), { memberKey: testMemberKey });
    expect(result).toMatchObject({ profilesAdded: 1, postsAdded: 2, commentsAdded: 3, membersAdded: 2 });
    expect(await counts(db)).toEqual({ profiles: 1, posts: 2, comments: 3, members: 2, engagementSum: 3, snapshots: 1 });
    const profile = await db.profiles.get('youtube:lenatravels');
    expect(profile).toMatchObject({ handle: 'lenatravels', displayName: 'Lena Travels', followers: 245_000 });
  });

  it('never stores commenter handles, only keyed hashes', async () => {
    db = freshDb();
    await ingestBatch(db, channelBatch(), { memberKey: testMemberKey });
    const dump = JSON.stringify([await db.members.toArray(), await db.comments.toArray(), await db.engagements.toArray()]);
    expect(dump).not.toContain('anna_smith92');
    expect(dump).not.toContain('marco');
  });

  it('changes no count when the same page is seen twice', async () => {
    db = freshDb();
    await ingestBatch(db, channelBatch(), { memberKey: testMemberKey });
    const before = await counts(db);
    const again = await ingestBatch(db, channelBatch({ capturedAt: 1_764_000_100_000 }), { memberKey: testMemberKey });
    expect(again).toMatchObject({ profilesAdded: 0, postsAdded: 0, commentsAdded: 0, membersAdded: 0 });
    expect(await counts(db)).toEqual(before);
  });

  it('adds only the new comments of a later visit', async () => {
    db = freshDb();
    await ingestBatch(db, channelBatch(), { memberKey: testMemberKey });
    const later = channelBatch({
      capturedAt: 1_764_000_100_000,
      comments: [
        { platform: 'youtube', id: 'c3', postId: 'vid2', authorHandle: 'anna_smith92', text: 'Again great' },
        { platform: 'youtube', id: 'c4', postId: 'vid2', authorHandle: 'Anna_Smith92', text: 'One more' },
      ],
    });
    const result = await ingestBatch(db, later, { memberKey: testMemberKey });
    expect(result.commentsAdded).toBe(1);
    const c = await counts(db);
    expect(c).toMatchObject({ comments: 4, members: 2, engagementSum: 4 });
  });

  it('keeps what it knew when a later page does not show a number', async () => {
    db = freshDb();
    await ingestBatch(db, channelBatch(), { memberKey: testMemberKey });
    const later = channelBatch({
      capturedAt: 1_764_000_100_000,
      profiles: [{ platform: 'youtube', handle: 'LenaTravels' }],
      comments: [],
    });
    await ingestBatch(db, later, { memberKey: testMemberKey });
    expect(await db.profiles.get('youtube:lenatravels')).toMatchObject({ followers: 245_000, displayName: 'Lena Travels' });
  });

  it('records a follower snapshot only when the count moved', async () => {
    db = freshDb();
    await ingestBatch(db, channelBatch(), { memberKey: testMemberKey });
    await ingestBatch(db, channelBatch({ capturedAt: 1_764_000_100_000 }), { memberKey: testMemberKey });
    const grown = channelBatch({ capturedAt: 1_764_000_200_000 });
    grown.profiles[0]!.followers = 250_000;
    await ingestBatch(db, grown, { memberKey: testMemberKey });
    const snaps = await db.followerSnapshots.toArray();
    expect(snaps.map((s) => s.followers)).toEqual([245_000, 250_000]);
  });

  it('gives exact counts when several tabs ingest at once', async () => {
    db = freshDb();
    const batches = [0, 1, 2, 3].map((tab) =>
      channelBatch({
        capturedAt: 1_764_000_000_000 + tab,
        comments: Array.from({ length: 50 }, (_, i) => ({
          platform: 'youtube' as const,
          id: `t${tab}-c${i}`,
          postId: i % 2 ? 'vid1' : 'vid2',
          authorHandle: `fan${i % 10}`,
          text: `comment ${i}`,
        })),
      }),
    );
    // Each tab sends its batch twice, interleaved with the others.
    await Promise.all([...batches, ...batches].map((b) => ingestBatch(db, b, { memberKey: testMemberKey })));
    expect(await counts(db)).toMatchObject({ profiles: 1, posts: 2, comments: 200, members: 10, engagementSum: 200 });
  });

  it('writes nothing when the transaction fails midway', async () => {
    db = freshDb();
    let calls = 0;
    const failing = async (platform: string, handle: string) => testMemberKey(platform, handle);
    await ingestBatch(db, channelBatch(), { memberKey: failing });
    const before = await counts(db);
    // A traits function that throws on the third comment aborts before the transaction;
    // a hook that throws inside it must roll back everything the batch wrote so far.
    db.engagements.hook('creating', () => {
      calls += 1;
      throw new Error('disk died');
    });
    const next = channelBatch({
      capturedAt: 1_764_000_100_000,
      profiles: [{ platform: 'youtube', handle: 'newcreator', followers: 10 }],
      posts: [{ platform: 'youtube', id: 'vid9', authorHandle: 'newcreator', hashtags: [] }],
      comments: [{ platform: 'youtube', id: 'c9', postId: 'vid9', authorHandle: 'zed', text: 'hi' }],
    });
    await expect(ingestBatch(db, next, { memberKey: testMemberKey })).rejects.toThrow();
    expect(calls).toBe(1);
    expect(await counts(db)).toEqual(before);
  });
});
