/**
 * Capture on Instagram, TikTok and X, end to end, in Chromium and in Firefox: each platform's
 * profile page (committed fixtures, invented people) is served at its real address; a script
 * on the page later fetches the platform's own comment API (also served by routing); the
 * comments in that response end up stored, through the MAIN-world bridge, the content script
 * and the background. The profile from the embedded state shows in the popup. Then every host
 * the manifest lists (from the platform registry) captures a profile page and the popup
 * names its creator.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './browser';
import { byTestId, E2E_BROWSERS, launchE2EBrowser, type E2EBrowser } from './browsers';
import { allMatchPatterns, PLATFORM_REGISTRY, platformOfPageUrl } from '../../lib/capture/platforms';
import type { Platform } from '../../lib/capture/batch';

const fixture = (rel: string) => readFileSync(path.join(ROOT, 'test/fixtures', rel), 'utf8');

/** The fixture page, plus the late request the platform's own scripts would make. */
function withLateFetch(html: string, apiPath: string): string {
  const script = `<script>setTimeout(function () {
    fetch(${JSON.stringify(apiPath)}, { credentials: 'include' })
      .then(function (r) { return r.json(); })
      .then(function () { document.body.setAttribute('data-api-loaded', 'yes'); });
  }, 200);</script>`;
  return html.replace('</body>', `${script}</body>`);
}

/** The comment ids a response carries, as the database keys them (`platform:id`). */
function commentKeys(platform: string, json: string): string[] {
  const body = JSON.parse(json) as { comments?: { pk?: string; cid?: string }[] };
  return (body.comments ?? []).map((c) => `${platform}:${c.pk ?? c.cid}`);
}

interface PlatformCase {
  name: string;
  pageUrl: string;
  page: string;
  api: { path: string; pattern: RegExp; body: string };
  handle: string;
  followers: string;
  /** Comment keys the response carries; for X the replies under the focal tweet. */
  comments: string[];
  /** Distinct commenters the popup must count in the creator's audience, where the case fixes it. */
  audience?: number;
}

const cases: PlatformCase[] = [
  {
    name: 'instagram',
    pageUrl: 'https://www.instagram.com/tessaferments/',
    page: fixture('instagram/profile-page.html'),
    api: {
      // A post of this profile (C9xTessA01), by its media id: the response names no author, so
      // only the id ties these comments to the creator.
      path: '/api/v1/media/53415613509406005/comments/?can_support_threading=true',
      pattern: /^https:\/\/www\.instagram\.com\/api\/v1\/media\//,
      body: fixture('instagram/media-comments.json'),
    },
    handle: '@tessaferments',
    followers: '23,817',
    comments: commentKeys('instagram', fixture('instagram/media-comments.json')),
    // Four commenters, one of them the creator answering: three are her audience.
    audience: 3,
  },
  {
    name: 'tiktok',
    // Comments load on a video's page; its address says whose video it is.
    pageUrl: 'https://www.tiktok.com/@kalle.climbs/video/7444000000000000001',
    page: fixture('tiktok/profile-page.html'),
    api: {
      path: '/api/comment/list/?aweme_id=7444000000000000001&count=20&cursor=0',
      pattern: /^https:\/\/www\.tiktok\.com\/api\/comment\/list\//,
      body: fixture('tiktok/comment-list.json'),
    },
    handle: '@kalle.climbs',
    followers: '88,391', // statsV2's exact count, not the rounded one
    comments: commentKeys('tiktok', fixture('tiktok/comment-list.json')),
  },
  {
    name: 'x',
    pageUrl: 'https://x.com/inesbuildsmaps',
    page: fixture('x/profile-page.html'),
    api: {
      path: '/i/api/graphql/QuBlQ6SxNAQCt6-kBiCXCQ/TweetDetail?variables=%7B%22focalTweetId%22%3A%221860000000000000010%22%7D',
      pattern: /^https:\/\/x\.com\/i\/api\/graphql\/[^/]+\/TweetDetail/,
      body: fixture('x/tweet-detail.json'),
    },
    handle: '@inesbuildsmaps',
    followers: '12,407',
    // The replies under the focal tweet (test/fixtures/x/tweet-detail.json), the focal tweet being the post.
    comments: ['x:1860000000000000021', 'x:1860000000000000022', 'x:1860000000000000031'],
  },
];

