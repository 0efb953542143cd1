/**
 * One table of shares over a single dimension (age, gender or country), as YouTube Studio and
 * TikTok export them: a label column and a share column. Shared by both parsers.
 */
import { csvTables, type CsvTable } from './blocks';
import {
  addShare,
  emptyDemographics,
  normaliseAgeBand,
  normaliseCountry,
  normaliseGender,
  parseShare,
  toShares,
  type AnalyticsRejection,
  type AnalyticsKind,
  type AnalyticsParse,
  type AnalyticsRejectionReason,
  type Demographics,
  type ParsedShare,
} from './demographics';

export type MarginalDimension = 'age' | 'gender' | 'country';

const NOT_KNOWN = { age: 'not-an-age-band', gender: 'not-a-gender', country: 'not-a-country' } as const satisfies Record<MarginalDimension, AnalyticsRejectionReason>;

function normalise(dimension: MarginalDimension, raw: string): string | null {
  if (dimension === 'age') return normaliseAgeBand(raw);
  if (dimension === 'gender') return normaliseGender(raw);
  return normaliseCountry(raw);
}

function readMarginalTable(
  table: CsvTable,
  dimension: MarginalDimension,
  shareColumn: number,
  headerSaysPercent: boolean,
  into: Demographics,
  rejected: AnalyticsRejection[],
): void {
  const kept: { value: string; share: ParsedShare; line: number }[] = [];
  let total: number | undefined;
  for (const { line, cells } of table.rows) {
    const label = cells[0] ?? '';
    // Studio tables may carry a totals row: a sum, not a segment, but the right denominator
    // for counts, since a table of countries rarely lists every country.
    if (/^(total|totals|gesamt|totale?)$/i.test(label)) {
      total = parseShare(cells[shareColumn] ?? '')?.value;
      continue;
    }
    const value = normalise(dimension, label);
    if (!value) {
      rejected.push({ row: line, reason: NOT_KNOWN[dimension], value: label.slice(0, 60) });
      continue;
    }
    const share = parseShare(cells[shareColumn] ?? '');
    if (!share) {
      rejected.push({ row: line, reason: 'share-not-a-number', value: (cells[shareColumn] ?? '').slice(0, 30) });
      continue;
    }
    kept.push({ value, share, line });
  }
  const shares = toShares(
    kept.map((k) => k.share),
    headerSaysPercent,
    total,
  );
  if (!shares) {
    for (const k of kept) rejected.push({ row: k.line, reason: 'shares-over-100' });
    return;
  }
  const target = into[dimension] as Record<string, number>;
  kept.forEach((k, i) => addShare(target, k.value, shares[i]!));
  into.rows += kept.length;
}

/** What differs between the exports made of one-dimension tables. */
export interface MarginalExport {
  kind: AnalyticsKind;
  /** The dimension a table is about, from its first header cell; null for a table we do not read. */
  dimensionOf(firstHeaderCell: string): MarginalDimension | null;
  /** The rejection of a table of no known dimension. */
  unknownTable: AnalyticsRejectionReason;
  /** The share column, and whether its header says the numbers are percentages. */
  shareColumn(header: readonly string[]): { index: number; percent: boolean };
}

/** Every table of an export whose tables each cover one dimension (YouTube Studio's, TikTok's). */
export function readMarginalExport(text: string, format: MarginalExport): AnalyticsParse {
  const demographics = emptyDemographics(format.kind);
  const rejected: AnalyticsParse['rejected'] = [];
  for (const table of csvTables(text)) {
    const first = table.header[0] ?? '';
    const dimension = format.dimensionOf(first);
    if (!dimension) {
      rejected.push({ row: table.headerLine, reason: format.unknownTable, value: first.slice(0, 60) });
      continue;
    }
    const { index, percent } = format.shareColumn(table.header);
    readMarginalTable(table, dimension, index, percent, demographics, rejected);
  }
  return { demographics, rejected };
}
