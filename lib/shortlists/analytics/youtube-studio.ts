/**
 * YouTube Studio → Analytics → Audience → (Advanced mode) → Export current view → CSV.
 * The "Table data.csv" of the Viewer age, Viewer gender and Geography reports, one or
 * several pasted together. Each table starts with its dimension ("Viewer age", "Viewer
 * gender", "Geography") and has a share column, preferably "Views (%)"; a Geography table
 * with only absolute "Views" is turned into shares of its total. Labels as Studio writes
 * them ("age18-24", "18–24", "Female", "User-specified", "US" or "United States").
 * Format and examples: docs/analytics-import.md.
 */
import type { AnalyticsParse } from './demographics';
import { readMarginalExport, type MarginalDimension } from './marginal-table';

function dimensionOf(first: string): MarginalDimension | null {
  if (/age/i.test(first)) return 'age';
  if (/gender/i.test(first)) return 'gender';
  if (/geograph|country|location/i.test(first)) return 'country';
  return null;
}

function shareColumnOf(header: readonly string[]): { index: number; percent: boolean } {
  const find = (re: RegExp) => header.findIndex((h, i) => i > 0 && re.test(h));
  for (const re of [/^views\s*\(%\)$/i, /\(%\)|%/]) {
    const i = find(re);
    if (i > 0) return { index: i, percent: true };
  }
  const views = find(/^views$/i);
  return { index: views > 0 ? views : 1, percent: false };
}

export function parseYouTubeStudio(text: string): AnalyticsParse {
  return readMarginalExport(text, { kind: 'youtube-studio', dimensionOf, unknownTable: 'unknown-youtube-table', shareColumn: shareColumnOf });
}
