/**
 * Page addresses → what the popup should report on. Pure, so the popup, the background and
 * tests agree on one rule.
 */
import type { Platform } from '../capture/batch';
import { handleFromPagePath, PLATFORM_REGISTRY, platformOfPageUrl } from '../capture/platforms';

/** The platform whose pages we read at this address (exact host, https only), or null. */
export function platformOfUrl(url: string): Platform | null {
  return platformOfPageUrl(url);
}

/**
 * A stable key for "the same page": canonical host, path without trailing slash, and only
 * the query parameters that select content (YouTube's `v`). Tracking parameters and
 * fragments would otherwise make every visit a new page.
 */
export function pageKey(url: string): string | null {
  const platform = platformOfUrl(url);
  if (!platform) return null;
  const entry = PLATFORM_REGISTRY[platform];
  const parsed = new URL(url);
  const path = parsed.pathname.replace(/\/+$/, '') || '/';
  const post = entry.postQuery && path === '/watch' ? parsed.searchParams.get(entry.postQuery) : null;
  return `https://${entry.pageHosts[0]}${path}${post ? `?${entry.postQuery}=${post}` : ''}`;
}

/**
 * The creator handle an address names, when it names one: /@handle on YouTube and TikTok,
 * /handle on Instagram and X. Used before anything from that page was captured.
 */
export function handleFromUrl(url: string): { platform: Platform; handle: string } | null {
  const platform = platformOfUrl(url);
  if (!platform) return null;
  const handle = handleFromPagePath(platform, new URL(url).pathname);
  return handle ? { platform, handle } : null;
}

/**
 * A single post's address whose creator the address itself does not name (YouTube's
 * /watch?v=, /shorts/, /live/; Instagram's /p/, /reel/, /tv/): the page names them once it is
 * read. TikTok and X post addresses carry the handle, so handleFromUrl covers them.
 */
export function isPostAddress(url: string): boolean {
  const platform = platformOfUrl(url);
  if (platform !== 'youtube' && platform !== 'instagram') return false;
  const parsed = new URL(url);
  const [first, second] = parsed.pathname.split('/').filter(Boolean);
  if (platform === 'youtube') return (first === 'watch' && parsed.searchParams.has('v')) || ((first === 'shorts' || first === 'live') && !!second);
  return (first === 'p' || first === 'reel' || first === 'tv') && !!second;
}
