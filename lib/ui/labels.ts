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

/**
 * Every two-letter code the runtime's locale data names in English, with that name: ISO 639-1
 * languages in lower case ("de", "German") or ISO 3166-1 regions in upper case ("DE",
 * "Germany"). Name-to-code lookups are built from it, so no table of names is shipped.
 */
export function englishNamedCodes(type: 'language' | 'region'): [code: string, name: string][] {
  const english = new Intl.DisplayNames(['en'], { type, fallback: 'none' });
  const first = (type === 'language' ? 'a' : 'A').charCodeAt(0);
  const named: [string, string][] = [];
  for (let a = first; a < first + 26; a++) {
    for (let b = first; b < first + 26; b++) {
      const code = String.fromCharCode(a, b);
      const name = english.of(code);
      if (name && name !== code) named.push([code, name]);
    }
  }
  return named;
}
