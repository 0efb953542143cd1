/**
 * Human names for language and country codes, from the browser's own locale data
 * (Intl.DisplayNames): no tables to ship, and they follow the user's language. Region groups
 * and interests are named by the message catalogue (components/report/value-label.ts).
 */
const cache = new Map<string, Intl.DisplayNames | null>();

function names(type: 'region' | 'language', locale?: string): Intl.DisplayNames | null {
  const key = `${type}:${locale ?? ''}`;
  if (!cache.has(key)) {
    try {
      cache.set(key, new Intl.DisplayNames(locale, { type, fallback: 'code' }));
    } catch {
      cache.set(key, null);
    }
  }
  return cache.get(key) ?? null;
}

export function regionLabel(code: string, locale?: string): string {
  if (!code || code === 'unknown') return 'unknown';
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return names('region', locale)?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function languageLabel(code: string, locale?: string): string {
  if (!code || code === 'unknown') return 'unknown';
  try {
    return names('language', locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}
