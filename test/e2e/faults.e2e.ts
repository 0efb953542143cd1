/**
 * Data safety under faults, in real Chromium with the built extension (issue 18). Counts are
 * read with raw IndexedDB from an extension page (the background's origin), so they are what
 * was committed, compared with what the pages served.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { multiBatchWatchPage, type MultiBatchPage } from '../fixtures/demo/youtube-batches';
import { sampleWatchPage, youtubeWatchPage } from '../fixtures/demo/youtube-watch-pages';
import { launchExtensionBrowser, type ExtensionBrowser } from './browser';
import { mountSmallDisk } from './small-disk';

let browser: ExtensionBrowser;
beforeEach(async () => {
  browser = await launchExtensionBrowser();
});
afterEach(async () => {
  await browser?.close();
});

async function servePage(page: MultiBatchPage): Promise<void> {
  await browser.serve(page.url, page.html);
  for (const r of page.responses) await browser.serve(r.url, r.body, 'application/json');
}

interface VideoCounts {
  comments: number;
  /** Comments on this video stored without their creator. */
  unlinked: number;
}

interface Totals {
  comments: number;
  members: number;
  engagementSum: number;
  audience: number;
  segmentMembers: number;
}

/** Raw IndexedDB from an extension page: no Dexie, no extension code in between. */
function readCounts(inspector: Page, postKey: string): Promise<{ video: VideoCounts; totals: Totals }> {
  return inspector.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('persona-lens');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      const stores = ['comments', 'members', 'engagements', 'audience', 'segments'];
      if (!stores.every((s) => db.objectStoreNames.contains(s))) {
        return { video: { comments: 0, unlinked: 0 }, totals: { comments: 0, members: 0, engagementSum: 0, audience: 0, segmentMembers: 0 } };
      }
      const tx = db.transaction(stores, 'readonly');
      const req = <T,>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const onVideo = await req(tx.objectStore('comments').index('postKey').getAll(key) as IDBRequest<{ profileId?: string }[]>);
      const engagements = await req(tx.objectStore('engagements').getAll() as IDBRequest<{ count: number }[]>);
      const segments = await req(tx.objectStore('segments').getAll() as IDBRequest<{ counts: { members: number } }[]>);
      return {
        video: { comments: onVideo.length, unlinked: onVideo.filter((c) => c.profileId !== 'youtube:lenatravels').length },
        totals: {
          comments: await req(tx.objectStore('comments').count()),
          members: await req(tx.objectStore('members').count()),
          engagementSum: engagements.reduce((s, e) => s + e.count, 0),
          audience: await req(tx.objectStore('audience').count()),
          segmentMembers: segments.reduce((s, r) => s + r.counts.members, 0),
        },
      };
    } finally {
      db.close();
    }
  }, postKey);
}

async function inspector(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

/**
 * The database is lost, as when Chromium drops it after a write on a full disk: the worker is
 * stopped so that it holds no connection, and the database deleted from an extension page.
 */
async function loseDatabase(): Promise<void> {
  const look = await inspector();
  const cdp = await browser.context.newCDPSession(look);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await look.close();
  await browser.inExtension(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('persona-lens');
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
      }),
    undefined,
  );
}

