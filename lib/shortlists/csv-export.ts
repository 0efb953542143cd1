/**
 * A shortlist as CSV for spreadsheet programs: one row per creator with every metric.
 *  - UTF-8 with a byte-order mark, because Excel on Windows reads BOM-less CSV as the local
 *    code page and mangles every non-ASCII name;
 *  - CRLF line ends and every cell quoted (RFC 4180), so commas, quotes and newlines inside
 *    notes and names stay in their cell;
 *  - text cells beginning with = + - @ tab, CR, LF, a space, or the full-width ＝ ＋ － ＠
 *    get a leading apostrophe, so a hostile display name cannot run as a formula (OWASP
 *    "CSV injection"; spreadsheets skip leading blanks, and some read full-width signs as
 *    their ASCII forms); numbers are never altered;
 *  - unknown numbers are empty cells, not 0.
 */
import Papa from 'papaparse';
import { ENGAGEMENT_FORMULA } from '../metrics/engagement';
import type { ShortlistRow, ShortlistView } from './rows';

export const CSV_BOM = '\uFEFF';
/** Not papaparse's default: its default pattern (`^[=+\-@\t\r].*$`) misses formulas with a newline. */
export const FORMULA_START = /^[=+\-@\t\r\n \uFF1D\uFF0B\uFF0D\uFF20]/;

type Cell = string | number | null;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function csvColumns(personas: ShortlistView['personas']): string[] {
  return [
    'platform',
    'handle',
    'display_name',
    'profile_id',
    'captured',
    'followers',
    'engagement_rate',
    'engagement_posts_n',
    'engagement_formula',
    'growth_change',
    'growth_per_30_days',
    'growth_relative_per_30_days',
    'growth_visits_n',
    'commenters_n',
    ...personas.flatMap((p) => [`fit ${p.name}`, `fit ${p.name} low`, `fit ${p.name} high`, `fit ${p.name} n`]),
    'status',
    'tags',
    'note',
    'added_at',
    'updated_at',
  ];
}

function round(x: number | null, digits: number): number | null {
  return x === null || !Number.isFinite(x) ? null : Number(x.toFixed(digits));
}

export function csvRow(row: ShortlistRow, personas: ShortlistView['personas']): Cell[] {
  const fits = personas.flatMap((p) => {
    const fit = row.fits.find((f) => f.personaId === p.id);
    return [round(fit?.score ?? null, 1), round(fit?.low ?? null, 1), round(fit?.high ?? null, 1), fit ? fit.n : null];
  });
  return [
    row.platform,
    row.handle,
    row.displayName,
    row.profileId,
    row.captured ? 'yes' : 'no',
    row.followers,
    round(row.engagement.rate, 6),
    row.engagement.n,
    // The file is data, not the interface: the formula in the registry's English.
    ENGAGEMENT_FORMULA[row.platform].text,
    row.growth.change,
    round(row.growth.per30Days, 1),
    round(row.growth.relativePer30Days, 6),
    row.growth.n,
    row.commenters,
    ...fits,
    row.status,
    row.tags.join('; '),
    row.note,
    iso(row.addedAt),
    iso(row.updatedAt),
  ];
}

export function shortlistToCsv(view: ShortlistView): string {
  const body = Papa.unparse(
    { fields: csvColumns(view.personas), data: view.rows.map((r) => csvRow(r, view.personas).map((c) => c ?? '')) },
    { quotes: true, newline: '\r\n', escapeFormulae: FORMULA_START, header: true },
  );
  return `${CSV_BOM}${body}\r\n`;
}

/** A file name safe on every OS: letters, digits, dash; the date makes repeated exports distinct. */
export function exportFilename(name: string, at: number, extension: 'csv' | 'json'): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'shortlist';
  return `persona-lens-${slug}-${new Date(at).toISOString().slice(0, 10)}.${extension}`;
}
