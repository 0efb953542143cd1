/** Number and date formatting for the UI. Unknown stays "unknown": we never show a guess. */
export const UNKNOWN = 'unknown';

export function formatCount(n: number | undefined, locale?: string): string {
  if (n === undefined || !Number.isFinite(n)) return UNKNOWN;
  return new Intl.NumberFormat(locale).format(n);
}

export function formatCompact(n: number | undefined, locale?: string): string {
  if (n === undefined || !Number.isFinite(n)) return UNKNOWN;
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

export function formatPercent(share: number | undefined, digits = 0, locale?: string): string {
  if (share === undefined || !Number.isFinite(share)) return UNKNOWN;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

export function formatDateTime(epochMs: number | undefined, locale?: string): string {
  if (epochMs === undefined || !Number.isFinite(epochMs)) return UNKNOWN;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

/** "+1,200 (+0.5%)" style change between two observations, or unknown with fewer than two. */
export function formatChange(first: number | undefined, last: number | undefined, locale?: string): string {
  if (first === undefined || last === undefined) return UNKNOWN;
  const diff = last - first;
  const sign = diff > 0 ? '+' : '';
  const pct = first > 0 ? ` (${sign}${formatPercent(diff / first, 1, locale)})` : '';
  return `${sign}${formatCount(diff, locale)}${pct}`;
}
