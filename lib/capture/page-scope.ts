/**
 * What a page may speak for. A capture comes from a content script inside a platform page,
 * and any script on that page (an XSS there, another extension's MAIN-world script) can
 * forge what our bridge hands over. So a batch is believed only about what its tab's own
 * address shows: the creator it names (/@handle, /handle, /@handle/video/…) and the post it
 * addresses (watch?v=, /shorts/, /p/, /reel/, /video/, /status/). Ingest applies the rules
 * (lib/db/ingest.ts); this only reads the address. Pure.
 */
import type { Platform } from './batch';
import { handleFromUrl, platformOfUrl } from '../report/page-address';

export interface PageScope {
  platform: Platform;
  /** `platform:handle` of the creator the address names, when it names one. */
  namedProfileId?: string;
  /** `platform:postId` of the post the address shows, when it shows one. */
  addressedPostKey?: string;
}

const POST_PATTERNS: Record<Platform, RegExp> = {
  youtube: /^\/shorts\/([\w-]{6,})/,
  instagram: /\/(?:p|reels?|tv)\/([\w-]+)/,
  tiktok: /^\/@[^/]+\/(?:video|photo)\/(\d+)/,
  x: /^\/[^/]+\/status(?:es)?\/(\d+)/,
};

export function pageScopeOf(url: string): PageScope | null {
  const platform = platformOfUrl(url);
  if (!platform) return null;
  const parsed = new URL(url);
  const named = handleFromUrl(url);
  const video = platform === 'youtube' && parsed.pathname === '/watch' ? parsed.searchParams.get('v') : null;
  const postId = video ?? POST_PATTERNS[platform].exec(parsed.pathname)?.[1];
  return {
    platform,
    namedProfileId: named ? `${named.platform}:${named.handle.toLowerCase()}` : undefined,
    addressedPostKey: postId ? `${platform}:${postId}` : undefined,
  };
}
