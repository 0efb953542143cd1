/**
 * Storage end to end, in real Chromium with the built extension: the content script reads
 * watch pages full of comments, the background stores them. Counts are read straight from
 * the extension's IndexedDB (from an extension page: same origin as the service worker), so
 * the assertions see exactly what was committed.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleWatchPage, youtubeWatchPage, type SampleWatchPage } from '../fixtures/demo/youtube-watch-pages';
import { launchExtensionBrowser, type ExtensionBrowser } from './browser';

let browser: ExtensionBrowser;
beforeEach(async () => {
  browser = await launchExtensionBrowser();
});
afterEach(async () => {
  await browser?.close();
});

const watchUrl = (videoId: string) => `https://www.youtube.com/watch?v=${videoId}`;

async function serve(page: SampleWatchPage) {
  await browser.serve(watchUrl(page.videoId), youtubeWatchPage(page));
}

interface Counts {
  profiles: number;
  posts: number;
  comments: number;
  members: number;
  engagementSum: number;
  audience: number;
  segmentMembers: number;
}

/** Raw IndexedDB from an extension page: no Dexie, no extension code in between. */
async function counts(inspector: Page): Promise<Counts> {
  return inspector.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('persona-lens');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      const stores = ['profiles', 'posts', 'comments', 'members', 'engagements', 'audience', 'segments'];
      if (!stores.every((s) => db.objectStoreNames.contains(s))) {
        return { profiles: 0, posts: 0, comments: 0, members: 0, engagementSum: 0, audience: 0, segmentMembers: 0 };
      }
      const tx = db.transaction(stores, 'readonly');
      const all = <T,>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const req = tx.objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result as T[]);
          req.onerror = () => reject(req.error);
        });
      const count = (store: string) =>
        new Promise<number>((resolve, reject) => {
          const req = tx.objectStore(store).count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const engagements = await all<{ count: number }>('engagements');
      const segments = await all<{ counts: { members: number } }>('segments');
      return {
        profiles: await count('profiles'),
        posts: await count('posts'),
        comments: await count('comments'),
        members: await count('members'),
        engagementSum: engagements.reduce((s, e) => s + e.count, 0),
        audience: await count('audience'),
        segmentMembers: segments.reduce((s, r) => s + r.counts.members, 0),
      };
    } finally {
      db.close();
    }
  });
}

async function inspector(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

const expected = (comments: number, members: number, posts = 1): Counts => ({
  profiles: 1,
  posts,
  comments,
  members,
  engagementSum: comments,
  audience: members,
  segmentMembers: members,
});

// One retry: on a loaded machine Chromium sometimes takes longer than launchExtensionBrowser
// waits for the service worker to first start; a retry launches a fresh browser.
describe('storage in real Chromium', { retry: 1 }, () => {
  it('gives the same counts when the same page is seen twice', async () => {
    const sample = sampleWatchPage('sameTwice01', 300, { authors: 120 });
    await serve(sample);
    const look = await inspector();
    const tab = await browser.context.newPage();
    await tab.goto(watchUrl(sample.videoId));
    await expect.poll(() => counts(look), { timeout: 20_000 }).toEqual(expected(300, 120));
    await tab.reload();
    await tab.waitForTimeout(2_000);
    expect(await counts(look)).toEqual(expected(300, 120));
  });

  it('gives exact counts when four tabs capture at once', async () => {
    // Four watch pages of one creator; pages 0-1 and 2-3 share half their comments.
    const pages = [
      sampleWatchPage('fourTabsA01', 400, { from: 0, authors: 150 }),
      sampleWatchPage('fourTabsA01', 400, { from: 200, authors: 150 }),
      sampleWatchPage('fourTabsB02', 400, { from: 0, authors: 150 }),
      sampleWatchPage('fourTabsB02', 400, { from: 200, authors: 150 }),
    ];
    // One address per video, so the shared-comment pages are the same address reloaded with
    // different content: serve pages 0 and 2 first, then 1 and 3 at other addresses of the same video.
    await serve(pages[0]!);
    await serve(pages[2]!);
    await browser.serve(`${watchUrl('fourTabsA01')}&t=1`, youtubeWatchPage(pages[1]!));
    await browser.serve(`${watchUrl('fourTabsB02')}&t=1`, youtubeWatchPage(pages[3]!));
    const look = await inspector();
    const tabs = await Promise.all([0, 1, 2, 3].map(() => browser.context.newPage()));
    await Promise.all([
      tabs[0]!.goto(watchUrl('fourTabsA01')),
      tabs[1]!.goto(`${watchUrl('fourTabsA01')}&t=1`),
      tabs[2]!.goto(watchUrl('fourTabsB02')),
      tabs[3]!.goto(`${watchUrl('fourTabsB02')}&t=1`),
    ]);
    // Per video: comments 0..599 (600), by authors i % 150 (150). Authors are the same people
    // on both videos (same handles), so the creator's audience is 150 members.
    await expect.poll(() => counts(look), { timeout: 30_000 }).toEqual(expected(1_200, 150, 2));
    await Promise.all(tabs.map((t) => t.reload()));
    await tabs[0]!.waitForTimeout(2_000);
    expect(await counts(look)).toEqual(expected(1_200, 150, 2));
  });

  it('loses and doubles nothing when the service worker is stopped during ingest', async () => {
    const sample = sampleWatchPage('stopWorker1', 4_000, { authors: 900 });
    await serve(sample);
    const look = await inspector();
    const cdp = await browser.context.newCDPSession(look);
    await cdp.send('ServiceWorker.enable');

    const tab = await browser.context.newPage();
    const said: string[] = [];
    tab.on('console', (m) => said.push(m.text()));
    // The content script sends at document_idle; stop every worker as soon as the page has
    // loaded, which falls inside the ingest of 4,000 comments (traits for each, one transaction).
    await tab.goto(watchUrl(sample.videoId), { waitUntil: 'load' });
    await cdp.send('ServiceWorker.stopAllWorkers');
    const afterStop = await counts(look);
    // All or nothing: a stopped transaction is rolled back, never half-written.
    expect([0, 4_000]).toContain(afterStop.comments);
    if (afterStop.comments === 4_000) expect(afterStop).toEqual(expected(4_000, 900));

    // The user reloads; the content script sends again and wakes the worker.
    await tab.reload();
    await expect.poll(() => counts(look), { timeout: 30_000 }).toEqual(expected(4_000, 900));
    await tab.waitForTimeout(1_500);
    expect(await counts(look)).toEqual(expected(4_000, 900));
    // "send failed" from the content script means the worker died with the capture in flight.
    const inFlight = said.some((t) => t.includes('send failed'));
    console.info(`[storage.e2e] worker stopped with ${afterStop.comments} comments committed; capture in flight: ${inFlight}`);
  });
});
