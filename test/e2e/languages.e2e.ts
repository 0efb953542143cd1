/**
 * Our users' languages (issue 17): Chromium started in Brazilian Portuguese, German and French
 * (--lang, Debian's chromium-l10n) shows the popup, with a capture, and the dashboard in that
 * language: their texts are the locale catalogue's messages, not English, and numbers, shares
 * and dates are written the local way.
 *
 * Firefox is not tried: Debian's firefox-esr here has only its en-US locale, so its UI language
 * cannot be switched without a language pack.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatChromeMessage } from '../../components/i18n/chrome-messages';
import { LENA_TRAVELS } from '../fixtures/demo/sample-creators';
import { youtubeChannelPage } from '../fixtures/demo/youtube-pages';
import { readCatalogues } from '../helpers/catalogue-source';
import { axeViolations } from './axe';
import { launchExtensionBrowser, type ExtensionBrowser } from './browser';

const LENA = 'https://www.youtube.com/@lenatravels';
const catalogues = readCatalogues();
const byTestId = (id: string) => `[data-testid="${id}"]`;

/** What each locale writes where English writes "245,000" and "0.2% – 0.3%", written out rather than computed by the same Intl under test. */
const CASES = [
  { lang: 'pt-BR', folder: 'pt_BR', followers: '245.000', typical: /0,2%\s–\s0,3%/ },
  { lang: 'de', folder: 'de', followers: '245.000', typical: /0,2–0,3\s%/ },
  // French groups thousands with a narrow no-break space (U+202F) and sets "%" apart with a no-break space.
  { lang: 'fr', folder: 'fr', followers: '245\u202f000', typical: /0,2–0,3\s%/ },
] as const;

const hasLocale = (lang: string) => existsSync(`/usr/lib/chromium/locales/${lang}.pak`);

describe.each(CASES)('the interface in $lang', ({ lang, folder, followers, typical }) => {
  const messages = catalogues[folder]!;
  const english = catalogues.en!;
  /** The locale's message, checked to be a translation rather than the English words. */
  const translated = (key: string, ...subs: string[]): string => {
    const entry = messages[key];
    if (!entry) throw new Error(`${folder} has no ${key}`);
    const words = formatChromeMessage(entry, subs);
    const base = key.replace(/_(one|few|many|other)$/, '_other');
    expect(words).not.toBe(formatChromeMessage(english[key] ?? english[base]!, subs));
    return words;
  };
  const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

  let browser: ExtensionBrowser;
  beforeAll(async () => {
    if (!hasLocale(lang)) throw new Error(`Chromium has no ${lang} locale: install Debian's chromium-l10n`);
    browser = await launchExtensionBrowser({ lang });
    await browser.serve(LENA, youtubeChannelPage(LENA_TRAVELS));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the popup, with a capture, speaks the language and writes its numbers', async () => {
    const page = await browser.context.newPage();
    await page.goto(LENA);
    const popup = await browser.openPopup(LENA);
    await expect.poll(() => popup.locator(byTestId('profile-handle')).count(), { timeout: 30_000 }).toBe(1);

    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await text(popup, byTestId('save-to-shortlist'))).toBe(translated('shortlist_save'));
    expect(await text(popup, byTestId('open-full-report'))).toBe(translated('report_openFull'));
    const category = new Intl.PluralRules(lang).select(0);
    expect(await text(popup, byTestId('sample-count'))).toBe(translated(`report_meter_count_${category}`, '0'));
    expect(await popup.locator('dt', { hasText: translated('report_followers') }).count()).toBe(1);

    expect(await text(popup, byTestId('profile-followers'))).toBe(followers);
    expect(await popup.locator('body').innerText()).toMatch(typical);
    // Longer words and the page's lang attribute are still read correctly by assistive technology.
    expect(await axeViolations(popup)).toEqual([]);
    await page.close();
    await popup.close();
  });

  it('the dashboard speaks the language', async () => {
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#shortlists`);
    await expect.poll(() => dashboard.locator(byTestId('tab-data')).count()).toBe(1);
    expect(await dashboard.title()).toBe(translated('dashboard_title'));
    expect(await dashboard.evaluate(() => document.documentElement.lang)).toBe(lang);
    for (const tab of ['shortlists', 'personas', 'audience', 'data']) {
      expect(await text(dashboard, byTestId(`tab-${tab}`))).toBe(translated(`dashboard_tab_${tab}`));
    }
    expect(await axeViolations(dashboard)).toEqual([]);
    await dashboard.close();
  });
});
