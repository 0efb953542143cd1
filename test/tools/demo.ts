/**
 * `npm run demo`: the main job on bundled sample pages. Starts Chromium with the built
 * extension (headed when a display exists, headless otherwise), browses the sample creator
 * pages at their real addresses (served locally by request routing, nothing reaches the
 * network), opens the popup for each, and writes screenshots and a JSON summary of what the
 * popup showed to demo-output/. Then the first creator again in a browser started in each of
 * DEMO_LANGS (default pt-BR; Debian's chromium-l10n): demo-output/popup-<name>-<lang>.png.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, ROOT, type ExtensionBrowser } from '../e2e/browser';
import { DEMO_PAGES, type DemoPage } from '../fixtures/demo/demo-pages';

const OUT = path.join(ROOT, 'demo-output');
const LANGS = (process.env.DEMO_LANGS ?? 'pt-BR').split(',').filter(Boolean);

/** Browses a demo's pages and opens the popup on its creator, ready to be read and photographed. */
async function browseAndOpenPopup(browser: ExtensionBrowser, demo: DemoPage): Promise<{ page: Page; popup: Page }> {
  const page = await browser.context.newPage();
  for (const visit of demo.visits) {
    await page.goto(visit);
    // Watch pages load their comments shortly after; give the capture a moment.
    await page.waitForTimeout(visit.includes('/watch') ? 700 : 200);
  }
  for (const step of demo.steps ?? []) await step(page);
  const popup = await browser.openPopup(demo.url);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.getByTestId('report').waitFor({ timeout: 15_000 }).catch(() => undefined);
  return { page, popup };
}

/** The first creator's popup in a browser whose UI speaks `lang`. */
async function shootInLanguage(demo: DemoPage, lang: string, headless: boolean): Promise<string> {
  const browser = await launchExtensionBrowser({ headless, lang });
  try {
    for (const route of demo.routes) await browser.serve(route.url, route.body, route.contentType);
    const { popup } = await browseAndOpenPopup(browser, demo);
    const shot = path.join(OUT, `popup-${demo.name}-${lang}.png`);
    await popup.screenshot({ path: shot });
    return shot;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const headless = !process.env.DISPLAY;
  console.log(`Starting Chromium (${headless ? 'headless' : 'headed'}) with Persona Lens…`);
  const browser = await launchExtensionBrowser({ headless });
  const summary: Record<string, unknown>[] = [];
  try {
    for (const demo of DEMO_PAGES) {
      for (const route of demo.routes) await browser.serve(route.url, route.body, route.contentType);
    }
    for (const demo of DEMO_PAGES) {
      const { page, popup } = await browseAndOpenPopup(browser, demo);
      const read = async (id: string) => ((await popup.getByTestId(id).count()) ? await popup.getByTestId(id).first().textContent() : null);
      const shot = path.join(OUT, `popup-${demo.name}.png`);
      // What the popup shows on opening (its window is 600 px high), and the whole report.
      await popup.screenshot({ path: shot });
      await popup.screenshot({ path: shot.replace(/\.png$/, '-full.png'), fullPage: true });
      summary.push({
        name: demo.name,
        url: demo.url,
        shown: {
          name: (await popup.locator('.creator-name').count()) ? (await popup.locator('.creator-name').textContent())?.trim() : null,
          handle: await read('profile-handle'),
          followers: await read('profile-followers'),
          postsSeen: await read('posts-seen'),
          commentsSeen: await read('comments-seen'),
          commenters: await read('audience-sample-size'),
          engagementRate: await read('engagement-rate'),
          personas: await popup.getByTestId('persona-card').count(),
          fitScores: await popup.getByTestId('fit-score').allTextContents(),
        },
        screenshot: path.relative(ROOT, shot),
      });
      await popup.close();
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const summaryPath = path.join(OUT, 'summary.json');
  await writeFile(summaryPath, `${JSON.stringify({ createdAt: new Date().toISOString(), pages: summary }, null, 2)}\n`);
  for (const s of summary) console.log(`  ${String(s.name).padEnd(22)} ${JSON.stringify(s.shown)}`);
  for (const lang of LANGS) console.log(`  ${lang.padEnd(22)} ${path.relative(ROOT, await shootInLanguage(DEMO_PAGES[0]!, lang, headless))}`);
  console.log(`\nScreenshots and summary: ${path.relative(process.cwd(), OUT)}/ (summary.json)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
