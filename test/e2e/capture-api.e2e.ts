/**
 * Capture from the platform's own API responses: a routed page whose script later fetches a
 * routed API response; the comments in that response end up stored (via the MAIN-world
 * bridge, the content script, the background) and the page keeps working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KAI_BUILDS, LENA_TRAVELS } from '../fixtures/demo/sample-creators';
import { TECH_COMMENTS, TRAVEL_COMMENTS } from '../fixtures/demo/sample-comments';
import { commentsContinuation, youtubeWatchPage } from '../fixtures/demo/youtube-comments';
import { launchExtensionBrowser, type ExtensionBrowser } from './browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('YouTube comments from youtubei/v1/next', () => {
  it('stores the comments the page loaded and keeps the page working', async () => {
    const video = LENA_TRAVELS.videos[0]!;
    const url = `https://www.youtube.com/watch?v=${video.id}`;
    await browser.serve(url, youtubeWatchPage(LENA_TRAVELS, video));
    await browser.serve(
      /^https:\/\/www\.youtube\.com\/youtubei\/v1\/next/,
      JSON.stringify(commentsContinuation(video.id, TRAVEL_COMMENTS)),
      'application/json',
    );
    const errors: string[] = [];
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    // The page's own script still gets its response (we only read a clone).
    await expect.poll(() => page.locator('#comments').textContent()).toBe(`Loaded ${TRAVEL_COMMENTS.length + 1} items`);

    const popup = await browser.openPopup(url);
    await expect.poll(() => popup.getByTestId('comments-seen').textContent(), { timeout: 15_000 }).toBe(String(TRAVEL_COMMENTS.length));
    expect(await popup.getByTestId('audience-sample-size').textContent()).toBe(String(TRAVEL_COMMENTS.length));
    expect(await popup.getByTestId('profile-handle').textContent()).toBe('@lenatravels');
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('ignores forged hand-offs the page posts once the content script listens (issue 14, finding 8)', async () => {
    // The page's own comments arrive first: once they are stored, the content script listens.
    // Forged hand-offs follow, then one more genuine response: when that one is stored, the
    // forged ones before it were handled too. Each forgery carries comments that would be
    // stored if its check were gone (the private channel; the bridge tag; the API allow-list).
    const video = KAI_BUILDS.videos[0]!;
    const url = `https://www.youtube.com/watch?v=${video.id}`;
    const next = 'https://www.youtube.com/youtubei/v1/next';
    await browser.serve(url, youtubeWatchPage(KAI_BUILDS, video));
    await browser.serve(/^https:\/\/www\.youtube\.com\/youtubei\/v1\/next/, JSON.stringify(commentsContinuation(video.id, TECH_COMMENTS)), 'application/json');
    await browser.serve(`${next}?marker=1`, JSON.stringify(commentsContinuation(`${video.id}m`, TECH_COMMENTS.slice(0, 1))), 'application/json');
    const errors: string[] = [];
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    const popup = await browser.openPopup(url);
    const seen = async () => {
      await popup.reload();
      return popup.getByTestId('comments-seen').textContent({ timeout: 10_000 }).catch(() => null);
    };
    await expect.poll(seen, { timeout: 30_000, interval: 500 }).toBe(String(TECH_COMMENTS.length));

    const untagged = JSON.stringify(commentsContinuation(`${video.id}u`, TECH_COMMENTS.slice(0, 3)));
    const tagged = JSON.stringify(commentsContinuation(`${video.id}t`, TECH_COMMENTS.slice(0, 4)));
    const offList = JSON.stringify(commentsContinuation(`${video.id}o`, TECH_COMMENTS.slice(0, 5)));
    const learned = await page.evaluate(
      ({ next, untagged, tagged, offList }) => {
        const source = 'persona-lens/page-bridge/v1';
        window.postMessage({ url: next, body: untagged }, location.origin);
        // The hand-off format of the postMessage channel, with an allowed address: a page
        // could forge this one as long as the content script listened to postMessage.
        window.postMessage({ source, url: next, body: tagged }, location.origin);
        window.postMessage({ source, url: 'https://evil.example/youtubei/v1/next', body: offList }, location.origin);
        window.postMessage({ source, url: next, body: '{"truncated": ' }, location.origin);
        // Try to learn the private channel the way the start-up exchange runs, and use it.
        const names: unknown[] = [];
        window.addEventListener('persona-lens:bridge-hello', (e) => names.push((e as CustomEvent).detail));
        window.dispatchEvent(new CustomEvent('persona-lens:content-hello'));
        for (const name of names) window.dispatchEvent(new CustomEvent(String(name), { detail: JSON.stringify({ source, url: next, body: tagged }) }));
        return names;
      },
      { next, untagged, tagged, offList },
    );
    expect(learned).toEqual([]);
    await page.evaluate((marker) => fetch(marker, { method: 'POST', body: '{}' }).then((r) => r.text()), `${next}?marker=1`);
    // The genuine response after the forgeries is stored: one comment more, and not 3, 4 or 5 more.
    await expect.poll(seen, { timeout: 30_000, interval: 500 }).toBe(String(TECH_COMMENTS.length + 1));
    expect(await seen()).toBe(String(TECH_COMMENTS.length + 1));
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('is invisible to the page: no global, native sources for fetch and XMLHttpRequest.open (issue 14, finding 6)', async () => {
    const url = 'https://www.youtube.com/@bridgecheck';
    await browser.serve(url, '<!doctype html><html><body><p>plain</p></body></html>');
    const page = await browser.context.newPage();
    await page.goto(url);
    const seen = await page.evaluate(() => {
      const source = (f: unknown) => Function.prototype.toString.call(f);
      return {
        global: 'pageBridge' in window,
        fetch: [source(fetch), String(fetch), fetch.name, fetch.length],
        open: [source(XMLHttpRequest.prototype.open), XMLHttpRequest.prototype.open.name, XMLHttpRequest.prototype.open.length],
        toString: source(Function.prototype.toString),
      };
    });
    expect(seen).toEqual({
      global: false,
      fetch: ['function fetch() { [native code] }', 'function fetch() { [native code] }', 'fetch', 1],
      open: ['function open() { [native code] }', 'open', 2],
      toString: 'function toString() { [native code] }',
    });
    await page.close();
  });
});
