import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import type { PersonaLensDB } from '../../lib/db/database';
import type { SenderInfo } from '../../lib/messaging/sender';
import { channelBatch, freshDb, testMemberKey } from '../helpers/db';

const self = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const contentSender: SenderInfo = { id: 'ours', url: 'https://www.youtube.com/@lenatravels', tab: { id: 7 } };
const popupSender: SenderInfo = { id: 'ours', url: 'chrome-extension://ours/popup.html' };

let db: PersonaLensDB;
afterEach(async () => {
  await db?.delete();
});

function setup() {
  db = freshDb();
  const logs: string[] = [];
  const notified: string[][] = [];
  const handlers = createHandlers({
    db,
    self,
    memberKey: testMemberKey,
    notify: (ids) => notified.push(ids),
    log: (_level, message) => logs.push(message),
  });
  return { handlers, logs, notified };
}

async function stored(d: PersonaLensDB) {
  return (await d.profiles.count()) + (await d.posts.count()) + (await d.comments.count()) + (await d.members.count());
}

describe('capture handler', () => {
  it('stores a valid capture from our content script and notifies pages', async () => {
    const { handlers, notified } = setup();
    const ack = await handlers.capture(channelBatch(), contentSender);
    expect(ack).toEqual({ ok: true, commentsAdded: 3, postsAdded: 2 });
    expect(notified).toEqual([['youtube:lenatravels']]);
    const report = await handlers.getReport({ url: 'https://www.youtube.com/@lenatravels' }, popupSender);
    expect(report).toMatchObject({
      status: 'report',
      profile: { handle: 'lenatravels', followers: 245_000 },
      postsSeen: 2,
      commentsSeen: 3,
      commenters: 2,
    });
  });

  it.each<[string, unknown, SenderInfo]>([
    ['another extension', channelBatch(), { ...contentSender, id: 'evil-extension' }],
    ['a sender without a tab (not a content script)', channelBatch(), { id: 'ours', url: 'https://www.youtube.com/' }],
    ['a page on an unsupported site', channelBatch(), { id: 'ours', url: 'https://evil.example/', tab: { id: 1 } }],
    ['an extension page posing as content', channelBatch(), { id: 'ours', url: 'chrome-extension://ours/popup.html', tab: { id: 1 } }],
    ['a web page (no extension id)', channelBatch(), { url: 'https://www.youtube.com/', tab: { id: 1 } }],
    ['a malformed payload', { platform: 'youtube', profiles: 'lots' }, contentSender],
    ['null', null, contentSender],
    ['a batch claiming another platform', channelBatch({ platform: 'tiktok', sourceUrl: 'https://www.tiktok.com/@a' }), contentSender],
    ['a hostile oversized comment', channelBatch({
      comments: [{ platform: 'youtube', id: 'c', postId: 'vid1', authorHandle: 'a', text: 'x'.repeat(50_000) }],
    }), contentSender],
  ])('rejects and logs %s, storing nothing', async (_label, payload, sender) => {
    const { handlers, logs } = setup();
    const ack = await handlers.capture(payload, sender);
    expect(ack.ok).toBe(false);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/rejected capture/);
    expect(handlers.rejections).toHaveLength(1);
    expect(await stored(db)).toBe(0);
  });
});

describe('capture handler on a full disk', () => {
  it('answers that storage is full and writes nothing', async () => {
    const { handlers, logs } = setup();
    await handlers.capture(channelBatch(), contentSender);
    const before = await Promise.all(db.tables.map((t) => t.toArray()));
    // The browser refuses a write inside the ingest transaction, after other writes of the
    // same batch succeeded: IndexedDB must roll all of them back.
    let refused = 0;
    db.members.hook('creating', () => {
      refused++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const ack = await handlers.capture(
      channelBatch({
        capturedAt: 1_764_000_100_000,
        profiles: [{ platform: 'youtube', handle: 'lenatravels', followers: 250_000 }],
        comments: [{ platform: 'youtube', id: 'c9', postId: 'vid1', authorHandle: 'newfan', text: 'first!' }],
      }),
      contentSender,
    );
    expect(refused).toBe(1);
    expect(ack.ok).toBe(false);
    expect(ack.error).toBe('storage-full');
    expect(logs.at(-1)).toMatch(/capture not stored: storage-full/);
    expect(await Promise.all(db.tables.map((t) => t.toArray()))).toEqual(before);
  });
});

describe('getReport handler', () => {
  it('rejects content scripts and other extensions', async () => {
    const { handlers } = setup();
    await expect(handlers.getReport({ url: null }, contentSender)).rejects.toThrow('rejected');
    await expect(handlers.getReport({ url: null }, { id: 'evil', url: 'chrome-extension://evil/x.html' })).rejects.toThrow('rejected');
    await expect(handlers.getReport({ url: 42 }, popupSender)).rejects.toThrow('invalid-request');
  });

  it.each([
    [null, { status: 'unsupported' }],
    ['https://example.com/', { status: 'unsupported' }],
    ['https://www.tiktok.com/@nobody', { status: 'empty', platform: 'tiktok', handle: 'nobody' }],
    // YouTube's home and search pages are no creator page; a post not read yet may become one.
    ['https://www.youtube.com/', { status: 'unsupported' }],
    ['https://www.youtube.com/results?search_query=travel', { status: 'unsupported' }],
    ['https://www.instagram.com/explore/', { status: 'unsupported' }],
    ['https://www.youtube.com/watch?v=abc123', { status: 'empty', platform: 'youtube', handle: null }],
  ])('reports %s as %j', async (url, expected) => {
    const { handlers } = setup();
    expect(await handlers.getReport({ url }, popupSender)).toMatchObject(expected);
  });
});
