/**
 * Malformed pages: truncated embedded state, wrong types, null where an object belongs, a
 * huge string, HTML without any state. The page keeps working, nothing escapes our content
 * script into the page, a warning is recorded in the page's console, and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const page = (name: string, script: string) =>
  `<!doctype html><html><head><title>${name}</title></head><body><p id="ok">still working</p><script>${script}</script></body></html>`;

const cases: [string, string, string][] = [
  ['truncated ytInitialData', 'https://www.youtube.com/@truncated', page('t', 'var ytInitialData = {"header": {"pageHeaderRenderer": {"pageTitle": "Half')],
  ['wrong types', 'https://www.youtube.com/@wrongtypes', page('w', 'var ytInitialData = {"metadata": {"channelMetadataRenderer": {"title": 42, "vanityChannelUrl": ["x"]}}, "header": "nope"};')],
  ['null where an object belongs', 'https://www.tiktok.com/@nullstate', `<!doctype html><html><body><p id="ok">still working</p><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__": {"webapp.user-detail": null}}</script></body></html>`],
  ['a 50 MB string', 'https://www.instagram.com/hugestring/', page('h', `window._sharedData = {"entry_data": {"ProfilePage": [{"graphql": {"user": {"username": "hugestring", "biography": "${'x'.repeat(50_000_000)}"}}}]}};`)],
  ['HTML without state', 'https://x.com/nostate', page('n', 'console.log("no state here")')],
];

describe('bad input from pages', () => {
  it.each(cases)('%s: the page keeps working and nothing is stored', async (_name, url, html) => {
    await browser.serve(url, html);
    const errors: string[] = [];
    const tab = await browser.context.newPage();
    tab.on('pageerror', (e) => {
      if (`${e.stack ?? ''}`.includes('-extension://')) errors.push(String(e));
    });
    await tab.goto(url, { timeout: 120_000 });
    await tab.waitForTimeout(1_500);
    expect(await tab.locator('#ok').textContent()).toBe('still working');
    expect(errors).toEqual([]);
    // At most the creator the address names, with nothing invented about them.
    const profiles = await browser.inExtension(
      () =>
        new Promise<{ handle: string; followers?: number }[]>((resolve) => {
          const open = indexedDB.open('persona-lens');
          open.onsuccess = () => {
            const req = open.result.transaction('profiles').objectStore('profiles').getAll();
            req.onsuccess = () => resolve(req.result as { handle: string; followers?: number }[]);
          };
        }),
      undefined,
    );
    const named = cases.map(([, u]) => new URL(u).pathname.replace(/^\/@?|\/$/g, ''));
    for (const p of profiles) {
      expect(named).toContain(p.handle);
      expect(p.followers).toBeUndefined();
    }
    expect(await browser.storedCount('comments')).toBe(0);
    expect(await browser.storedCount('posts')).toBe(0);
    await tab.close();
  });
});