/** A profile page per platform, and the path it is served at on each of the platform's hosts. */
const PROFILE_PAGES: Record<Platform, { path: string; page: string; handle: string }> = {
  youtube: { path: '/@lumenworkshop/videos', page: fixture('youtube/channel-videos-page.html'), handle: 'lumenworkshop' },
  instagram: { path: '/tessaferments/tagged/', page: fixture('instagram/profile-page.html'), handle: 'tessaferments' },
  tiktok: { path: '/@kalle.climbs', page: fixture('tiktok/profile-page.html'), handle: 'kalle.climbs' },
  x: { path: '/inesbuildsmaps/with_replies', page: fixture('x/profile-page.html'), handle: 'inesbuildsmaps' },
};

describe.each(E2E_BROWSERS)('%s', (browserName) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
    browser = await launchE2EBrowser(browserName);
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(cases)('$name', (c) => {
    it('stores the profile from the page and the comments from its API response', async () => {
      await browser.serve(c.pageUrl, withLateFetch(c.page, c.api.path));
      await browser.serve(c.api.pattern, c.api.body, 'application/json');
      const page = await browser.open(c.pageUrl);
      await expect.poll(() => page.attribute('body', 'data-api-loaded')).toBe('yes');

      expect(c.comments.length).toBeGreaterThan(0);
      const missing = async () => {
        const stored = new Set((await browser.storedRows<{ key: string }>('comments')).map((row) => row.key));
        return c.comments.filter((k) => !stored.has(k));
      };
      await expect.poll(missing, { timeout: 30_000 }).toEqual([]);
      const popup = await browser.openPopup(c.pageUrl);
      await expect.poll(() => popup.text(byTestId('profile-handle')), { timeout: 30_000 }).toBe(c.handle);
      expect(await popup.text(byTestId('profile-followers'))).toBe(c.followers);
      // The vetting report is complete: engagement, the sample, fit per target persona, and
      // personas (or the honest reason there are none yet).
      expect(await popup.count(byTestId('engagement-rate'))).toBe(1);
      expect(await popup.text(byTestId('audience-sample-size'))).toMatch(/^\d+$/);
      if (c.audience !== undefined) {
        await expect.poll(() => popup.text(byTestId('audience-sample-size')), { timeout: 30_000 }).toBe(String(c.audience));
      }
      expect(await popup.count(byTestId('fit-score'))).toBeGreaterThan(0);
      expect((await popup.count(byTestId('persona-card'))) + (await popup.count(byTestId('personas-insufficient')))).toBeGreaterThan(0);
      await popup.screenshot(path.join(ROOT, 'test-output', `popup-${c.name}-${browserName}.png`));
      expect(page.extensionErrors).toEqual([]);
      await popup.close();
      await page.close();
    });
  });

  it('a logged-out Instagram profile: the counts from og:description are captured', async () => {
    const url = 'https://www.instagram.com/nadiaknits/';
    await browser.serve(url, fixture('instagram/logged-out-profile-2024.html'));
    const page = await browser.open(url);
    const stored = async () =>
      (await browser.storedRows<{ handle: string; followers?: number; following?: number }>('profiles')).find((p) => p.handle === 'nadiaknits');
    await expect.poll(stored, { timeout: 30_000 }).toMatchObject({ followers: 2_362, following: 136 });
    const popup = await browser.openPopup(url);
    await expect.poll(() => popup.text(byTestId('profile-followers')), { timeout: 30_000 }).toBe('2,362');
    expect(page.extensionErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  describe('every host the manifest lists', () => {
    it.each(allMatchPatterns().map((pattern) => [new URL(pattern.replace('/*', '/')).host]))(
      '%s: a profile page is captured there and the popup names its creator',
      async (host) => {
        const platform = platformOfPageUrl(`https://${host}/`)!;
        const { path: pagePath, page: html, handle } = PROFILE_PAGES[platform];
        const url = `https://${host}${pagePath}`;
        await browser.serve(url, html);
        const page = await browser.open(url);
        // The stored profile's last source is this host's page: this capture was accepted.
        const lastSource = async () =>
          (await browser.storedRows<{ platform: string; handle: string; lastSourceUrl?: string }>('profiles')).find(
            (p) => p.platform === platform && p.handle === handle,
          )?.lastSourceUrl;
        await expect.poll(lastSource, { timeout: 30_000 }).toBe(url);
        const popup = await browser.openPopup(url);
        await expect.poll(() => popup.text(byTestId('profile-handle')), { timeout: 30_000 }).toBe(`@${handle}`);
        expect(page.extensionErrors).toEqual([]);
        expect(PLATFORM_REGISTRY[platform].pageHosts).toContain(host);
        await popup.close();
        await page.close();
      },
    );
  });
});
