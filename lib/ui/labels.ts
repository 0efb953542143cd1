/**
 * Human names for codes, from the browser's own locale data (Intl.DisplayNames): no tables
 * to ship, and they follow the user's language.
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

/** Named region groups the traits engine uses besides ISO countries. */
const GROUPS: Record<string, string> = { LATAM: 'Latin America', EU: 'Europe', MENA: 'Middle East & North Africa' };

export function regionLabel(code: string, locale?: string): string {
  if (!code || code === 'unknown') return 'unknown';
  if (GROUPS[code]) return GROUPS[code];
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

/** 'home-garden' → 'Home & garden'. */
export function interestLabel(category: string): string {
  const words = category.replace('-garden', ' & garden').replace('-design', ' & design').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
