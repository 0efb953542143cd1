/**
 * Page addresses → what the popup should report on. Pure, so the popup, the background and
 * tests agree on one rule.
 */
import type { Platform } from '../capture/batch';

const CANONICAL_HOST: Record<Platform, string> = {
  youtube: 'www.youtube.com',
  instagram: 'www.instagram.com',
  tiktok: 'www.tiktok.com',
  x: 'x.com',
};

export function platformOfUrl(url: string): Platform | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return null;
    host = parsed.hostname.toLowerCase();
  } catch {
    return null;
  }
  const is = (domain: string) => host === domain || host.endsWith(`.${domain}`);
  if (is('youtube.com')) return 'youtube';
  if (is('instagram.com')) return 'instagram';
  if (is('tiktok.com')) return 'tiktok';
  if (is('x.com')) return 'x';
  return null;
}

/**
 * A stable key for "the same page": canonical host, path without trailing slash, and only
 * the query parameters that select content (YouTube's `v`). Tracking parameters and
 * fragments would otherwise make every visit a new page.
 */
export function pageKey(url: string): string | null {
  const platform = platformOfUrl(url);
  if (!platform) return null;
  const parsed = new URL(url);
  const path = parsed.pathname.replace(/\/+$/, '') || '/';
  const video = platform === 'youtube' && path === '/watch' ? parsed.searchParams.get('v') : null;
  return `https://${CANONICAL_HOST[platform]}${path}${video ? `?v=${video}` : ''}`;
}

/** First path segments that are app sections, not user names. */
const RESERVED: Record<Platform, ReadonlySet<string>> = {
  youtube: new Set(['watch', 'results', 'feed', 'shorts', 'playlist', 'channel', 'c', 'user', 'embed', 'live']),
  instagram: new Set(['p', 'reel', 'reels', 'explore', 'stories', 'direct', 'accounts', 'tv', 'about', 'developer']),
  tiktok: new Set(['foryou', 'following', 'explore', 'live', 'tag', 'music', 'search', 'discover']),
  x: new Set(['home', 'explore', 'notifications', 'messages', 'search', 'settings', 'i', 'compose', 'tos', 'privacy', 'login', 'signup']),
};

/**
 * The creator handle an address names, when it names one: /@handle on YouTube and TikTok,
 * /handle on Instagram and X. Used before anything from that page was captured.
 */
export function handleFromUrl(url: string): { platform: Platform; handle: string } | null {
  const platform = platformOfUrl(url);
  if (!platform) return null;
  const first = new URL(url).pathname.split('/').filter(Boolean)[0];
  if (!first) return null;
  let segment: string;
  try {
    segment = decodeURIComponent(first);
  } catch {
    return null;
  }
  if (platform === 'youtube' || platform === 'tiktok') {
    if (!segment.startsWith('@') || segment.length < 2) return null;
    segment = segment.slice(1);
  } else if (RESERVED[platform].has(segment.toLowerCase())) {
    return null;
  }
  if (!/^[\p{L}\p{N}._-]{1,100}$/u.test(segment)) return null;
  return { platform, handle: segment };
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
