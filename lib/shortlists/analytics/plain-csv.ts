/**
 * The plain CSV for any other platform: a header `age_band,gender,country,share` (any order,
 * any case) and one row per audience cell. An empty cell, "*" or "all" means the row does
 * not split on that column. Shares are percentages ("12.5%" or 12.5 when they add up to
 * about 100) or fractions (0.125). Rows naming all three form joint cells, which the
 * personas use directly. Format and examples: docs/analytics-import.md.
 */
import { csvTables } from './blocks';
import {
  addShare,
  emptyDemographics,
  normaliseAgeBand,
  normaliseCountry,
  normaliseGender,
  parseShare,
  type AnalyticsParse,
  type AnalyticsRejection,
  type DemoGender,
  type ParsedShare,
} from './demographics';

export const PLAIN_COLUMNS = ['age_band', 'gender', 'country', 'share'] as const;
const ANY = new Set(['', '*', 'all', 'any']);

export function parsePlainCsv(text: string): AnalyticsParse {
  const demographics = emptyDemographics('plain-csv');
  const rejected: AnalyticsParse['rejected'] = [];
  const tables = csvTables(text);
  const table = tables[0];
  const header = table?.header.map((h) => h.toLowerCase()) ?? [];
  const col = Object.fromEntries(PLAIN_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof PLAIN_COLUMNS)[number], number>;
  if (!table || col.share < 0 || (col.age_band < 0 && col.gender < 0 && col.country < 0)) {
    rejected.push({ row: table?.headerLine ?? 1, reason: 'expected-header' });
    return { demographics, rejected };
  }
  for (const extra of tables.slice(1)) rejected.push({ row: extra.headerLine, reason: 'extra-table' });

  const kept: { age: string | null; gender: DemoGender | null; country: string | null; share: ParsedShare; line: number }[] = [];
  for (const { line, cells } of table.rows) {
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
    const rawAge = cell(col.age_band);
    const rawGender = cell(col.gender);
    const rawCountry = cell(col.country);
    const age = ANY.has(rawAge.toLowerCase()) ? null : normaliseAgeBand(rawAge);
    const gender = ANY.has(rawGender.toLowerCase()) ? null : normaliseGender(rawGender);
    const country = ANY.has(rawCountry.toLowerCase()) ? null : normaliseCountry(rawCountry);
    const share = parseShare(cell(col.share));
    const problem: Omit<AnalyticsRejection, 'row'> | null =
      age === null && !ANY.has(rawAge.toLowerCase())
        ? { reason: 'not-an-age-band', value: rawAge.slice(0, 40) }
        : gender === null && !ANY.has(rawGender.toLowerCase())
          ? { reason: 'not-a-gender', value: rawGender.slice(0, 40) }
          : country === null && !ANY.has(rawCountry.toLowerCase())
            ? { reason: 'not-a-country', value: rawCountry.slice(0, 40) }
            : !share
              ? { reason: 'share-not-a-number', value: cell(col.share).slice(0, 30) }
              : null;
    if (problem) rejected.push({ row: line, ...problem });
    else kept.push({ age, gender, country, share: share!, line });
  }

  // Percent when marked, or when the numbers add up to about 100 rather than about 1.
  const sum = kept.reduce((a, k) => a + k.share.value, 0);
  const percent = kept.some((k) => k.share.percent) || sum > 1.5;
  const total = percent ? sum / 100 : sum;
  if (total > 1.02) {
    for (const k of kept) rejected.push({ row: k.line, reason: 'shares-over-100' });
    return { demographics, rejected };
  }
  for (const k of kept) {
    const share = percent ? k.share.value / 100 : k.share.value;
    if (k.age) addShare(demographics.age, k.age, share);
    if (k.gender) addShare(demographics.gender, k.gender, share);
    if (k.country) addShare(demographics.country, k.country, share);
    if (k.age && k.gender && k.country) demographics.cells.push({ age: k.age, gender: k.gender, country: k.country, share });
  }
  demographics.rows = kept.length;
  return { demographics, rejected };
}
