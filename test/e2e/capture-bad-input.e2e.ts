/**
 * Malformed pages, in Chromium and in Firefox: truncated embedded state, wrong types, null
 * where an object belongs, a huge string, HTML without any state. The page keeps working,
 * nothing escapes our content script into the page, a warning is recorded in the page's
 * console, and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSERS, launchE2EBrowser, type E2EBrowser } from './browsers';

const page = (name: string, script: string) =>
  `<!doctype html><html><head><title>${name}</title></head><body><p id="ok">still working</p><script>${script}</script></body></html>`;

const cases: [string, string, string][] = [
  ['truncated ytInitialData', 'https://www.youtube.com/@truncated', page('t', 'var ytInitialData = {"header": {"pageHeaderRenderer": {"pageTitle": "Half')],
  ['wrong types', 'https://www.youtube.com/@wrongtypes', page('w', 'var ytInitialData = {"metadata": {"channelMetadataRenderer": {"title": 42, "vanityChannelUrl": ["x"]}}, "header": "nope"};')],
  ['null where an object belongs', 'https://www.tiktok.com/@nullstate', `<!doctype html><html><body><p id="ok">still working</p><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__": {"webapp.user-detail": null}}</script></body></html>`],
  ['a 50 MB string', 'https://www.instagram.com/hugestring/', page('h', `window._sharedData = {"entry_data": {"ProfilePage": [{"graphql": {"user": {"username": "hugestring", "biography": "${'x'.repeat(50_000_000)}"}}}]}};`)],
  ['HTML without state', 'https://x.com/nostate', page('n', 'console.log("no state here")')],
];

describe.each(E2E_BROWSERS)('bad input from pages, %s', (browserName) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launchE2EBrowser(browserName);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(cases)('%s: the page keeps working and nothing is stored', async (_name, url, html) => {
    await browser.serve(url, html);
    const tab = await browser.open(url);
    // Give the content script (document_idle, then a task of its own) time to read the page.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await tab.text('#ok')).toBe('still working');
    expect(tab.extensionErrors).toEqual([]);
    // At most the creator the address names, with nothing invented about them.
    const profiles = await browser.storedRows<{ handle: string; followers?: number }>('profiles');
    const named = cases.map(([, u]) => new URL(u).pathname.replace(/^\/@?|\/$/g, ''));
    for (const p of profiles) {
      expect(named).toContain(p.handle);
      expect(p.followers).toBeUndefined();
    }
    expect(await browser.storedRows('comments')).toHaveLength(0);
    expect(await browser.storedRows('posts')).toHaveLength(0);
    await tab.close();
  });
});
