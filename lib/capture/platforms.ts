/**
 * The platform registry: everything Persona Lens knows about a platform's addresses, in one
 * entry per platform. The manifest's matches and host permissions (wxt.config.ts), the page
 * bridge's hosts, the adapters' host and API allow-lists, page-address parsing, the profile-id
 * patterns, the sender rules and the engagement formula all derive from it, so they cannot
 * disagree. Pure data and pure functions: the popup imports it without any adapter.
 *
 * Adding a platform: docs/capture.md, "Adding a platform".
 */
import type { Platform } from './batch';

export type EngagementBasis = 'views' | 'followers';

export interface PlatformEntry {
  platform: Platform;
  /** Hosts whose pages we read, canonical first. Exactly these: no wildcard over subdomains
   * (studio.youtube.com, ads.tiktok.com …) we never read. */
  pageHosts: readonly string[];
  /** Further hosts the pages' own API requests go to; their responses are read, their pages never. */
  apiHosts: readonly string[];
  /** Where a profile address names its creator: `/@handle` or `/handle`. */
  handleInPath: 'at' | 'bare';
  /** First path segments that are app sections, never a user (lower case). */
  reservedPaths: readonly string[];
  /** A handle as the platform allows it (without "@"). */
  handleFormat: RegExp;
  /** A post's id as the platform writes it. */
  postIdFormat: RegExp;
  /** A post page's path; group 1 is the post id (YouTube's `watch?v=` is read from the query). */
  postPaths: readonly RegExp[];
  /** The query parameter that names a post (YouTube's `v`), if any. */
  postQuery?: string;
  /** Allow-listed API paths: a response is read only when its host and path match. */
  apiPaths: readonly RegExp[];
  /** Per-post engagement: which interactions count, over what. */
  engagement: { basis: EngagementBasis; interactions: readonly ('likes' | 'comments' | 'shares')[]; text: string };
  /** The published engagement benchmark for each of FOLLOWER_TIERS (lib/metrics/engagement.ts). */
  benchmark: PublishedBenchmark;
}

/**
 * Follower tiers the published benchmarks are given for; `max` is exclusive. The interface
 * writes a tier from its bounds with the compact number format of the UI language ("10K–50K",
 * "10 mil–50 mil").
 */
export interface FollowerTier {
  min: number;
  max: number;
}

export const FOLLOWER_TIERS: readonly FollowerTier[] = [
  { min: 1_000, max: 5_000 },
  { min: 5_000, max: 10_000 },
  { min: 10_000, max: 50_000 },
  { min: 50_000, max: 100_000 },
  { min: 100_000, max: 500_000 },
  { min: 500_000, max: 1_000_000 },
  { min: 1_000_000, max: Infinity },
];

/**
 * PUBLISHED INDUSTRY BENCHMARKS, not measurements of ours: the "Average" band a vendor publishes
 * for each follower tier, in percent, in FOLLOWER_TIERS order, over the platform's engagement
 * basis. Vendors' methods differ from ours in details (median vs mean, which interactions
 * count), so a placement is indicative only.
 */
/** Why a benchmark is only indicative, as a code; components/text.ts words it. */
export type BenchmarkNote = 'rough' | 'brand-accounts';

/** What kind of figures a source publishes; the interface words the sentence around its name. */
export type BenchmarkScope = 'subscriber-tiers' | 'follower-tiers' | 'brand-median';

/**
 * Who published the figures: `publisher` is a proper name (the same in every language),
 * `edition` a year, a span of years ("2024–2025") or a month ("2025-11").
 */
export interface BenchmarkSource {
  publisher: string;
  scope: BenchmarkScope;
  edition: string;
}

export interface PublishedBenchmark {
  bands: readonly (readonly [number, number])[];
  source: BenchmarkSource;
  note?: BenchmarkNote;
}

