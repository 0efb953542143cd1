/**
 * The popup, in Chromium and in Firefox: it says when a page is not a platform page, says
 * when nothing is captured yet, and updates live when a capture of the page it reports on
 * lands (the popup is open before the visit).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LENA_TRAVELS } from '../fixtures/demo/sample-creators';
import { youtubeChannelPage } from '../fixtures/demo/youtube-pages';
import { byTestId, E2E_BROWSERS, launchE2EBrowser, type E2EBrowser } from './browsers';

describe.each(E2E_BROWSERS)('popup, %s', (browserName) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launchE2EBrowser(browserName);
    await browser.serve('https://www.youtube.com/@lenatravels', youtubeChannelPage(LENA_TRAVELS));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says a page is not supported when it is not a platform page', async () => {
    const popup = await browser.openPopup('https://example.com/');
    await expect.poll(() => popup.count(byTestId('state-unsupported'))).toBe(1);
    // A subdomain we never read is no platform page either.
    const studio = await browser.openPopup('https://studio.youtube.com/channel/UC1');
    await expect.poll(() => studio.count(byTestId('state-unsupported'))).toBe(1);
    await popup.close();
    await studio.close();
  });

  it('shows the channel name, subscriber count and videos seen, live, after a visit', async () => {
    const url = 'https://www.youtube.com/@lenatravels';
    const popup = await browser.openPopup(url);
    await expect.poll(() => popup.count(byTestId('state-empty'))).toBe(1);

    const page = await browser.open(url);
    await expect.poll(() => popup.text(byTestId('profile-handle')), { timeout: 30_000 }).toBe('@lenatravels');
    expect(await popup.text(byTestId('profile-followers'))).toBe('245,000');
    expect(await popup.text(byTestId('posts-seen'))).toBe(String(LENA_TRAVELS.videos.length));
    expect(await popup.text('.creator-name')).toContain('Lena Travels');
    expect(page.extensionErrors).toEqual([]);
    await page.close();
    await popup.close();
  });
});
