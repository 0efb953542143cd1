/**
 * TikTok Studio → Analytics → Followers → Download data. The zip holds FollowerGender.csv
 * ("Gender","Distribution": "Female","61%") and FollowerTopTerritories.csv ("Top
 * territories","Distribution": "BR","92.5%"), UTF-8 with a BOM, every cell quoted; paste
 * or upload them together. An "Age","Distribution" table is read too where an export has
 * one. "Top territories" lists only the largest countries: the rest stays unknown.
 * Format and examples: docs/analytics-import.md.
 */
import type { AnalyticsParse } from './demographics';
import { readMarginalExport, type MarginalDimension } from './marginal-table';

function dimensionOf(first: string): MarginalDimension | null {
  if (/gender/i.test(first)) return 'gender';
  if (/territor|countr|region|location/i.test(first)) return 'country';
  if (/age/i.test(first)) return 'age';
  return null;
}

/** "Distribution" (or a percent-like header), else the second column; its cells carry their own "%". */
function shareColumn(header: readonly string[]): { index: number; percent: boolean } {
  const found = header.findIndex((h, i) => i > 0 && /distribution|percent|share|%/i.test(h));
  return { index: found > 0 ? found : 1, percent: false };
}

export function parseTikTokFollowers(text: string): AnalyticsParse {
  return readMarginalExport(text, { kind: 'tiktok', dimensionOf, unknownTable: 'unknown-tiktok-table', shareColumn });
}