export const PLATFORM_REGISTRY: Readonly<Record<Platform, PlatformEntry>> = {
  youtube: {
    platform: 'youtube',
    pageHosts: ['www.youtube.com', 'm.youtube.com'],
    apiHosts: ['youtubei.googleapis.com'],
    handleInPath: 'at',
    reservedPaths: ['watch', 'results', 'feed', 'shorts', 'playlist', 'channel', 'c', 'user', 'embed', 'live', 'hashtag', 'gaming', 'premium'],
    // Since 2022: 3–30 characters, letters and digits of any script, ".", "_" and "-".
    handleFormat: /^[\p{L}\p{N}._-]{3,30}$/u,
    postIdFormat: /^[\w-]{11}$/,
    postPaths: [/^\/(?:shorts|live)\/([\w-]{11})\/?$/],
    postQuery: 'v',
    apiPaths: [/^\/youtubei\/v1\/(?:next|browse|player|reel\/reel_item_watch)\/?$/],
    engagement: { basis: 'views', interactions: ['likes', 'comments'], text: '(likes + comments) / views, per video' },
    // Modash, "YouTube Engagement Rate Calculator" benchmarks (8M+ channels, 2024 page); the
    // page states engagements / views, yet the figures sit well below typical views-based rates,
    // so we flag the comparison as rough.
    benchmark: {
      bands: [[1.47, 2.02], [0.59, 0.82], [0.36, 0.51], [0.23, 0.33], [0.19, 0.27], [0.16, 0.24], [0.13, 0.18]],
      source: { publisher: 'Modash', scope: 'subscriber-tiers', edition: '2024' },
      note: 'rough',
    },
  },
  instagram: {
    platform: 'instagram',
    pageHosts: ['www.instagram.com'],
    apiHosts: ['i.instagram.com'],
    handleInPath: 'bare',
    reservedPaths: ['p', 'reel', 'reels', 'explore', 'stories', 'direct', 'accounts', 'tv', 'about', 'developer', 'api', 'graphql', 'legal', 'web'],
    handleFormat: /^[A-Za-z0-9._]{1,30}$/,
    postIdFormat: /^[\w-]{5,64}$/,
    // 2024+ addresses also put the author first: /<user>/p/<shortcode>/.
    postPaths: [/^\/(?:[A-Za-z0-9._]{1,30}\/)?(?:p|reel|reels|tv)\/([\w-]{5,64})\/?$/],
    apiPaths: [
      /^\/graphql\/query\/?$/,
      /^\/api\/graphql\/?$/,
      /^\/api\/v1\/users\/web_profile_info\/?$/,
      /^\/api\/v1\/users\/\d+\/info\/?$/,
      /^\/api\/v1\/feed\/user\/[^/]+\/?$/,
      /^\/api\/v1\/feed\/user\/[^/]+\/username\/?$/,
      /^\/api\/v1\/feed\/timeline\/?$/,
      /^\/api\/v1\/media\/\d+\/comments\/?$/,
      /^\/api\/v1\/media\/\d+\/info\/?$/,
      /^\/api\/v1\/clips\/user\/?$/,
    ],
    engagement: { basis: 'followers', interactions: ['likes', 'comments'], text: '(likes + comments) / followers, per post' },
    // Modash, "Instagram Engagement Rate Calculator" benchmarks (modash.io, 72M+ profiles,
    // 2023–2024 page): median engagements (likes + comments) / followers, recent 30 posts.
    benchmark: {
      bands: [[3.38, 4.42], [1.25, 1.62], [0.84, 1.11], [0.75, 1.01], [0.87, 1.14], [0.88, 1.13], [1.02, 1.27]],
      source: { publisher: 'Modash', scope: 'follower-tiers', edition: '2024' },
    },
  },
  tiktok: {
    platform: 'tiktok',
    pageHosts: ['www.tiktok.com'],
    apiHosts: [],
    handleInPath: 'at',
    reservedPaths: ['foryou', 'following', 'explore', 'live', 'tag', 'music', 'search', 'discover', 'friends', 'messages'],
    handleFormat: /^[\p{L}\p{N}._-]{2,50}$/u,
    postIdFormat: /^\d{1,25}$/,
    postPaths: [/^\/@[^/]+\/(?:video|photo)\/(\d{1,25})\/?$/],
    apiPaths: [
      /^\/api\/user\/detail\/?$/,
      /^\/api\/post\/item_list\/?$/,
      /^\/api\/comment\/list\/?$/,
      /^\/api\/comment\/list\/reply\/?$/,
      /^\/api\/search\/(?:general|item)\/full\/?$/,
    ],
    engagement: { basis: 'views', interactions: ['likes', 'comments', 'shares'], text: '(likes + comments + shares) / views, per video' },
    // Modash, "TikTok Engagement Rate Calculator" benchmarks, data of November 2025:
    // median engagements / median views over the recent 30 videos.
    benchmark: {
      bands: [[12.06, 14.04], [10.5, 11.83], [8.38, 9.37], [7.22, 8.03], [6.66, 7.39], [6.19, 6.85], [6.2, 6.84]],
      source: { publisher: 'Modash', scope: 'follower-tiers', edition: '2025-11' },
    },
  },
  x: {
    platform: 'x',
    pageHosts: ['x.com', 'twitter.com', 'mobile.x.com'],
    apiHosts: [],
    handleInPath: 'bare',
    reservedPaths: ['home', 'explore', 'notifications', 'messages', 'search', 'settings', 'i', 'compose', 'tos', 'privacy', 'login', 'signup', 'logout', 'hashtag', 'intent', 'share'],
    // X allows 4–15; accounts from before that rule keep shorter ones.
    handleFormat: /^\w{1,15}$/,
    postIdFormat: /^\d{1,25}$/,
    postPaths: [/^\/(?:\w{1,15}|i\/web)\/status(?:es)?\/(\d{1,25})(?:\/.*)?$/],
    apiPaths: [
      /^\/i\/api\/graphql\/[\w-]+\/(?:UserByScreenName|UserTweets|UserTweetsAndReplies|UserMedia|Likes|TweetDetail|SearchTimeline|ListLatestTweetsTimeline|Followers|Following)\/?$/,
      /^\/graphql\/[\w-]+\/(?:UserByScreenName|UserTweets|UserTweetsAndReplies|UserMedia|Likes|TweetDetail|SearchTimeline|ListLatestTweetsTimeline|Followers|Following)\/?$/,
    ],
    engagement: { basis: 'followers', interactions: ['likes', 'comments', 'shares'], text: '(likes + replies + reposts) / followers, per post' },
    // Rival IQ, Social Media Industry Benchmark Report (2024 and 2025 editions): all-industry
    // median engagement rate per post by follower on X, roughly 0.015–0.029%. Brand accounts,
    // not creators, and not tiered: the same band applies to every tier.
    benchmark: {
      bands: [[0.015, 0.029], [0.015, 0.029], [0.015, 0.029], [0.015, 0.029], [0.015, 0.029], [0.015, 0.029], [0.015, 0.029]],
      source: { publisher: 'Rival IQ Social Media Industry Benchmark Report', scope: 'brand-median', edition: '2024–2025' },
      note: 'brand-accounts',
    },
  },
};

