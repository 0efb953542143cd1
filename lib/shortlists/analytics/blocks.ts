/**
 * Analytics exports arrive as one or several CSV tables, pasted one after another or read
 * from several files and joined with a blank line. This splits them back into tables, each
 * with its header and its rows' 1-based line numbers, for the per-platform parsers.
 */
import Papa from 'papaparse';

export interface CsvTable {
  header: string[];
  /** Line of the header, 1-based. */
  headerLine: number;
  rows: { line: number; cells: string[] }[];
}

/** Analytics files are small; anything this large is not one and is refused before parsing. */
export const MAX_ANALYTICS_CHARS = 2_000_000;

export function csvTables(text: string): CsvTable[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { skipEmptyLines: false });
  const tables: CsvTable[] = [];
  let current: CsvTable | null = null;
  // papaparse reports rows, not lines; a quoted cell may span lines, so count them.
  let line = 1;
  for (const cells of parsed.data) {
    const rowLine = line;
    line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    const trimmed = cells.map((c) => c.replace(/^\uFEFF/, '').trim());
    if (trimmed.every((c) => c === '')) {
      current = null;
      continue;
    }
    if (!current) {
      current = { header: trimmed, headerLine: rowLine, rows: [] };
      tables.push(current);
    } else {
      current.rows.push({ line: rowLine, cells: trimmed });
    }
  }
  return tables;
}
