/**
 * The dashboard end to end in real Chromium, one test per flow, on data captured the way a
 * user captures it: sample creator pages served at their real addresses and browsed, never
 * written to the database directly. axe-core checks the dashboard and the popup for serious
 * and critical violations; a creator with hostile strings must render inert.
 */
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAudience, TRAVEL_VOICES } from '../fixtures/demo/audience-generator';
import { DEMO_PAGES } from '../fixtures/demo/demo-pages';
import { MIRA_RAILS, type SampleChannel } from '../fixtures/demo/sample-creators';
import { commentsContinuation, youtubeWatchPage } from '../fixtures/demo/youtube-comments';
import { channelInitialData, youtubeChannelPage } from '../fixtures/demo/youtube-pages';
import { CHROMIUM, EXTENSION_DIR, ROOT } from './browser';

const SHOTS = path.join(ROOT, 'docs/screenshots');
const ANALYTICS = path.join(ROOT, 'test/fixtures/analytics');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const LENA = 'https://www.youtube.com/@lenatravels';
const KAI = 'https://www.youtube.com/@kaibuilds';
const MIRA = `https://www.youtube.com/@${MIRA_RAILS.handle}`;
const HOSTILE = 'https://www.youtube.com/@hostilecreator';

/** Everything a page can throw at us in a name: markup, handlers, bidi overrides, and size. */
const HOSTILE_NAME = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2;alert(1)">\u202Eevil\u202C ${'W'.repeat(10_000)}`;
const HOSTILE_CHANNEL: SampleChannel = {
  handle: 'hostilecreator',
  name: HOSTILE_NAME,
  channelId: 'UCx0HostileCreator0000004',
  subscribers: '1.2K subscribers',
  videoCount: '3 videos',
  description: '<svg onload=alert(1)> javascript:alert(1) \u202E<iframe src=//evil.example>',
  videos: [{ id: 'Hc1aBc2DeF3', title: '"><img src=x onerror=alert(1)>', views: '12 views', published: '1 day ago' }],
};

/** The channel page with every string escaped for HTML and the state JSON unable to end its script. */
function hostileChannelPage(channel: SampleChannel): string {
  const json = JSON.stringify(channelInitialData(channel)).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hostile - YouTube</title>
<link rel="canonical" href="https://www.youtube.com/@${channel.handle}"></head>
<body><ytd-app></ytd-app><script>var ytInitialData = ${json};</script></body></html>`;
}

interface SnapshotBrowser {
  context: BrowserContext;
  extensionId: string;
  serve(url: string | RegExp, body: string, contentType?: string): Promise<void>;
  openPopup(forUrl: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Like ./browser.ts, but on a private copy of the build: engineers sharing this machine
 * rebuild .output/ while a long suite runs, and Chromium reads extension pages from disk at
 * every navigation, so a rebuild mid-run would fail pages with ERR_FILE_NOT_FOUND.
 */
async function launchSnapshotBrowser(): Promise<SnapshotBrowser> {
  const work = await mkdtemp(path.join(tmpdir(), 'persona-lens-dash-'));
  const extension = path.join(work, 'extension');
  await cp(EXTENSION_DIR, extension, { recursive: true });
  for (const file of ['manifest.json', 'dashboard.html', 'popup.html', 'background.js']) await stat(path.join(extension, file));
  const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async serve(url, body, contentType = 'text/html; charset=utf-8') {
      await context.route(url, (route) => route.fulfill({ status: 200, contentType, body }));
    },
    async openPopup(forUrl) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html?url=${encodeURIComponent(forUrl)}`);
      return page;
    },
    async close() {
      await context.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

let browser: SnapshotBrowser;
let dashboard: Page;
const dialogs: string[] = [];

async function waitForCapture(url: string, handle: string): Promise<void> {
  const popup = await browser.openPopup(url);
  // Not expect.poll: this also runs in beforeAll. The popup updates live when the capture lands.
  await popup.getByTestId('profile-handle').filter({ hasText: `@${handle}` }).first().waitFor({ timeout: 20_000 });
  await popup.close();
}

async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: number; help: string }[]> {
  await page.addScriptTag({ path: AXE }).catch(() => undefined);
  // Extension pages forbid inline scripts (MV3 CSP); evaluate bypasses CSP when the tag was blocked.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await readFile(AXE, 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[]; help: string }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
}

