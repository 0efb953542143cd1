/**
 * Renders docs/brand/icon.svg to the PNG sizes browsers and stores ask for (public/icon/<size>.png),
 * with Debian's Chromium. Run once after changing the SVG: `node --import tsx test/tools/render-icons.ts`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT } from '../e2e/browser';

const SIZES = [16, 32, 48, 96, 128];

const svg = await readFile(path.join(ROOT, 'docs/brand/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: path.join(ROOT, `public/icon/${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Rendered ${SIZES.join(', ')} px icons to public/icon/`);
