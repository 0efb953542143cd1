/**
 * Capture from the platform's own API responses: a routed page whose script later fetches a
 * routed API response; the comments in that response end up stored (via the MAIN-world
 * bridge, the content script, the background) and the page keeps working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LENA_TRAVELS } from '../fixtures/demo/sample-creators';
import { TRAVEL_COMMENTS } from '../fixtures/demo/sample-comments';
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

  it('ignores a forged hand-off from the page for an address off the allow-list', async () => {
    const url = 'https://www.youtube.com/@forgery';
    await browser.serve(
      url,
      `<!doctype html><html><body><script>
        window.postMessage({ source: 'persona-lens/page-bridge/v1', url: 'https://evil.example/api/steal', body: '{}' }, location.origin);
        window.postMessage({ source: 'persona-lens/page-bridge/v1', url: 'https://www.youtube.com/youtubei/v1/next', body: '{"truncated": ' }, location.origin);
        window.postMessage({ source: 'persona-lens/page-bridge/v1', url: 'https://www.youtube.com/youtubei/v1/next', body: 42 }, location.origin);
      </script><p id="ok">still fine</p></body></html>`,
    );
    const errors: string[] = [];
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    await page.waitForTimeout(500);
    expect(await page.locator('#ok').textContent()).toBe('still fine');
    const popup = await browser.openPopup(url);
    await expect.poll(() => popup.getByTestId('state-empty').count()).toBe(1);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
