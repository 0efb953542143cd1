/**
 * The foundation, end to end: a YouTube channel page (served at its real address) is read by
 * the content script, validated and stored by the background, and shown by the popup,
 * which updates live when more lands.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KAI_BUILDS, LENA_TRAVELS } from '../fixtures/demo/sample-creators';
import { youtubeChannelPage } from '../fixtures/demo/youtube-pages';
import { launchExtensionBrowser, ROOT, type ExtensionBrowser } from './browser';

const OUT = path.join(ROOT, 'test-output');
let browser: ExtensionBrowser;

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  browser = await launchExtensionBrowser();
  await browser.serve('https://www.youtube.com/@lenatravels', youtubeChannelPage(LENA_TRAVELS));
  await browser.serve('https://www.youtube.com/@kaibuilds', youtubeChannelPage(KAI_BUILDS));
});

afterAll(async () => {
  await browser?.close();
});

describe('YouTube channel, captured and shown', () => {
  it('says a page is not supported when it is not a platform page', async () => {
    const popup = await browser.openPopup('https://example.com/');
    await expect.poll(() => popup.getByTestId('state-unsupported').count()).toBe(1);
    await popup.close();
  });

  it('shows the channel name, subscriber count and videos seen after a visit', async () => {
    const url = 'https://www.youtube.com/@lenatravels';
    // The popup is open before the visit: it must update live when the capture lands.
    const popup = await browser.openPopup(url);
    await expect.poll(() => popup.getByTestId('state-empty').count()).toBe(1);

    const page = await browser.context.newPage();
    await page.goto(url);

    await expect.poll(() => popup.getByTestId('profile-handle').textContent(), { timeout: 15_000 }).toBe('@lenatravels');
    expect(await popup.getByTestId('profile-followers').textContent()).toBe('245,000');
    expect(await popup.getByTestId('posts-seen').textContent()).toBe(String(LENA_TRAVELS.videos.length));
    expect(await popup.locator('.creator-name').textContent()).toContain('Lena Travels');
    // The popup asked the browser for persistent storage and the background recorded the answer.
    await expect.poll(async () => (await browser.storedKeys('settings')).includes('persistentStorage')).toBe(true);
    // The popup leads to the dashboard.
    const [dashboard] = await Promise.all([browser.context.waitForEvent('page'), popup.getByTestId('open-dashboard').click()]);
    await dashboard.waitForLoadState();
    expect(dashboard.url()).toBe(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await dashboard.close();
    await popup.setViewportSize({ width: 380, height: 420 });
    await popup.screenshot({ path: path.join(OUT, 'popup-youtube-channel.png') });
    await page.close();
    await popup.close();
  });

  it('changes no count when the same page is visited again', async () => {
    const url = 'https://www.youtube.com/@kaibuilds';
    const page = await browser.context.newPage();
    await page.goto(url);
    const popup = await browser.openPopup(url);
    await expect.poll(() => popup.getByTestId('posts-seen').textContent(), { timeout: 15_000 }).toBe('3');
    await page.reload();
    await page.waitForTimeout(1_000);
    await popup.reload();
    await expect.poll(() => popup.getByTestId('profile-followers').textContent()).toBe('1,380,000');
    expect(await popup.getByTestId('posts-seen').textContent()).toBe('3');
    await page.close();
    await popup.close();
  });
});