describe('faults in real Chromium', { retry: 1 }, () => {
  it(
    'stores every comment exactly once, linked to its creator, when the worker is stopped at 20 moments, with no reload',
    { timeout: 900_000 },
    async () => {
      const PARTS = 5;
      const PER_PART = 400;
      const AUTHORS = 150;
      const look = await inspector();
      const cdp = await browser.context.newCDPSession(look);
      await cdp.send('ServiceWorker.enable');
      let retries = 0;
      const dropped: string[] = [];
      for (let i = 0; i < 20; i++) {
        const page = multiBatchWatchPage(`stopAt${String(i).padStart(5, '0')}`, { parts: PARTS, perPart: PER_PART, authors: AUTHORS });
        await servePage(page);
        const tab = await browser.context.newPage();
        tab.on('console', (m) => {
          if (/capture attempt \d+ of \d+ failed/.test(m.text())) retries++;
          if (/capture (dropped|not stored)/.test(m.text())) dropped.push(m.text());
        });
        await tab.goto(page.url, { waitUntil: 'commit' });
        // From the start of the page to well after its last response: the owner batch, each
        // comment batch in flight, and the ingests in between.
        await tab.waitForTimeout(i * 150);
        await cdp.send('ServiceWorker.stopAllWorkers');
        // No reload: the content script must deliver what the page served on its own.
        await expect
          .poll(async () => (await readCounts(look, `youtube:${page.videoId}`)).video, { timeout: 120_000, interval: 500 })
          .toEqual({ comments: PARTS * PER_PART, unlinked: 0 });
        await tab.close();
      }
      const served = 20 * PARTS * PER_PART;
      const { totals } = await readCounts(look, '');
      expect(totals).toEqual({ comments: served, members: AUTHORS, engagementSum: served, audience: AUTHORS, segmentMembers: AUTHORS });
      expect(dropped).toEqual([]);
      console.info(`[faults.e2e] 20 worker stops: ${retries} failed sends retried, ${served} comments stored once each`);
      // The stops must have hit captures in flight, or this test showed nothing.
      expect(retries).toBeGreaterThan(0);
    },
  );

  it('keeps the install secret when the database is lost: the same commenters get the same keys, not second ones', async () => {
    const first = sampleWatchPage('lostDbA0001', 300, { authors: 120 });
    const again = sampleWatchPage('lostDbB0002', 300, { authors: 120 });
    await browser.serve(`https://www.youtube.com/watch?v=${first.videoId}`, youtubeWatchPage(first));
    await browser.serve(`https://www.youtube.com/watch?v=${again.videoId}`, youtubeWatchPage(again));
    const tab = await browser.context.newPage();
    await tab.goto(`https://www.youtube.com/watch?v=${first.videoId}`);
    await expect.poll(() => browser.storedCount('members')).toBe(120);
    const before = (await browser.storedKeys('members')).sort();

    await loseDatabase();
    expect(await browser.storedCount('members')).toBe(0);

    // The same 120 people comment on another video.
    await tab.goto(`https://www.youtube.com/watch?v=${again.videoId}`);
    await expect.poll(() => browser.storedCount('comments')).toBe(300);
    expect((await browser.storedKeys('members')).sort()).toEqual(before);
  });

  it('tells the user when the database was reset, in the popup and the dashboard, and restores the last automatic backup with nothing doubled', async () => {
    const first = sampleWatchPage('resetA00001', 300, { authors: 120 });
    const again = sampleWatchPage('resetB00002', 200, { authors: 120 });
    await browser.serve(`https://www.youtube.com/watch?v=${first.videoId}`, youtubeWatchPage(first));
    await browser.serve(`https://www.youtube.com/watch?v=${again.videoId}`, youtubeWatchPage(again));
    const tab = await browser.context.newPage();
    await tab.goto(`https://www.youtube.com/watch?v=${first.videoId}`);
    await expect.poll(() => browser.storedCount('comments')).toBe(300);
    const membersBefore = (await browser.storedKeys('members')).sort();

    // The user's dashboard writes an automatic backup ("Back up now").
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#data`);
    await dashboard.getByTestId('backup-now').click();
    await expect.poll(() => dashboard.getByTestId('auto-backup-list').locator('li').count()).toBe(1);
    expect(await dashboard.getByTestId('auto-backup-list').textContent()).toMatch(/300 comments/);
    await dashboard.close();

    // The database is lost, and capture goes on into a new one.
    await loseDatabase();
    await tab.goto(`https://www.youtube.com/watch?v=${again.videoId}`);
    await expect.poll(() => browser.storedCount('comments')).toBe(200);

    const popup = await browser.openPopup(`https://www.youtube.com/watch?v=${again.videoId}`);
    await expect.poll(() => popup.getByTestId('database-reset').count()).toBe(1);
    expect(await popup.getByTestId('database-reset').textContent()).toMatch(/The database was reset.*last automatic backup.*300 comments.*Dashboard → Data & privacy/s);

    const restore = await browser.context.newPage();
    await restore.goto(`chrome-extension://${browser.extensionId}/dashboard.html#data`);
    await restore.getByTestId('restore-auto-backup').click();
    await expect.poll(() => restore.getByTestId('storage-notice-result').textContent()).toBe('The backup was restored.');
    await expect.poll(() => restore.getByTestId('database-reset').count()).toBe(0);
    // What the backup held, under the same commenter keys: nobody counted twice.
    expect(await browser.storedCount('comments')).toBe(300);
    expect((await browser.storedKeys('members')).sort()).toEqual(membersBefore);
    await popup.reload();
    await expect.poll(() => popup.getByTestId('state-empty').count()).toBe(1);
    expect(await popup.getByTestId('database-reset').count()).toBe(0);
  });

  it('pauses capture when the disk has less room than the next batch, says so in the popup, keeps what was stored, and stores the batch once space is freed, with no reload', async (ctx) => {
    // A real small disk (tmpfs) under the profile: with unlimitedStorage, Chromium's quota is
    // what the disk has free (its DevTools quota override had no effect on this Chromium).
    const disk = mountSmallDisk(160);
    if (!disk) {
      console.warn('[faults.e2e] skipped: mounting a tmpfs needs root (docs/storage.md, "Disk full")');
      ctx.skip();
      return;
    }
    try {
      await browser.close();
      browser = await launchExtensionBrowser({ profileParent: disk.dir });
      const small = sampleWatchPage('capFirst001', 300, { authors: 120 });
      const large = sampleWatchPage('capLarge002', 4_000, { authors: 900 });
      await browser.serve(`https://www.youtube.com/watch?v=${small.videoId}`, youtubeWatchPage(small));
      await browser.serve(`https://www.youtube.com/watch?v=${large.videoId}`, youtubeWatchPage(large));
      const tab = await browser.context.newPage();
      await tab.goto(`https://www.youtube.com/watch?v=${small.videoId}`);
      await expect.poll(() => browser.storedCount('comments')).toBe(300);
      const storedBefore = (await browser.storedKeys('comments')).sort();

      // 2 MB left on the disk: 4,000 comments need more.
      disk.fill(2 * 1024 * 1024);
      const said: string[] = [];
      tab.on('console', (m) => said.push(m.text()));
      await tab.goto(`https://www.youtube.com/watch?v=${large.videoId}`);
      const popup = await browser.openPopup(`https://www.youtube.com/watch?v=${large.videoId}`);
      await expect.poll(() => popup.getByTestId('capture-paused').count(), { timeout: 30_000 }).toBe(1);
      const notice = (await popup.getByTestId('capture-paused').textContent()) ?? '';
      expect(notice).toMatch(/Capture paused: storage almost full/);
      expect(notice).toMatch(/Everything captured before is kept/);
      expect(notice).toMatch(/Free disk space/);
      // The page's console names the fault, never the browser's raw error.
      expect(said.join('\n')).not.toMatch(/\((AbortError|BulkError)\)|QuotaExceededError Encountered/);

      // Space is freed while the content script still holds the batch: stored without a reload.
      disk.unfill();
      await expect.poll(() => browser.storedCount('comments'), { timeout: 60_000 }).toBe(4_300);
      const storedAfter = new Set(await browser.storedKeys('comments'));
      expect(storedBefore.filter((k) => !storedAfter.has(k))).toEqual([]);
      await popup.reload();
      await expect.poll(() => popup.getByTestId('comments-seen').count()).toBe(1);
      expect(await popup.getByTestId('capture-paused').count()).toBe(0);
    } finally {
      await browser.close();
      disk.unmount();
    }
  });
});
