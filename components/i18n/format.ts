/**
 * Numbers, shares, compact counts and dates in the UI language (browser.i18n.getUILanguage()),
 * over lib/ui/format's Intl formatters. What is not known is said in words ("unknown"), never
 * shown as a guess.
 */
import * as intl from '../../lib/ui/format';
import { t, uiLocale } from './t';

const known = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);

/** "1,234" / "1.234". */
export const formatCount = (n: number | undefined): string => (known(n) ? intl.formatCount(n, uiLocale()) : t('unknown'));

/** "1.2M" / "1,2 mi". */
export const formatCompact = (n: number | undefined): string => (known(n) ? intl.formatCompact(n, uiLocale()) : t('unknown'));

/** A share of 1 as a percentage: "12%" / "12 %". */
export const formatPercent = (share: number | undefined, digits = 0): string =>
  known(share) ? intl.formatPercent(share, digits, uiLocale()) : t('unknown');

/** Date and time, medium date and short time. */
export const formatDateTime = (epochMs: number | undefined): string => (known(epochMs) ? intl.formatDateTime(epochMs, uiLocale()) : t('unknown'));

/** "+1,200 (+0.5%)": the change between two observations. */
export const formatChange = (first: number | undefined, last: number | undefined): string =>
  known(first) && known(last) ? intl.formatChange(first, last, uiLocale()) : t('unknown');

/** A byte count in megabytes, one decimal below 10 MB: "3.2 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: 'megabyte', maximumFractionDigits: mb < 10 ? 1 : 0, minimumFractionDigits: mb < 10 ? 1 : 0 }).format(mb);
}

/** A share with exactly `digits` decimals ("3.10%"), where the decimals carry the point being made. */
export function formatPercentFixed(share: number, digits: number): string {
  if (!Number.isFinite(share)) return t('unknown');
  return new Intl.NumberFormat(uiLocale(), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

/** Two numbers as the language writes a range; one number when both round to the same. */
function range(format: Intl.NumberFormat, low: number, high: number): string {
  const a = format.format(low);
  return a === format.format(high) ? a : format.formatRange(low, high);
}

/** A range of shares: "0.2% – 0.3%" in English, "0,2–0,3 %" in German. */
export function formatPercentRange(low: number, high: number, digits = 0): string {
  if (!known(low) || !known(high)) return t('unknown');
  return range(new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: digits }), low, high);
}

/** A range of counts or scores: "61–80" ("61-80" in Spanish). */
export function formatCountRange(low: number, high: number): string {
  if (!known(low) || !known(high)) return t('unknown');
  return range(new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 0 }), low, high);
}

/** Alternatives as the UI language lists them: "English, German, or French" / "Englisch, Deutsch oder Französisch". */
export function formatAlternatives(items: readonly string[]): string {
  return new Intl.ListFormat(uiLocale(), { type: 'disjunction' }).format(items);
}
