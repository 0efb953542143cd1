/**
 * Single-page navigation and lazily loaded comments on YouTube: the page moves from a channel
 * to a video with history.pushState (no reload), then loads the comments in two pages as the
 * user scrolls; the second page repeats some comments of the first. Everything is captured
 * against the address the page shows at the time, and duplicates collapse.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KAI_BUILDS } from '../fixtures/demo/sample-creators';
import { TECH_COMMENTS } from '../fixtures/demo/sample-comments';
import { commentsContinuation } from '../fixtures/demo/youtube-comments';
import { youtubeChannelPage } from '../fixtures/demo/youtube-pages';
import { launchExtensionBrowser, type ExtensionBrowser } from './browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('single-page navigation', () => {
  it('captures comments loaded after pushState and while scrolling, each once', async () => {
    const video = KAI_BUILDS.videos[1]!;
    const first = TECH_COMMENTS.slice(0, 4);
    const channelUrl = `https://www.youtube.com/@${KAI_BUILDS.handle}`;
    const page = youtubeChannelPage(KAI_BUILDS).replace(
      '</body>',
      `<script>
        function load(n) { return fetch('/youtubei/v1/next?prettyPrint=false&page=' + n, { method: 'POST' }).then(function (r) { return r.json(); }); }
        setTimeout(function () {
          history.pushState({}, '', '/watch?v=${video.id}');
          load(1).then(function () { return load(2); }).then(function () { document.body.setAttribute('data-done', 'yes'); });
        }, 300);
      </script></body>`,
    );
    await browser.serve(channelUrl, page);
    await browser.serve(/youtubei\/v1\/next\?prettyPrint=false&page=1$/, JSON.stringify(commentsContinuation(video.id, first)), 'application/json');
    // The second page holds comments 2.. of the list, so comments 2 and 3 arrive twice, with
    // the same ids (same video, same index).
    const secondBody = commentsContinuation(video.id, TECH_COMMENTS) as { onResponseReceivedEndpoints: unknown[] };
    const secondOnly = JSON.parse(JSON.stringify(secondBody)) as typeof secondBody & {
      onResponseReceivedEndpoints: { reloadContinuationItemsCommand: { continuationItems: unknown[] } }[];
    };
    const items = secondOnly.onResponseReceivedEndpoints[0]!.reloadContinuationItemsCommand.continuationItems;
    items.splice(1, 2);
    await browser.serve(/youtubei\/v1\/next\?prettyPrint=false&page=2$/, JSON.stringify(secondOnly), 'application/json');

    const tab = await browser.context.newPage();
    await tab.goto(channelUrl);
    await expect.poll(() => tab.getAttribute('body', 'data-done')).toBe('yes');
    expect(tab.url()).toBe(`https://www.youtube.com/watch?v=${video.id}`);

    const expected = TECH_COMMENTS.map((_, i) => `youtube:Ugx${video.id}${String(i).padStart(4, '0')}AaABAg`);
    const missing = async () => {
      const stored = new Set(await browser.storedKeys('comments'));
      return expected.filter((k) => !stored.has(k));
    };
    await expect.poll(missing).toEqual([]);
    // Each comment stored once: the popup for the channel counts them all, no more.
    const popup = await browser.openPopup(channelUrl);
    await expect.poll(() => popup.getByTestId('comments-seen').textContent()).toBe(String(TECH_COMMENTS.length));
    await popup.close();
    await tab.close();
  });
});
