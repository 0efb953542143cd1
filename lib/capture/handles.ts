/** Handles as the schema wants them: no leading @, no whitespace or control characters. */
import { LIMITS } from './batch';

const VALID = /^[^\s@\p{Cc}][^\s\p{Cc}]*$/u;

/**
 * The schema's handle rule: no whitespace or control character anywhere, no "@" first.
 * Handles are nearly always ASCII, checked here by char code; the Unicode regex (a tenth of
 * an adapter's time on an Instagram timeline) only sees the rest.
 */
export function isHandleText(value: string): boolean {
  if (value.length === 0 || value.charCodeAt(0) === 0x40) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x80) return VALID.test(value);
    if (c <= 0x20 || c === 0x7f) return false;
  }
  return true;
}

export function normalizeHandle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  // Most handles come without "@": skip the regex for them (one call per record read).
  const handle = trimmed.charCodeAt(0) === 0x40 ? trimmed.replace(/^@+/, '') : trimmed;
  if (handle.length > LIMITS.handle || !isHandleText(handle)) return undefined;
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
