import { describe, expect, it } from 'vitest';
import { PLATFORMS } from './batch';
import {
  allMatchPatterns,
  FOLLOWER_TIERS,
  handleFromPagePath,
  isAllowedApiUrl,
  matchPatterns,
  PLATFORM_REGISTRY,
  platformOfPageUrl,
  postIdFromUrl,
  PROFILE_ID_PATTERN,
  REGISTERED_PLATFORMS,
} from './platforms';
import { ADAPTERS } from './registry';
import { checkContentScriptSender } from '../messaging/sender';
import { handleFromUrl, pageKey } from '../report/page-address';

describe('platform registry', () => {
  it('has one entry per platform, and every adapter takes its matches from it', () => {
    expect(Object.keys(PLATFORM_REGISTRY).sort()).toEqual([...PLATFORMS].sort());
    for (const adapter of ADAPTERS) expect(adapter.matches).toEqual(matchPatterns(adapter.platform));
  });

  it('lists exact hosts only: no wildcard over subdomains we never read', () => {
    const patterns = allMatchPatterns();
    expect(patterns).toEqual([
      'https://www.youtube.com/*',
      'https://m.youtube.com/*',
      'https://www.instagram.com/*',
      'https://www.tiktok.com/*',
      'https://x.com/*',
      'https://twitter.com/*',
      'https://mobile.x.com/*',
    ]);
    for (const p of patterns) expect(p).not.toContain('*.');
  });

  it.each([
    ['https://www.youtube.com/@kurzgesagt', 'youtube'],
    ['https://m.youtube.com/watch?v=abcdefghijk', 'youtube'],
    ['https://www.instagram.com/natgeo/', 'instagram'],
    ['https://www.tiktok.com/@khaby.lame', 'tiktok'],
    ['https://x.com/XDevelopers', 'x'],
    ['https://twitter.com/XDevelopers', 'x'],
    ['https://mobile.x.com/XDevelopers', 'x'],
    ['https://studio.youtube.com/channel/UC1', null],
    ['https://ads.tiktok.com/', null],
    ['https://developer.x.com/', null],
    ['https://help.instagram.com/', null],
    ['http://x.com/XDevelopers', null],
    ['https://x.com.evil.example/XDevelopers', null],
    ['https://evilx.com/', null],
  ])('platformOfPageUrl(%s) = %s', (url, platform) => {
    expect(platformOfPageUrl(url)).toBe(platform);
  });

  it.each([
    ['youtube', 'https://m.youtube.com/youtubei/v1/next?prettyPrint=false', true],
    ['youtube', 'https://youtubei.googleapis.com/youtubei/v1/reel/reel_item_watch?prettyPrint=false', true],
    ['youtube', 'https://studio.youtube.com/youtubei/v1/browse', false],
    ['youtube', 'http://www.youtube.com/youtubei/v1/browse', false],
    ['instagram', 'https://www.instagram.com/api/v1/media/3100000001795300000/info/', true],
    ['instagram', 'https://i.instagram.com/api/v1/feed/timeline/', true],
    ['instagram', 'https://www.instagram.com/api/v1/direct_v2/inbox/', false],
    ['tiktok', 'https://www.tiktok.com/api/search/general/full/?keyword=a', true],
    ['tiktok', 'https://ads.tiktok.com/api/user/detail/', false],
    ['x', 'https://twitter.com/i/api/graphql/abc/UserTweets', true],
    ['x', 'https://mobile.x.com/i/api/graphql/abc/UserMedia', true],
    ['x', 'https://x.com/i/api/graphql/abc/Likes', true],
    ['x', 'https://x.com/i/api/graphql/abc/ListLatestTweetsTimeline', true],
    ['x', 'https://x.com/i/api/graphql/abc/DMInboxTimeline', false],
  ] as const)('%s allows %s: %s', (platform, url, allowed) => {
    expect(isAllowedApiUrl(platform, url)).toBe(allowed);
  });

  it.each([
    ['youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3', 'dQw4w9WgXcQ'],
    ['youtube', 'https://m.youtube.com/shorts/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['youtube', 'https://www.youtube.com/live/X4VbdwhkE10?si=a', 'X4VbdwhkE10'],
    ['youtube', 'https://www.youtube.com/watch?v=short', undefined],
    ['instagram', 'https://www.instagram.com/p/DF5s0duxDts/', 'DF5s0duxDts'],
    ['instagram', 'https://www.instagram.com/natgeo/p/DF5s0duxDts/', 'DF5s0duxDts'],
    ['instagram', 'https://www.instagram.com/reel/DF5s0duxDts/', 'DF5s0duxDts'],
    ['instagram', 'https://www.instagram.com/natgeo/', undefined],
    ['tiktok', 'https://www.tiktok.com/@zg.520/video/7603296357641735445', '7603296357641735445'],
    ['tiktok', 'https://www.tiktok.com/@zg.520/photo/7603296357641735445', '7603296357641735445'],
    ['x', 'https://twitter.com/XDevelopers/status/1866193461329903616', '1866193461329903616'],
    ['x', 'https://mobile.x.com/XDevelopers/status/1866193461329903616/photo/1', '1866193461329903616'],
    ['x', 'https://x.com/i/web/status/1866193461329903616', '1866193461329903616'],
    ['x', 'https://x.com/XDevelopers', undefined],
  ] as const)('%s post of %s = %s', (platform, url, id) => {
    expect(postIdFromUrl(platform, url)).toBe(id);
  });

  it.each([
    ['youtube', '/@kurzgesagt/videos', 'kurzgesagt'],
    ['youtube', '/kurzgesagt', undefined],
    ['instagram', '/explore/', undefined],
    ['instagram', '/natgeo/', 'natgeo'],
    ['x', '/home', undefined],
    ['x', '/i/flow/login', undefined],
    ['x', '/a_handle_far_too_long', undefined],
    ['tiktok', '/@khaby.lame', 'khaby.lame'],
  ] as const)('%s handle of %s = %s', (platform, path, handle) => {
    expect(handleFromPagePath(platform, path)).toBe(handle);
  });

  it('names the creator and the canonical page on twitter.com and the mobile hosts', () => {
    expect(handleFromUrl('https://twitter.com/XDevelopers/status/1')).toEqual({ platform: 'x', handle: 'XDevelopers' });
    expect(handleFromUrl('https://mobile.x.com/XDevelopers')).toEqual({ platform: 'x', handle: 'XDevelopers' });
    expect(pageKey('https://twitter.com/XDevelopers/')).toBe('https://x.com/XDevelopers');
    expect(pageKey('https://m.youtube.com/@kurzgesagt')).toBe('https://www.youtube.com/@kurzgesagt');
  });

  it('accepts content-script messages from every page host and no other', () => {
    const self = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
    for (const pattern of allMatchPatterns()) {
      const url = pattern.replace('/*', '/someone');
      const verdict = checkContentScriptSender({ id: 'ext', url, tab: { id: 1 } }, self);
      expect(verdict.ok, url).toBe(true);
    }
    expect(checkContentScriptSender({ id: 'ext', url: 'https://studio.youtube.com/x', tab: { id: 1 } }, self).ok).toBe(false);
  });

  it('profile ids name a registered platform', () => {
    expect(PROFILE_ID_PATTERN.test('youtube:kurzgesagt')).toBe(true);
    expect(PROFILE_ID_PATTERN.test('x:XDevelopers')).toBe(true);
    expect(PROFILE_ID_PATTERN.test('myspace:tom')).toBe(false);
  });
});

describe('published engagement benchmarks, in the registry', () => {
  it.each(REGISTERED_PLATFORMS)('%s: one band per follower tier, low below high, with its source', (platform) => {
    const { benchmark } = PLATFORM_REGISTRY[platform];
    expect(benchmark.bands).toHaveLength(FOLLOWER_TIERS.length);
    for (const [low, high] of benchmark.bands) expect(0 < low && low < high && high < 100).toBe(true);
    expect(benchmark.source.publisher.length).toBeGreaterThan(3);
    // A year, a span of years or a month: the interface formats a month in the UI language.
    expect(benchmark.source.edition).toMatch(/^\d{4}(-\d{2}|–\d{4})?$/);
  });

  it('tiers cover every follower count from 1,000 up, without gaps or overlaps', () => {
    expect(FOLLOWER_TIERS[0]!.min).toBe(1_000);
    for (const [i, tier] of FOLLOWER_TIERS.entries()) {
      if (i > 0) expect(tier.min).toBe(FOLLOWER_TIERS[i - 1]!.max);
    }
    expect(FOLLOWER_TIERS.at(-1)!.max).toBe(Infinity);
  });
});
