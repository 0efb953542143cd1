/**
 * What a user types to name a creator in the dashboard: the profile's address as they see it
 * in the browser ("https://www.youtube.com/@lenatravels") or "platform:handle". Pure.
 */
import type { Platform } from '../capture/batch';
import { PROFILE_ID_PATTERN } from '../capture/platforms';
import { profileIdOf } from '../db/records';
import { handleFromUrl } from '../report/page-address';
import { ProfileIdSchema } from './messages';

export function profileIdFromInput(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  if (/^https?:\/\//i.test(s)) {
    try {
      const named = handleFromUrl(s);
      return named ? profileIdOf(named.platform, named.handle) : null;
    } catch {
      return null;
    }
  }
  const m = PROFILE_ID_PATTERN.exec(s);
  if (!m) return null;
  const id = profileIdOf(m[1]!.toLowerCase() as Platform, m[2]!.replace(/^@/, ''));
  return ProfileIdSchema.safeParse(id).success ? id : null;
}
