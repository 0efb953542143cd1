/** Handles as the schema wants them: no leading @, no whitespace or control characters. */
import { LIMITS } from './batch';

const VALID = /^[^\s@\p{Cc}][^\s\p{Cc}]*$/u;

export function normalizeHandle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const handle = value.trim().replace(/^@+/, '');
  if (handle.length === 0 || handle.length > LIMITS.handle || !VALID.test(handle)) return undefined;
  return handle;
}

/** The "@handle" segment of a profile address ("http://www.youtube.com/@kurzgesagt", "/@x/videos"). */
export function handleFromPath(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const m = /(?:^|\/)@([^/?#\s]+)/.exec(url);
  if (!m?.[1]) return undefined;
  let raw = m[1];
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // keep the raw segment: a stray % is still a usable handle character
  }
  return normalizeHandle(raw);
}
