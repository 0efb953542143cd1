/**
 * The one list of platform adapters. Content scripts, the page bridge and the inspector pick
 * an adapter here; the registry test checks every entry's platform, patterns and fixtures.
 */
import type { PlatformAdapter } from './adapter';
import { instagramAdapter } from './instagram';
import { tiktokAdapter } from './tiktok';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

export const ADAPTERS: readonly PlatformAdapter[] = [youtubeAdapter, instagramAdapter, tiktokAdapter, xAdapter];

/** The adapter for pages at this address, if any. */
export function adapterForUrl(url: string): PlatformAdapter | undefined {
  return ADAPTERS.find((a) => a.handlesUrl(url));
}

/** The adapter whose API allow-list contains this response address, if any. */
export function adapterForApiUrl(url: string): PlatformAdapter | undefined {
  return ADAPTERS.find((a) => a.handlesApiUrl(url));
}
