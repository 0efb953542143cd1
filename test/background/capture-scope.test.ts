/**
 * Issue 14, finding 2: a script on a platform page (an XSS there, another extension's MAIN-world
 * script) forges captures. Each attack is first shown to work for the page that may say it
 * (the accepted path), then refused or bounded from a page that may not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CaptureBatch } from '../../lib/capture/batch';
import { createHandlers } from '../../lib/background/handlers';
import { TabRateLimit } from '../../lib/background/tab-rate-limit';
import type { PersonaLensDB } from '../../lib/db/database';
import type { SenderInfo } from '../../lib/messaging/sender';
import { channelBatch, freshDb, testMemberKey } from '../helpers/db';

const self = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const LENA = 'https://www.youtube.com/@lenatravels';
const ATTACKER = 'https://www.youtube.com/@attacker';
const tab = (url: string, id = 7): SenderInfo => ({ id: 'ours', url, tab: { id } });

let db: PersonaLensDB;
afterEach(async () => {
  await db?.delete();
});

function setup(options: { rateLimit?: TabRateLimit } = {}) {
  db = freshDb();
  const logs: string[] = [];
  const handlers = createHandlers({
    db,
    self,
    memberKey: testMemberKey,
    notify: () => undefined,
    log: (_level, message) => logs.push(message),
    ...options,
  });
  return { handlers, logs };
}

/** Lena's header as a forger would send it, from whatever page. */
function forgedHeader(sourceUrl: string): CaptureBatch {
  return channelBatch({
    sourceUrl,
    capturedAt: 1_764_000_500_000,
    profiles: [{ platform: 'youtube', handle: 'lenatravels', displayName: 'Lena (FORGED)', followers: 3 }],
    posts: [],
    comments: [],
  });
}

/** Her post claimed by the attacker, with bot commenters under it. */
function forgedPost(sourceUrl: string, bots = 50): CaptureBatch {
  return channelBatch({
    sourceUrl,
    capturedAt: 1_764_000_500_000,
    profiles: [],
    posts: [{ platform: 'youtube', id: 'vid1', authorHandle: 'attacker', hashtags: [], views: 1 }],
    comments: Array.from({ length: bots }, (_, i) => ({ platform: 'youtube' as const, id: `bot${i}`, postId: 'vid1', authorHandle: `bot${i}`, text: 'great' })),
  });
}

describe('a page speaks only for the creator its address names', () => {
  it('takes a new header from her own page, but not from the attacker page', async () => {
    const { handlers, logs } = setup();
    expect((await handlers.capture(channelBatch(), tab(LENA))).ok).toBe(true);
    // The accepted path: the same kind of change from her own page is taken.
    expect((await handlers.capture(forgedHeader(LENA), tab(LENA, 8))).ok).toBe(true);
    expect(await db.profiles.get('youtube:lenatravels')).toMatchObject({ followers: 3, displayName: 'Lena (FORGED)' });

    const { handlers: fresh } = setup();
    await fresh.capture(channelBatch(), tab(LENA));
    expect((await fresh.capture(forgedHeader(ATTACKER), tab(ATTACKER, 9))).ok).toBe(true);
    expect(await db.profiles.get('youtube:lenatravels')).toMatchObject({ followers: 245_000, displayName: 'Lena Travels' });
    expect((await db.followerSnapshots.toArray()).map((s) => s.followers)).toEqual([245_000]);
    expect(logs).toEqual([]);
  });

  it("never moves a stored post to another creator, and adds no commenters to her audience from another creator's page", async () => {
    const { handlers, logs } = setup();
    await handlers.capture(channelBatch(), tab(LENA));
    const audienceBefore = await db.audience.where('profileId').equals('youtube:lenatravels').count();
    const segmentsBefore = await db.segments.get('youtube:lenatravels');

    await handlers.capture(forgedPost(ATTACKER), tab(ATTACKER, 9));
    expect((await db.posts.get('youtube:vid1'))?.profileId).toBe('youtube:lenatravels');
    expect(await db.audience.where('profileId').equals('youtube:lenatravels').count()).toBe(audienceBefore);
    expect(await db.segments.get('youtube:lenatravels')).toEqual(segmentsBefore);
    expect(await db.comments.count()).toBe(3);
    expect(logs.some((l) => /scope: kept out 0 profile headers, 1 post owners, 50 comments/.test(l))).toBe(true);
  });

  it('adds the commenters of the post a watch page shows (the accepted path of the test above)', async () => {
    const { handlers } = setup();
    await handlers.capture(channelBatch(), tab(LENA));
    const watch = 'https://www.youtube.com/watch?v=vid1';
    const ack = await handlers.capture(forgedPost(watch, 5), tab(watch, 9));
    expect(ack).toMatchObject({ ok: true, commentsAdded: 5 });
    // Still hers: the watch page's claim that the attacker made it does not move it.
    expect((await db.posts.get('youtube:vid1'))?.profileId).toBe('youtube:lenatravels');
    expect(await db.audience.where('profileId').equals('youtube:lenatravels').count()).toBe(2 + 5);
  });
});

