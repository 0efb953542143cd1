/**
 * What a comment is keyed by once its text is gone. A platform comment id (`youtube:Ugx…`)
 * leads publicly to its author on YouTube and X, so the retention purge replaces it with a
 * keyed hash under the install secret: the same comment seen again still meets its row (no
 * engagement is counted twice), but the row no longer names anything a stranger can look up.
 *
 * The hash reuses the commenters' keyed hash (HMAC-SHA-256 under the install secret), over
 * the id in hex so that the handle normalisation (lowercasing) loses nothing of it.
 */
import type { Platform } from '../capture/batch';

export type MemberKeyFn = (platform: Platform, handle: string) => Promise<string>;

const HASHED = ':h:';

export function isHashedCommentKey(key: string): boolean {
  return key.includes(HASHED);
}

function hex(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** `youtube:Ugx…` → `youtube:h:<64 hex>`. */
export async function hashedCommentKey(memberKey: MemberKeyFn, key: string): Promise<string> {
  const platform = key.slice(0, key.indexOf(':')) as Platform;
  return `${platform}${HASHED}${await memberKey(platform, `comment-${hex(key)}`)}`;
}
