import { afterEach, describe, expect, it } from 'vitest';
import type { PersonaLensDB } from '../../lib/db/database';
import { ingestBatch } from '../../lib/db/ingest';
import { purgeExpiredText } from '../../lib/db/retention';
import { DEFAULT_RETENTION_DAYS, getRetentionDays, getSettings, recordPersistence, retentionMsOf, setRetentionDays } from '../../lib/db/settings';
import { channelBatch, freshDb, testMemberKey, textTraits } from '../helpers/db';

let db: PersonaLensDB;
afterEach(async () => {
  await db?.delete();
});

const DAY = 24 * 60 * 60 * 1000;
const T = 1_764_000_000_000;

async function ingestAt(capturedAt: number, ids: string[]) {
  await ingestBatch(
    db,
    channelBatch({
      capturedAt,
      comments: ids.map((id) => ({ platform: 'youtube' as const, id, postId: 'vid1', authorHandle: `fan-${id}`, text: 'g=female l=en' })),
    }),
    { memberKey: testMemberKey, traitsFor: textTraits, retentionMs: await retentionMsOf(db) },
  );
}

describe('retention settings', () => {
  it('defaults to 30 days and refuses nonsense', async () => {
    db = freshDb();
    expect(await getRetentionDays(db)).toBe(DEFAULT_RETENTION_DAYS);
    expect(await getSettings(db)).toEqual({ retentionDays: 30, persistentStorage: null });
    await expect(setRetentionDays(db, 0)).rejects.toThrow(RangeError);
    await expect(setRetentionDays(db, 1.5)).rejects.toThrow(RangeError);
    await setRetentionDays(db, 7);
    await recordPersistence(db, true, T);
    expect(await getSettings(db)).toEqual({ retentionDays: 7, persistentStorage: { granted: true, at: T } });
  });
});

describe('purgeExpiredText', () => {
  it.each([
    ['nothing before the period ends', 29, 0],
    ['all text once it ends', 30, 3],
  ])('removes %s', async (_label, days, purged) => {
    db = freshDb();
    await ingestAt(T, ['c1', 'c2', 'c3']);
    expect(await purgeExpiredText(db, T + days * DAY, testMemberKey)).toBe(purged);
    const texts = (await db.comments.toArray()).map((c) => c.text);
    expect(texts.filter((t) => t === undefined)).toHaveLength(purged);
  });

  it('keeps derived traits, counts and segments, and works in chunks', async () => {
    db = freshDb();
    await ingestAt(T, ['c1', 'c2', 'c3', 'c4', 'c5']);
    await ingestAt(T + 10 * DAY, ['c6']);
    const segmentsBefore = await db.segments.toArray();
    const membersBefore = await db.members.toArray();
    expect(await purgeExpiredText(db, T + 31 * DAY, testMemberKey, 2)).toBe(5);
    const comments = await db.comments.toArray();
    expect(comments).toHaveLength(6);
    expect(comments.filter((c) => c.text !== undefined).map((c) => c.key)).toEqual(['youtube:c6']);
    // Purged rows leave the index: a second run finds nothing to do.
    expect(await db.comments.where('textExpiresAt').below(Infinity).count()).toBe(1);
    expect(await purgeExpiredText(db, T + 31 * DAY, testMemberKey)).toBe(0);
    expect(await db.segments.toArray()).toEqual(segmentsBefore);
    expect(await db.members.toArray()).toEqual(membersBefore);
    expect((await db.engagements.toArray()).reduce((s, e) => s + e.count, 0)).toBe(6);
  });

  it('shortening retention reschedules text already kept', async () => {
    db = freshDb();
    await ingestAt(T, ['c1']);
    await ingestAt(T + 5 * DAY, ['c2']);
    expect(await setRetentionDays(db, 3)).toBe(2);
    expect(await purgeExpiredText(db, T + 4 * DAY, testMemberKey)).toBe(1);
    expect((await db.comments.get('youtube:c2'))!.textExpiresAt).toBe(T + 8 * DAY);
  });
});

describe('purge, issue 14 finding 3: a purged comment names nothing a stranger can look up', () => {
  it('replaces platform comment ids with keyed hashes, drops reply links, and still recognises the comment when seen again', async () => {
    db = freshDb();
    await ingestBatch(
      db,
      channelBatch({
        capturedAt: T,
        comments: [
          { platform: 'youtube', id: 'UgxParent', postId: 'vid1', authorHandle: 'anna', text: 'g=female' },
          { platform: 'youtube', id: 'UgxReply', postId: 'vid1', authorHandle: 'marco', text: 'l=it', replyToId: 'UgxParent' },
        ],
      }),
      { memberKey: testMemberKey, traitsFor: textTraits },
    );
    const engagements = await db.engagements.toArray();
    const segments = await db.segments.toArray();
    expect(await purgeExpiredText(db, T + 31 * DAY, testMemberKey)).toBe(2);
    const dump = JSON.stringify(await db.comments.toArray());
    expect(dump).not.toMatch(/UgxParent|UgxReply/);
    const rows = await db.comments.toArray();
    expect(rows.map((c) => c.key)).toEqual(rows.map(() => expect.stringMatching(/^youtube:h:[0-9a-f]{64}$/)));
    expect(rows.every((c) => c.replyToKey === undefined && c.text === undefined && c.memberKey && c.profileId === 'youtube:lenatravels')).toBe(true);

    // The same comments on the page again: nothing new, nothing counted twice.
    const again = await ingestBatch(
      db,
      channelBatch({
        capturedAt: T + 32 * DAY,
        comments: [
          { platform: 'youtube', id: 'UgxParent', postId: 'vid1', authorHandle: 'anna', text: 'g=female' },
          { platform: 'youtube', id: 'UgxReply', postId: 'vid1', authorHandle: 'marco', text: 'l=it', replyToId: 'UgxParent' },
        ],
      }),
      { memberKey: testMemberKey, traitsFor: textTraits },
    );
    expect(again.commentsAdded).toBe(0);
    expect(await db.comments.count()).toBe(2);
    expect(JSON.stringify(await db.comments.toArray())).not.toMatch(/UgxParent|UgxReply/);
    expect(await db.engagements.toArray()).toEqual(engagements.map((e) => ({ ...e, lastSeen: e.lastSeen })));
    expect((await db.segments.toArray()).map((s) => s.counts)).toEqual(segments.map((s) => s.counts));
  });
});