describe('a batch agrees with its sender', () => {
  it.each<[string, Partial<CaptureBatch>]>([
    ['an instagram profile', { profiles: [{ platform: 'instagram', handle: 'victim', followers: 1 }] }],
    ['a tiktok post', { posts: [{ platform: 'tiktok', id: '123', authorHandle: 'lenatravels', hashtags: [] }] }],
    ['an x comment', { comments: [{ platform: 'x', id: '9', postId: 'vid1', authorHandle: 'bot', text: 'hi' }] }],
  ])('refuses a youtube batch carrying %s', async (_label, records) => {
    const { handlers, logs } = setup();
    expect((await handlers.capture(channelBatch(), tab(LENA))).ok).toBe(true);
    const ack = await handlers.capture(channelBatch({ capturedAt: 1_764_000_500_000, ...records }), tab(LENA));
    expect(ack).toEqual({ ok: false, error: 'rejected' });
    expect(logs.at(-1)).toMatch(/platform mismatch: a (instagram|tiktok|x) record in a youtube batch/);
  });

  it("refuses a sourceUrl the sender's tab did not show, and takes the page the tab just left (SPA navigation)", async () => {
    const { handlers, logs } = setup();
    // The tab was on Lena's page, then navigated; the response of her page arrives after.
    expect((await handlers.capture(forgedHeader(ATTACKER), tab(ATTACKER, 3))).ok).toBe(true);
    expect((await handlers.capture(channelBatch(), tab(LENA, 4))).ok).toBe(true);
    expect((await handlers.capture(channelBatch({ capturedAt: 1_764_000_600_000 }), tab('https://www.youtube.com/@someoneelse', 4))).ok).toBe(
      true,
    );
    // After history.pushState Chromium still reports the document's first address as
    // sender.url; the tab's address is the new one.
    const watch = 'https://www.youtube.com/watch?v=vid1';
    const pushed: SenderInfo = { id: 'ours', url: ATTACKER, tab: { id: 5, url: watch } };
    expect((await handlers.capture(channelBatch({ sourceUrl: watch, profiles: [], posts: [] }), pushed)).ok).toBe(true);
    // A tab that never showed her page cannot speak for it.
    const ack = await handlers.capture(channelBatch(), tab(ATTACKER, 3));
    expect(ack).toEqual({ ok: false, error: 'rejected' });
    expect(logs.at(-1)).toMatch(/sourceUrl is not the sender tab's page/);
  });
});

describe('per-tab rate limit', () => {
  it('refuses captures over the per-minute budget, and takes them again a minute later', async () => {
    let clock = 0;
    const { handlers, logs } = setup({ rateLimit: new TabRateLimit({ capturesPerMinute: 3, newMembersPerMinute: 1_000 }, () => clock) });
    for (let i = 0; i < 3; i++) expect((await handlers.capture(channelBatch(), tab(LENA))).ok).toBe(true);
    expect(await handlers.capture(channelBatch(), tab(LENA))).toEqual({ ok: false, error: 'rejected' });
    expect(logs.at(-1)).toMatch(/rate: over captures per minute from tab 7/);
    // Another tab has its own budget.
    expect((await handlers.capture(channelBatch(), tab(LENA, 8))).ok).toBe(true);
    clock += 60_001;
    expect((await handlers.capture(channelBatch(), tab(LENA))).ok).toBe(true);
  });

  it('stores no more new commenters per minute than the budget, and logs how many comments it dropped', async () => {
    const { handlers, logs } = setup({ rateLimit: new TabRateLimit({ capturesPerMinute: 100, newMembersPerMinute: 30 }, () => 0) });
    const watch = 'https://www.youtube.com/watch?v=vid1';
    expect((await handlers.capture(channelBatch(), tab(LENA))).ok).toBe(true);
    const flood = (from: number) =>
      channelBatch({
        sourceUrl: watch,
        profiles: [],
        posts: [],
        comments: Array.from({ length: 40 }, (_, i) => ({ platform: 'youtube' as const, id: `f${from + i}`, postId: 'vid1', authorHandle: `fake${from + i}`, text: 'x' })),
      });
    await handlers.capture(flood(0), tab(watch));
    await handlers.capture(flood(100), tab(watch));
    // 2 real commenters, then 28 of the first flood; the second is dropped whole.
    expect(await db.members.count()).toBe(30);
    expect(logs.filter((l) => /rate: \d+ comments dropped/.test(l))).toEqual([
      expect.stringMatching(/rate: 12 comments dropped/),
      expect.stringMatching(/rate: 40 comments dropped/),
    ]);
  });
});