export const REGISTERED_PLATFORMS = Object.keys(PLATFORM_REGISTRY) as Platform[];

/** `youtube:kurzgesagt`-style profile ids: a registered platform, ":", a handle. */
export const PROFILE_ID_PATTERN = new RegExp(`^(${REGISTERED_PLATFORMS.join('|')}):(.+)$`, 'i');

/** Match patterns for the platform's content script (and its page-bridge script). */
export function matchPatterns(platform: Platform): string[] {
  return PLATFORM_REGISTRY[platform].pageHosts.map((host) => `https://${host}/*`);
}

/** Every page host we read, as match patterns: the manifest's host permissions. */
export function allMatchPatterns(): string[] {
  return REGISTERED_PLATFORMS.flatMap(matchPatterns);
}

function parse(url: unknown): URL | undefined {
  if (typeof url !== 'string' || url.length > 8192) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The platform whose pages are served at this https address (exact host), or null. */
export function platformOfPageUrl(url: unknown): Platform | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  return REGISTERED_PLATFORMS.find((p) => PLATFORM_REGISTRY[p].pageHosts.includes(host)) ?? null;
}

/** True when `url` is an allow-listed API address of `platform` (a page or API host, a listed path). */
export function isAllowedApiUrl(platform: Platform, url: unknown): boolean {
  const parsed = url instanceof URL ? url : parse(url);
  if (!parsed || parsed.protocol !== 'https:') return false;
  const entry = PLATFORM_REGISTRY[platform];
  const host = parsed.hostname.toLowerCase();
  if (!entry.pageHosts.includes(host) && !entry.apiHosts.includes(host)) return false;
  return entry.apiPaths.some((p) => p.test(parsed.pathname));
}

/** The handle a profile address names (`/@handle` or `/handle`), checked against the platform's format. */
/**
 * What a platform adapter answers from the registry alone: its name, its content scripts'
 * match patterns, and which page and API addresses are its. Every adapter spreads this and
 * adds its readers, so none states its hosts or allow-list a second time.
 */
export function registryAddressing(platform: Platform): {
  platform: Platform;
  matches: string[];
  handlesUrl(url: string): boolean;
  handlesApiUrl(url: string): boolean;
} {
  return {
    platform,
    matches: matchPatterns(platform),
    handlesUrl: (url) => platformOfPageUrl(url) === platform,
    handlesApiUrl: (url) => isAllowedApiUrl(platform, url),
  };
}

export function handleFromPagePath(platform: Platform, pathname: string): string | undefined {
  const entry = PLATFORM_REGISTRY[platform];
  const first = pathname.split('/').filter(Boolean)[0];
  if (!first) return undefined;
  let segment: string;
  try {
    segment = decodeURIComponent(first);
  } catch {
    return undefined;
  }
  if (entry.handleInPath === 'at') {
    if (!segment.startsWith('@')) return undefined;
    segment = segment.slice(1);
  } else if (entry.reservedPaths.includes(segment.toLowerCase())) {
    return undefined;
  }
  return entry.handleFormat.test(segment) ? segment : undefined;
}

/** The post a page address names (`/watch?v=`, `/p/<shortcode>/`, `/video/<id>`, `/status/<id>`). */
export function postIdFromUrl(platform: Platform, url: unknown): string | undefined {
  const parsed = parse(url);
  if (!parsed) return undefined;
  const entry = PLATFORM_REGISTRY[platform];
  if (entry.postQuery && parsed.pathname.replace(/\/+$/, '') === '/watch') {
    const id = parsed.searchParams.get(entry.postQuery) ?? '';
    return entry.postIdFormat.test(id) ? id : undefined;
  }
  for (const pattern of entry.postPaths) {
    const id = pattern.exec(parsed.pathname)?.[1];
    if (id !== undefined && entry.postIdFormat.test(id)) return id;
  }
  return undefined;
}