async function openDashboard(tab: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#${tab}`);
  return page;
}

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  browser = await launchSnapshotBrowser();
  for (const demo of DEMO_PAGES) for (const r of demo.routes) await browser.serve(r.url, r.body, r.contentType);
  // Mira's commenters: half of them also comment on Lena's videos (same seeded generator), half are her own.
  const miraAudience = [...generateAudience(TRAVEL_VOICES, 70, 7).slice(0, 20), ...generateAudience(TRAVEL_VOICES, 15, 99)];
  await browser.serve(MIRA, youtubeChannelPage(MIRA_RAILS));
  const miraWatch = MIRA_RAILS.videos.map((v) => `https://www.youtube.com/watch?v=${v.id}`);
  for (const [i, v] of MIRA_RAILS.videos.entries()) {
    await browser.serve(miraWatch[i]!, youtubeWatchPage(MIRA_RAILS, v, 50));
    await browser.serve(
      new RegExp(`^https://www\\.youtube\\.com/youtubei/v1/next\\?prettyPrint=false&v=${v.id}$`),
      JSON.stringify(commentsContinuation(v.id, miraAudience.slice(i * 12, i * 12 + 23))),
      'application/json',
    );
  }
  await browser.serve(HOSTILE, hostileChannelPage(HOSTILE_CHANNEL));

  const tab = await browser.context.newPage();
  for (const visit of [...DEMO_PAGES.flatMap((d) => d.visits), MIRA, ...miraWatch, HOSTILE]) {
    await tab.goto(visit);
    await tab.waitForTimeout(visit.includes('/watch') ? 700 : 200);
  }
  await tab.close();
  await waitForCapture(LENA, 'lenatravels');
  await waitForCapture(KAI, 'kaibuilds');
  await waitForCapture(MIRA, MIRA_RAILS.handle);
  dashboard = await openDashboard('shortlists');
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe('dashboard', () => {
  it('saves creators to a new shortlist through the dashboard, with status, tags and note', async () => {
    await dashboard.getByTestId('new-list-name').fill('Spring travel, 2026');
    await dashboard.getByTestId('create-list').click();
    for (const url of [LENA, MIRA, KAI]) {
      await dashboard.getByTestId('add-profile').fill(url);
      await dashboard.getByTestId('add-to-list').click();
      await expect.poll(() => dashboard.locator(`[data-profile-id="youtube:${url.split('@')[1]}"]`).count()).toBe(1);
    }
    expect(await dashboard.getByTestId('entry-row').count()).toBe(3);
    const lena = dashboard.locator('[data-profile-id="youtube:lenatravels"]');
    expect(await lena.getByTestId('profile-followers').textContent()).toBe('245,000');
    expect(Number(await lena.getByTestId('audience-sample-size').textContent())).toBeGreaterThan(30);

    await lena.getByTestId('entry-status').selectOption('contacted');
    await lena.getByTestId('entry-tags').fill('travel, rail');
    await lena.getByTestId('entry-tags').blur();
    await lena.getByTestId('entry-note').fill('Asked for rates, "summer" slot');
    await lena.getByTestId('entry-note').blur();
    await dashboard.waitForTimeout(300);
    await dashboard.reload();
    const again = dashboard.locator('[data-profile-id="youtube:lenatravels"]');
    await expect.poll(() => again.getByTestId('entry-status').inputValue()).toBe('contacted');
    expect(await again.getByTestId('entry-tags').inputValue()).toBe('travel, rail');
    expect(await again.getByTestId('entry-note').inputValue()).toBe('Asked for rates, "summer" slot');

    // Sorting by followers, descending then ascending.
    await dashboard.getByTestId('sort-followers').click();
    const handles = () => dashboard.getByTestId('entry-row').getByTestId('profile-handle').allTextContents();
    expect(await handles()).toEqual(['@kaibuilds', '@lenatravels', '@mirarails']);
    await dashboard.getByTestId('sort-followers').click();
    expect(await handles()).toEqual(['@mirarails', '@lenatravels', '@kaibuilds']);
    expect(await axeViolations(dashboard)).toEqual([]);
  });

  it('defines a target persona from a preset, refuses an invalid one, and shows fit in the shortlist', async () => {
    const page = await openDashboard('personas');
    await page.getByTestId('persona-preset').selectOption('preset-young-women-beauty-en');
    await page.getByTestId('use-preset').click();
    await page.getByTestId('persona-name').fill('Travel lovers, English');
    await page.getByTestId('persona-interests').fill('travel, food');
    await page.getByTestId('save-persona').click();
    await expect.poll(() => page.getByTestId('target-persona').count()).toBe(1);
    expect(await page.getByTestId('target-persona').textContent()).toContain('Travel lovers, English');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-personas.png') });

    // All weights zero: the same schema as the background refuses it, with a reason.
    await page.getByTestId('use-preset').click();
    for (const dim of ['gender', 'language', 'region', 'interest', 'age']) await page.getByTestId(`weight-${dim}`).fill('0');
    await page.getByTestId('save-persona').click();
    await expect.poll(() => page.getByTestId('persona-message').textContent()).toContain('at least one weight must be positive');
    expect(await page.getByTestId('target-persona').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    await dashboard.reload();
    await expect.poll(() => dashboard.getByTestId('fit-score').count()).toBe(3);
    const lenaFit = await dashboard.locator('[data-profile-id="youtube:lenatravels"]').getByTestId('fit-score').textContent();
    expect(lenaFit).toMatch(/^\d+$|^unknown$/);
  });

  it('compares creators side by side and shows the shortlist’s audience overlap and unique reach', async () => {
    await dashboard.locator('[data-profile-id="youtube:lenatravels"]').getByTestId('compare-check').check();
    await dashboard.locator('[data-profile-id="youtube:mirarails"]').getByTestId('compare-check').check();
    await expect.poll(() => dashboard.getByTestId('compare-column').count()).toBe(2);
    const compare = dashboard.getByTestId('compare');
    expect(await compare.textContent()).toContain('245,000');
    expect(await compare.textContent()).toContain('58,400');
    // Each creator's personas side by side, every trait with its share (or mixed, or unknown).
    await expect.poll(() => compare.getByTestId('compare-personas').first().getByTestId('persona-traits').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await compare.getByTestId('compare-personas').first().textContent()).toMatch(/\d+% of commenters · n=\d+/);
    // Who comments: one labelled row per dimension, not gender and language bars in one list.
    await expect.poll(() => dashboard.getByTestId('compare-gender').locator('th').textContent()).toMatch(/^Who comments: gender/);
    expect(await dashboard.getByTestId('compare-gender').locator('td').first().textContent()).toMatch(/Woman/);
    expect(await dashboard.getByTestId('compare-language').locator('th').textContent()).toMatch(/^Who comments: language/);
    expect(await dashboard.getByTestId('compare-language').locator('td').first().textContent()).not.toMatch(/Woman|Man/);
    await expect.poll(() => dashboard.getByTestId('overlap-matrix').count(), { timeout: 10_000 }).toBe(1);
    const reach = await dashboard.getByTestId('unique-reach').textContent();
    expect(reach).toMatch(/Unique reach: \d+ distinct commenters/);
    // Mira's audience repeats some of Lena's commenters: the matrix shows them as shared.
    const cell = await dashboard.getByTestId('overlap-matrix').locator('tbody tr').first().locator('td').nth(1).textContent();
    expect(Number(/(\d+) shared/.exec(cell ?? '')?.[1] ?? 0) + Number(/(\d+) shared/.exec((await dashboard.getByTestId('overlap-matrix').locator('tbody tr').first().locator('td').nth(2).textContent()) ?? '')?.[1] ?? 0)).toBeGreaterThan(0);
    expect(await axeViolations(dashboard)).toEqual([]);
    await dashboard.screenshot({ path: path.join(SHOTS, 'dashboard-shortlist.png'), fullPage: true });
  });

  it('exports the shortlist as CSV that parses back to one row per creator with every metric', async () => {
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^persona-lens-spring-travel-2026-\d{4}-\d{2}-\d{2}\.csv$/);
    const raw = await readFile((await download.path())!, 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(raw).toContain('\r\n');
    const parsed = Papa.parse<Record<string, string>>(raw.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.handle).sort()).toEqual(['kaibuilds', 'lenatravels', 'mirarails']);
    const lena = parsed.data.find((r) => r.handle === 'lenatravels')!;
    expect(lena).toMatchObject({ platform: 'youtube', followers: '245000', status: 'contacted', tags: 'travel; rail', note: 'Asked for rates, "summer" slot' });
    expect(Number(lena.commenters_n)).toBeGreaterThan(30);
    expect(Object.keys(lena)).toEqual(expect.arrayContaining(['engagement_rate', 'growth_per_30_days', 'fit Travel lovers, English', 'fit Travel lovers, English n']));
  });

  it('exports the shortlist as JSON that imports back as already up to date', async () => {
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByTestId('export-json').click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { format: string; version: number; shortlists: { entries: unknown[] }[] };
    expect(exported).toMatchObject({ format: 'persona-lens/shortlists', version: 1 });
    expect(exported.shortlists[0]!.entries).toHaveLength(3);
    await dashboard.getByTestId('import-file').setInputFiles((await download.path())!);
    await dashboard.getByTestId('import-button').click();
    await expect.poll(() => dashboard.getByTestId('import-report').textContent()).toContain('0 added, 0 updated, 0 rejected. 3 already up to date.');
  });

  it('imports a JSON file with one bad row: two added, one rejected with its reason', async () => {
    const file = path.join(tmpdir(), `persona-lens-import-${process.pid}.json`);
    await writeFile(
      file,
      JSON.stringify({
        format: 'persona-lens/shortlists',
        version: 1,
        shortlists: [
          {
            id: 'from-a-colleague',
            name: 'Colleague’s picks',
            entries: [
              { profileId: 'youtube:kaibuilds', note: 'tech', status: 'candidate' },
              { profileId: 'tiktok:neverseen', tags: ['tiktok'] },
              { profileId: 'youtube:lenatravels', status: 'hired' },
            ],
          },
        ],
      }),
    );
    await dashboard.getByTestId('import-file').setInputFiles(file);
    await dashboard.getByTestId('import-button').click();
    await expect.poll(() => dashboard.getByTestId('import-report').textContent()).toContain('2 added, 0 updated, 1 rejected');
    expect(await dashboard.getByTestId('import-rejected').textContent()).toContain('shortlists[0].entries[2]: status');
    await dashboard.getByRole('button', { name: /Colleague’s picks/ }).click();
    await expect.poll(() => dashboard.getByTestId('entry-row').count()).toBe(2);
    expect(await dashboard.locator('[data-profile-id="tiktok:neverseen"]').getByTestId('profile-followers').textContent()).toBe('unknown');
  });

  it('a creator marks their profile and imports YouTube Studio tables into personas', async () => {
    const page = await openDashboard('audience');
    await page.getByTestId('own-profile-input').fill(LENA);
    await page.getByTestId('set-own').click();
    await expect.poll(() => page.getByTestId('own-profile').textContent()).toContain('@lenatravels');
    await page.getByTestId('analytics-kind').selectOption('youtube-studio');
    await page
      .getByTestId('analytics-files')
      .setInputFiles(['youtube-studio-viewer-age.csv', 'youtube-studio-viewer-gender.csv', 'youtube-studio-geography.csv'].map((f) => path.join(ANALYTICS, f)));
    await page.getByTestId('import-analytics').click();
    await expect.poll(() => page.getByTestId('own-persona').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('own-persona').first().textContent()).toContain('25-34');
    expect(await page.getByTestId('analytics-rejected').textContent()).toBe('youtube-studio-geography.csv, line 10: not a country: “Atlantis”');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-my-audience.png'), fullPage: true });
    await page.close();
  });

  it('renders a creator with hostile strings inert without breaking the layout', async () => {
    await waitForCapture(HOSTILE, 'hostilecreator');
    await dashboard.getByRole('button', { name: /Spring travel, 2026/ }).click();
    await expect.poll(() => dashboard.getByTestId('entry-row').count()).toBe(3);
    const width = await dashboard.evaluate(() => document.documentElement.scrollWidth);
    await dashboard.getByTestId('add-profile').fill(HOSTILE);
    await dashboard.getByTestId('add-to-list').click();
    await expect.poll(() => dashboard.getByTestId('entry-row').count()).toBe(4);
    await dashboard.locator('[data-profile-id="youtube:hostilecreator"]').getByTestId('compare-check').check();
    await dashboard.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(await dashboard.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await dashboard.locator('#app img, #app iframe, #app script').count()).toBe(0);
    expect(await dashboard.locator('[data-profile-id="youtube:hostilecreator"] .creator-display').textContent()).toContain('<script>');
    expect(await dashboard.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    const row = await dashboard.locator('[data-profile-id="youtube:hostilecreator"]').boundingBox();
    expect(row!.height).toBeLessThan(200);

    const popup = await browser.openPopup(HOSTILE);
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await popup.setViewportSize({ width: 400, height: 600 });
    await expect.poll(() => popup.getByTestId('profile-handle').first().textContent()).toBe('@hostilecreator');
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await popup.close();
  });

  it('the popup report has no serious or critical accessibility violations', async () => {
    const popup = await browser.openPopup(LENA);
    await popup.setViewportSize({ width: 400, height: 600 });
    await expect.poll(() => popup.getByTestId('profile-handle').first().textContent()).toBe('@lenatravels');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('dark mode follows the system and stays accessible', async () => {
    const page = await openDashboard('shortlists');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.getByTestId('entry-row').count()).toBeGreaterThan(0);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(22, 23, 27)');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('tab-shortlists').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tab-personas');
    expect(await page.getByTestId('tab-personas').getAttribute('aria-selected')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('data & privacy: retention, backup, forget a profile, delete everything', async () => {
    const page = await openDashboard('data');
    const retention = page.getByLabel('Keep raw comment text for (days)');
    await expect.poll(() => retention.inputValue()).toBe('30');
    expect(await axeViolations(page)).toEqual([]);
    await retention.fill('7');
    await page.getByRole('button', { name: 'Save retention' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('7 days');

    const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
    const json = JSON.parse(await readFile((await backup.path())!, 'utf8')) as unknown;
    expect(json).toBeTypeOf('object');

    // A file that is not a backup changes nothing and says why, never "restored".
    const notBackup = path.join(await mkdtemp(path.join(tmpdir(), 'persona-lens-')), 'not-a-backup.json');
    await writeFile(notBackup, '{"hello":"world"}');
    await page.locator('#restore').setInputFiles(notBackup);
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('This file is not a Persona Lens backup (unknown format).');
    expect(await page.getByText('Backup restored.').count()).toBe(0);

    await page.getByLabel('Forget a profile (address, or platform:handle)').fill(KAI);
    await page.getByRole('button', { name: 'Forget this profile' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Click again to confirm');
    await page.getByRole('button', { name: 'Forget this profile' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Forgotten');

    const deleteAll = page.getByRole('button', { name: 'Delete everything' });
    expect(await deleteAll.isDisabled()).toBe(true);
    await page.getByLabel(/I understand this removes/).check();
    await deleteAll.click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Everything was deleted');
    await page.getByTestId('tab-shortlists').click();
    await expect.poll(() => page.getByText('No shortlists yet').count()).toBe(1);
    await page.close();
  });
});
