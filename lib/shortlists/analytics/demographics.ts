/**
 * A creator's own audience demographics, as their platform's analytics export states them:
 * shares per age band, gender and country. Every parser (YouTube Studio, TikTok, plain CSV)
 * produces this one shape; the personas and the segment shares are derived from it.
 * Pure: no browser, no Dexie.
 */
import { englishNamedCodes } from '../../ui/labels';

export type AnalyticsKind = 'youtube-studio' | 'tiktok' | 'plain-csv';
export const ANALYTICS_KINDS: readonly AnalyticsKind[] = ['youtube-studio', 'tiktok', 'plain-csv'];

export type DemoGender = 'female' | 'male' | 'other';

export interface DemographicCell {
  age: string | null;
  gender: DemoGender | null;
  country: string | null;
  share: number;
}

export interface Demographics {
  kind: AnalyticsKind;
  /** Shares per value, summing to ≤ 1 (the rest is what the export left out: "unknown"). */
  age: Record<string, number>;
  gender: Partial<Record<DemoGender, number>>;
  country: Record<string, number>;
  /** Joint age × gender × country shares when the source states them (plain CSV only). */
  cells: DemographicCell[];
  /** Rows read successfully. */
  rows: number;
}

/**
 * Why a line of an analytics export was not used, as a code the dashboard words
 * (components/coded-messages.ts), with what the line said where that helps ("not a country:
 * “Atlantis”"). 'unreadable-line' stands in for a reason stored by an older build in words.
 */
export const ANALYTICS_REJECTION_REASONS = [
  'file-too-large',
  'no-rows',
  'expected-header',
  'extra-table',
  'unknown-youtube-table',
  'unknown-tiktok-table',
  'not-an-age-band',
  'not-a-gender',
  'not-a-country',
  'share-not-a-number',
  'shares-over-100',
  'unreadable-line',
] as const;

export type AnalyticsRejectionReason = (typeof ANALYTICS_REJECTION_REASONS)[number];

export interface AnalyticsRejection {
  /** 1-based line in the text as given. */
  row: number;
  reason: AnalyticsRejectionReason;
  /** The cell the reason is about, as the file had it (at most 60 characters). */
  value?: string;
}

/**
 * Rejections as stored (settings rows of any build): rows with a code as they are, rows whose
 * reason an older build stored in English words as 'unreadable-line' (no sentence is shown
 * or kept), anything else dropped.
 */
export function readStoredRejections(stored: unknown): AnalyticsRejection[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((r: unknown) => {
    if (typeof r !== 'object' || r === null) return [];
    const { row, reason, value } = r as Record<string, unknown>;
    if (typeof row !== 'number' || !Number.isInteger(row) || row < 1) return [];
    if (!(ANALYTICS_REJECTION_REASONS as readonly unknown[]).includes(reason)) return [{ row, reason: 'unreadable-line' as const }];
    return [{ row, reason: reason as AnalyticsRejectionReason, ...(typeof value === 'string' ? { value: value.slice(0, 60) } : {}) }];
  });
}

export interface AnalyticsParse {
  demographics: Demographics;
  rejected: AnalyticsRejection[];
}

/** "18-24", "age18-24", "age 18–24 years", "65+", "age65-" → "18-24" / "65+"; null if not an age band. */
export function normaliseAgeBand(raw: string): string | null {
  const s = raw.trim().toLowerCase().replace(/^age\s*/, '').replace(/\s*(years?|yrs?|ans|jahre|años)\.?$/, '').replace(/[–—]/g, '-');
  let m = /^(\d{1,2})\s*-\s*(\d{1,2})$/.exec(s);
  if (m) return Number(m[1]) < Number(m[2]) ? `${Number(m[1])}-${Number(m[2])}` : null;
  m = /^(\d{1,2})\s*(\+|-|and over|or older)$/.exec(s);
  if (m) return `${Number(m[1])}+`;
  return null;
}

export function normaliseGender(raw: string): DemoGender | null {
  const s = raw.trim().toLowerCase();
  if (['female', 'women', 'woman', 'f', 'femme', 'weiblich', 'mujer', 'feminino', 'feminine'].includes(s)) return 'female';
  if (['male', 'men', 'man', 'm', 'homme', 'männlich', 'hombre', 'masculino', 'masculine'].includes(s)) return 'male';
  if (['other', 'others', 'user-specified', 'user specified', 'non-binary', 'nonbinary', 'unspecified', 'diverse'].includes(s)) return 'other';
  return null;
}

let countryNames: Map<string, string> | null = null;
let codes: Set<string> | null = null;
/** English country names → ISO 3166-1 alpha-2, built from the runtime's own ICU data (no table to ship). */
function countryByName(): Map<string, string> {
  if (countryNames) return countryNames;
  countryNames = new Map();
  for (const [code, name] of englishNamedCodes('region')) {
    // Deprecated aliases (UK, DD, SU …) canonicalise to another code: keep only real ones.
    if (!/unknown/i.test(name) && new Intl.Locale(`und-${code}`).region === code) countryNames.set(name.toLowerCase(), code);
  }
  for (const [alias, code] of [
    ['usa', 'US'],
    ['united states of america', 'US'],
    ['uk', 'GB'],
    ['great britain', 'GB'],
    ['england', 'GB'],
    ['south korea', 'KR'],
    ['russia', 'RU'],
    ['türkiye', 'TR'],
    ['turkey', 'TR'],
    ['czech republic', 'CZ'],
  ] as const) {
    countryNames.set(alias, code);
  }
  return countryNames;
}

/** "US", "us", "United States" → "US"; null when it is no country we know. */
export function normaliseCountry(raw: string): string | null {
  const s = raw.trim();
  const byName = countryByName();
  if (/^[A-Za-z]{2}$/.test(s)) {
    const code = new Intl.Locale(`und-${s.toUpperCase()}`).region ?? '';
    if (codes === null) codes = new Set(byName.values());
    if (codes.has(code)) return code;
  }
  return byName.get(s.toLowerCase()) ?? null;
}

export interface ParsedShare {
  value: number;
  percent: boolean;
}

/** "61%", "61.5 %", "61,5%", "0.615", "12,543" (a count) → a number and whether it was a percentage. */
export function parseShare(raw: string): ParsedShare | null {
  let s = raw.trim().replace(/\s+/g, '');
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? { value, percent } : null;
}

/**
 * A table's values as shares: percentages / 100; fractions as they are; anything else (view
 * counts) divided by their total (the export's own "Total" row when it has one). Returns null when the result cannot be shares (sum far over 1).
 */
export function toShares(values: readonly ParsedShare[], headerSaysPercent: boolean, total?: number): number[] | null {
  if (values.length === 0) return [];
  const anyPercent = headerSaysPercent || values.some((v) => v.percent);
  const raw = values.map((v) => (anyPercent ? v.value / 100 : v.value));
  const sum = raw.reduce((a, b) => a + b, 0);
  if (anyPercent || sum <= 1.0001) return sum <= 1.02 ? raw.map((x) => x / Math.max(1, sum)) : null;
  const denominator = total !== undefined && total >= sum ? total : sum;
  return raw.map((x) => x / denominator);
}

export function emptyDemographics(kind: AnalyticsKind): Demographics {
  return { kind, age: {}, gender: {}, country: {}, cells: [], rows: 0 };
}

export function addShare<K extends string>(target: Partial<Record<K, number>>, key: K, share: number): void {
  target[key] = (target[key] ?? 0) + share;
}
