/**
 * TikTok Studio → Analytics → Followers → Download data. The zip holds FollowerGender.csv
 * ("Gender","Distribution": "Female","61%") and FollowerTopTerritories.csv ("Top
 * territories","Distribution": "BR","92.5%"), UTF-8 with a BOM, every cell quoted; paste
 * or upload them together. An "Age","Distribution" table is read too where an export has
 * one. "Top territories" lists only the largest countries: the rest stays unknown.
 * Format and examples: docs/analytics-import.md.
 */
import { csvTables } from './blocks';
import { emptyDemographics, type AnalyticsParse } from './demographics';
import { readMarginalTable, type MarginalDimension } from './marginal-table';

function dimensionOf(first: string): MarginalDimension | null {
  if (/gender/i.test(first)) return 'gender';
  if (/territor|countr|region|location/i.test(first)) return 'country';
  if (/age/i.test(first)) return 'age';
  return null;
}

export function parseTikTokFollowers(text: string): AnalyticsParse {
  const demographics = emptyDemographics('tiktok');
  const rejected: AnalyticsParse['rejected'] = [];
  for (const table of csvTables(text)) {
    const dimension = dimensionOf(table.header[0] ?? '');
    if (!dimension) {
      rejected.push({ row: table.headerLine, reason: 'unknown-tiktok-table', value: (table.header[0] ?? '').slice(0, 60) });
      continue;
    }
    const found = table.header.findIndex((h, i) => i > 0 && /distribution|percent|share|%/i.test(h));
    readMarginalTable(table, dimension, found > 0 ? found : 1, false, demographics, rejected);
  }
  return { demographics, rejected };
}
