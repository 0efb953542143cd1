/**
 * What a user types to name a creator in the dashboard: the profile's address as they see it
 * in the browser ("https://www.youtube.com/@lenatravels") or "platform:handle". Pure.
 */
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
  const m = /^(youtube|instagram|tiktok|x):@?(.+)$/i.exec(s);
  if (!m) return null;
  const id = profileIdOf(m[1]!.toLowerCase() as 'youtube', m[2]!);
  return ProfileIdSchema.safeParse(id).success ? id : null;
}
