/**
 * `npm run disk-full` (as root): the built extension on a disk that runs full, for real.
 *
 * The browser profile goes on a small tmpfs. The script captures pages, has an automatic
 * backup written, fills the disk to the last byte, goes on capturing (and opens the popup, as
 * a user would), then frees the space and checks what is left against what the pages served:
 * - nothing already stored is lost, and the capture made on the full disk arrives once space
 *   is back; or
 * - if Chromium dropped the database anyway, the popup says so and restoring the last
 *   automatic backup brings back what it held, with no commenter counted twice.
 * It prints one JSON line per run; docs/storage.md ("Disk full") has the last results.
 *
 * Options: --runs N (default 3), --size MB (default 160).
 */
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../e2e/browser';
import { mountSmallDisk } from '../e2e/small-disk';
import { sampleWatchPage, youtubeWatchPage } from '../fixtures/demo/youtube-watch-pages';

const AUTHORS = 400;
const BEFORE = ['fullDisk001', 'fullDisk002', 'fullDisk003'].map((id) => sampleWatchPage(id, 1_500, { authors: AUTHORS }));
const DURING = ['fullDisk101', 'fullDisk102', 'fullDisk103'].map((id) => sampleWatchPage(id, 3_000, { authors: AUTHORS }));
const url = (videoId: string) => `https://www.youtube.com/watch?v=${videoId}`;

/** A message to the background from an extension page, in @webext-core/messaging's format. */
function ask<T>(browser: ExtensionBrowser, type: string, data?: unknown): Promise<T> {
  return browser.inExtension(
    ({ type, data }) =>
      new Promise<T>((resolve, reject) => {
        const chromeApi = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown, cb: (r: { res?: T; err?: unknown }) => void): void } } }).chrome;
        chromeApi.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }, (r) => (r?.err ? reject(new Error(JSON.stringify(r.err))) : resolve(r?.res as T)));
      }),
    { type, data },
  );
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

async function testIds(page: Page, ids: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const id of ids) if (await page.getByTestId(id).count()) out.push(id);
  return out;
}

async function run(size: number): Promise<Record<string, unknown>> {
  const disk = mountSmallDisk(size);
  if (!disk) throw new Error('mounting a tmpfs needs root: run this as root (or in a container that allows mount)');
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchExtensionBrowser({ profileParent: disk.dir });
    for (const p of [...BEFORE, ...DURING]) await browser.serve(url(p.videoId), youtubeWatchPage(p));
    if (process.env.DEBUG_DISK_FULL) (await browser.serviceWorker()).on('console', (m) => console.error('SW', m.text().slice(0, 300)));
    const tab = await browser.context.newPage();
    const said: string[] = [];
    tab.on('console', (m) => said.push(m.text()));
    for (const p of BEFORE) await tab.goto(url(p.videoId));
    const storedBefore = BEFORE.length * 1_500;
    if (!(await until(async () => (await browser!.storedCount('comments')) === storedBefore, 120_000))) throw new Error('the first captures were not stored');
    const keysBefore = await browser.storedKeys('comments');
    const membersBefore = (await browser.storedKeys('members')).sort();
    const backup = await ask<{ name: string; comments: number; bytes: number }>(browser, 'backupNow');

    // The disk runs full; the user goes on browsing and looks at the popup.
    disk.fill(0);
    for (const p of DURING) await tab.goto(url(p.videoId));
    const popup = await browser.openPopup(url(DURING[0]!.videoId));
    await until(async () => (await testIds(popup, ['storage-full', 'database-reset'])).length > 0, 30_000);
    const noticesWhileFull = await testIds(popup, ['storage-full', 'capture-paused', 'database-reset']);

    disk.unfill();
    const servedAll = storedBefore + DURING.length * 3_000;
    // The content script retries for about two and a half minutes; what it gave up on comes with a reload.
    const arrived = await until(async () => (await browser!.storedCount('comments')) === servedAll, 60_000);
    if (!arrived) for (const p of DURING) await tab.goto(url(p.videoId));
    await until(async () => (await browser!.storedCount('comments')) >= servedAll, 60_000);
    const keysAfter = new Set(await browser.storedKeys('comments'));
    const lost = keysBefore.filter((k) => !keysAfter.has(k)).length;
    const status = await ask<{ reset: { at: number } | null; backups: { name: string }[] }>(browser, 'getStorageStatus');
    await popup.reload();
    await until(async () => (await testIds(popup, ['report', 'state-empty'])).length > 0, 15_000);
    const result: Record<string, unknown> = {
      disk: `${size} MB tmpfs`,
      storedBefore,
      backup: { comments: backup.comments, bytes: backup.bytes },
      noticesWhileFull,
      retriedWithoutReload: arrived,
      commentsAfter: keysAfter.size,
      servedAll,
      lostOfBefore: lost,
      databaseReset: Boolean(status.reset),
      noticesAfter: await testIds(popup, ['storage-full', 'capture-paused', 'database-reset']),
      rawErrorsInPage: said.filter((t) => /\((AbortError|BulkError)\)|QuotaExceededError Encountered/.test(t)).length,
    };
    result.backupsListedAfter = status.backups.length;
    if (status.reset && status.backups[0]) {
      // The browser dropped the database: restore the automatic backup, as the dashboard offers.
      const report = await ask<{ ok: boolean; error?: string }>(browser, 'restoreBackup', { name: status.backups[0]!.name });
      const membersRestored = (await browser.storedKeys('members')).sort();
      result.restore = {
        ok: report.ok,
        comments: await browser.storedCount('comments'),
        members: membersRestored.length,
        sameMembers: JSON.stringify(membersRestored) === JSON.stringify(membersBefore),
      };
    }
    return result;
  } finally {
    await browser?.close().catch(() => undefined);
    disk.unmount();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, size: { type: 'string', default: '160' } } });
  for (let i = 0; i < Number(values.runs); i++) {
    const result = await run(Number(values.size));
    console.log(JSON.stringify({ run: i + 1, at: new Date().toISOString(), ...result }));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
