/**
 * Ingest adds comments and engagements without reading them first (IndexedDB refuses a key it
 * already holds, and the refusal is taken up): what a refusal must and must not do.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { channelBatch, freshDb, testMemberKey, textTraits } from '../../test/helpers/db';
import type { PersonaLensDB } from './database';
import { ingestBatch } from './ingest';

let db: PersonaLensDB;
afterEach(async () => {
  await db?.delete();
});

describe('ingestBatch without reading comments and engagements first', () => {
  it('updates only the like count of a comment seen again, and counts nothing twice', async () => {
    db = freshDb();
    await ingestBatch(db, channelBatch(), { memberKey: testMemberKey });
    const before = await db.comments.get('youtube:c1');
    const engagementsBefore = await db.engagements.toArray();
    const again = channelBatch({
      capturedAt: 1_764_000_100_000,
      comments: [
        { platform: 'youtube', id: 'c1', postId: 'vid1', authorHandle: 'anna_smith92', text: 'Loved Lisbon!', likes: 12 },
        { platform: 'youtube', id: 'c2', postId: 'vid1', authorHandle: 'marco', text: 'Which camera?' },
      ],
    });
    const result = await ingestBatch(db, again, { memberKey: testMemberKey });
    expect(result.commentsAdded).toBe(0);
    expect(await db.comments.get('youtube:c1')).toEqual({ ...before, likes: 12 });
    expect(await db.engagements.toArray()).toEqual(engagementsBefore);
    // The same page once more: the like count is already 12, nothing moves.
    await ingestBatch(db, { ...again, capturedAt: 1_764_000_200_000 }, { memberKey: testMemberKey });
    expect(await db.comments.get('youtube:c1')).toEqual({ ...before, likes: 12 });
    expect(await db.engagements.toArray()).toEqual(engagementsBefore);
  });

  it('grows a stored engagement by the new comments only, stored and new comments mixed in one batch', async () => {
    db = freshDb();
    await ingestBatch(db, channelBatch(), { memberKey: testMemberKey });
    const anna = await testMemberKey('youtube', 'anna_smith92');
    const later = channelBatch({
      capturedAt: 1_764_000_100_000,
      comments: [
        { platform: 'youtube', id: 'c1', postId: 'vid1', authorHandle: 'anna_smith92', text: 'Loved Lisbon!' },
        { platform: 'youtube', id: 'c5', postId: 'vid1', authorHandle: 'anna_smith92', text: 'Back again' },
        { platform: 'youtube', id: 'c6', postId: 'vid1', authorHandle: 'Anna_Smith92', text: 'And again' },
        { platform: 'youtube', id: 'c7', postId: 'vid2', authorHandle: 'newfan', text: 'First time here' },
      ],
    });
    const result = await ingestBatch(db, later, { memberKey: testMemberKey });
    expect(result).toMatchObject({ commentsAdded: 3, membersAdded: 1 });
    expect(await db.engagements.get(`${anna}|youtube:vid1`)).toMatchObject({ count: 3, firstSeen: 1_764_000_000_000, lastSeen: 1_764_000_100_000 });
    expect(await db.comments.count()).toBe(6);
    expect((await db.engagements.toArray()).reduce((s, e) => s + e.count, 0)).toBe(6);
  });

  it('still aborts the whole batch on a failure that is not a key already stored', async () => {
    db = freshDb();
    await ingestBatch(db, channelBatch(), { memberKey: testMemberKey });
    const before = await db.comments.count();
    db.comments.hook('creating', (key) => {
      if (key === 'youtube:c8') throw new Error('disk died');
    });
    const next = channelBatch({
      capturedAt: 1_764_000_100_000,
      comments: [
        { platform: 'youtube', id: 'c1', postId: 'vid1', authorHandle: 'anna_smith92', text: 'Loved Lisbon!' },
        { platform: 'youtube', id: 'c8', postId: 'vid1', authorHandle: 'zed', text: 'hi' },
        { platform: 'youtube', id: 'c9', postId: 'vid1', authorHandle: 'zed', text: 'hi again' },
      ],
    });
    await expect(ingestBatch(db, next, { memberKey: testMemberKey })).rejects.toThrow();
    expect(await db.comments.count()).toBe(before);
    expect(await db.members.count()).toBe(2);
  });

  it('merges members the same whether it reads them one by one or reads the whole table (large batch, small table)', async () => {
    db = freshDb();
    const many = (from: number, to: number, tag: string) =>
      Array.from({ length: to - from }, (_, i) => ({
        platform: 'youtube' as const,
        id: `${tag}${from + i}`,
        postId: 'vid1',
        authorHandle: `fan${from + i}`,
        text: (from + i) % 2 ? 'g=female l=es' : 'i=food',
      }));
    // 600 commenters into an empty table, then 700 (the same 600 and 100 new): both read the table whole.
    await ingestBatch(db, channelBatch({ comments: many(0, 600, 'a') }), { memberKey: testMemberKey, traitsFor: textTraits });
    const second = await ingestBatch(db, channelBatch({ capturedAt: 1_764_000_100_000, comments: many(0, 700, 'b') }), {
      memberKey: testMemberKey,
      traitsFor: textTraits,
    });
    expect(second).toMatchObject({ commentsAdded: 700, membersAdded: 100 });
    const members = await db.members.toArray();
    expect(members).toHaveLength(700);
    const twice = await db.members.get(await testMemberKey('youtube', 'fan1'));
    expect(twice).toMatchObject({ firstSeen: 1_764_000_000_000, lastSeen: 1_764_000_100_000, profileIds: ['youtube:lenatravels'] });
    expect(twice!.traits!.comments).toBe(2);
    expect((await db.members.get(await testMemberKey('youtube', 'fan650')))!.traits!.comments).toBe(1);
    // A small batch into the 700-member table reads its members one by one, to the same effect.
    await ingestBatch(db, channelBatch({ capturedAt: 1_764_000_200_000, comments: many(1, 2, 'c') }), { memberKey: testMemberKey, traitsFor: textTraits });
    expect((await db.members.get(await testMemberKey('youtube', 'fan1')))!.traits!.comments).toBe(3);
    const segments = (await db.segments.get('youtube:lenatravels'))!.counts;
    expect(segments.members).toBe(700);
  });
});

describe("ingestBatch and the creator's own comments", () => {
  it("keeps a creator's reply under their own post, but not as their audience", async () => {
    db = freshDb();
    const batch = channelBatch({
      comments: [
        ...channelBatch().comments,
        { platform: 'youtube', id: 'c4', postId: 'vid1', authorHandle: 'LenaTravels', text: 'Thank you!', replyToId: 'c1' },
      ],
    });
    const result = await ingestBatch(db, batch, { memberKey: testMemberKey });
    expect(result.commentsAdded).toBe(4);
    expect(await db.comments.get('youtube:c4')).toMatchObject({ profileId: 'youtube:lenatravels', replyToKey: 'youtube:c1' });
    const lena = await testMemberKey('youtube', 'lenatravels');
    expect(await db.engagements.where('memberKey').equals(lena).count()).toBe(0);
    expect(await db.audience.where('profileId').equals('youtube:lenatravels').count()).toBe(2);
    expect((await db.segments.get('youtube:lenatravels'))?.counts.members).toBe(2);
  });

  it("counts the same person as audience under another creator's post", async () => {
    db = freshDb();
    await ingestBatch(db, channelBatch(), { memberKey: testMemberKey });
    const other = channelBatch({
      sourceUrl: 'https://www.youtube.com/@marco',
      profiles: [{ platform: 'youtube', handle: 'marco', displayName: 'Marco' }],
      posts: [{ platform: 'youtube', id: 'vid9', authorHandle: 'marco', hashtags: [] }],
      comments: [{ platform: 'youtube', id: 'c9', postId: 'vid9', authorHandle: 'lenatravels', text: 'Great shot' }],
    });
    await ingestBatch(db, other, { memberKey: testMemberKey });
    expect(await db.audience.where('profileId').equals('youtube:marco').count()).toBe(1);
  });
});
