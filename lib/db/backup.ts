/**
 * Backup: the whole database as one JSON file in dexie-export-import's format, to move to
 * another browser.
 *
 * What a backup holds is in docs/privacy.md. It does not hold the install secret behind
 * commenters' keyed hashes: whoever holds a backup could otherwise hash public handles and
 * match them to the rows. A restore keeps this install's own secret, so commenters seen after
 * a restore into another browser are counted as new people (their old rows stay, unmatched).
 *
 * A restore file is as hostile as a page. It is parsed here, not by dexie-export-import's
 * importer, whose typeson follows `$types` key paths (`__proto__.constructor.keys` once
 * emptied Object.keys in the worker): only the two markings our exports carry are undone, on
 * top-level fields, every row is checked with the schema of its table
 * (lib/db/record-schemas.ts), and the tables the database
 * derives (audience, segments, members' profile lists) are rebuilt rather than believed. Only
 * when the whole file is valid is the database replaced, in one transaction: either the old
 * data stays untouched or the new data is complete. Comment text is given the expiry this
 * install's retention sets, so a backup cannot carry text past it.
 */
import { exportDB } from 'dexie-export-import';
import { z } from 'zod';
import { DB_VERSION, type PersonaLensDB } from './database';
import { rebuildAudienceAndSegments } from './migrations/2026-11-29-audience-segments';
import { DERIVED_TABLES, ROW_SCHEMAS, type RestoredTable } from './record-schemas';
import { retentionMsOf } from './settings';
import { fieldIssue, type FieldIssue } from '../ui/field-issue';

export const BACKUP_FORMAT = 'dexie';
/** Tables every Persona Lens export has had since v1: what makes a file ours. */
const V1_TABLES = ['profiles', 'followerSnapshots', 'posts', 'comments', 'members', 'engagements', 'pages', 'settings'];
/** The settings row older builds stored the install secret in (and put in backups). */
export const INSTALL_SECRET_SETTING = 'installSecret';
/**
 * Settings that belong to this install and this database, not to the data: the install secret
 * and the database's identity (lib/background/database-identity.ts). A restore keeps this
 * install's own and ignores any a file carries.
 */
const INSTALL_SETTINGS: readonly string[] = [INSTALL_SECRET_SETTING, 'databaseId'];

export async function exportDatabase(db: PersonaLensDB): Promise<string> {
  const blob = await exportDB(db, {
    numRowsPerChunk: 5_000,
    filter: (table, value: { key?: unknown }) => !(table === 'settings' && value.key === INSTALL_SECRET_SETTING),
  });
  return blob.text();
}

const ExportSchema = z.object({
  formatName: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number().int().positive(),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number().int().nonnegative() })),
    data: z.array(z.object({ tableName: z.string(), inbound: z.boolean(), rows: z.array(z.unknown()) })),
  }),
});

/**
 * Why a backup was not imported, as a code (`error`) with what the dashboard needs to word it
 * (components/coded-messages.ts); nothing was changed in every case.
 */
export type BackupFailure = { ok: false } & (
  | { error: 'not-json' | 'unknown-format' | 'foreign-tables' | 'undeclared-table' }
  | { error: 'newer-version'; version: number; supported: number }
  | { error: 'rows-without-keys'; table: string }
  | { error: 'foreign-types'; table: string; row: number }
  | { error: 'invalid-row'; table: string; row: number; issue: FieldIssue }
  // The write itself failed (the browser's error name is in `cause`), or an automatic backup could not be read.
  | { error: 'write-failed' | 'unreadable'; cause: string }
);

export type BackupProblem = BackupFailure['error'];

export type ImportReport = { ok: true; fromVersion: number; rows: Record<string, number> } | BackupFailure;

export class BackupError extends Error {
  override name = 'BackupError';
  constructor(readonly failure: BackupFailure) {
    super(failure.error);
  }
}

export interface CheckedBackup {
  fromVersion: number;
  rows: Map<RestoredTable, unknown[]>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One segment of a field path: never `__proto__`, never a name that reaches a prototype. */
const FIELD = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
const FORBIDDEN = new Set(['constructor', 'prototype']);

/**
 * Undoes the only typeson markings our own exports carry: `undef` (a field stored as
 * undefined, written as 0) and `arrayNonindexKeys` (a plain array), on a field path of plain
 * names through the row's own objects. Anything else (another type, `__proto__`,
 * `constructor`, `prototype`, a path through something not an own plain object) refuses the
 * row: it is not ours.
 */
function untype(row: Record<string, unknown>): Record<string, unknown> | null {
  const { $types: types, ...plain } = row;
  if (types === undefined) return plain;
  if (!isRecord(types)) return null;
  for (const [path, type] of Object.entries(types)) {
    const names = path.split('.');
    if (!names.every((n) => FIELD.test(n) && !FORBIDDEN.has(n))) return null;
    let holder: Record<string, unknown> = plain;
    for (const n of names.slice(0, -1)) {
      const next = Object.hasOwn(holder, n) ? holder[n] : undefined;
      if (!isRecord(next)) return null;
      holder = next;
    }
    const last = names.at(-1)!;
    if (!Object.hasOwn(holder, last)) return null;
    if (type === 'undef') delete holder[last];
    else if (type !== 'arrayNonindexKeys' || !Array.isArray(holder[last])) return null;
  }
  return plain;
}

/** Checks a whole file without touching the database; returns its rows or throws a BackupError with its code. */
export function readBackup(db: PersonaLensDB, json: string): CheckedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new BackupError({ ok: false, error: 'not-json' });
  }
  const parsed = ExportSchema.safeParse(raw);
  if (!parsed.success) throw new BackupError({ ok: false, error: 'unknown-format' });
  const { data } = parsed.data;
  const ours = new Set(db.tables.map((t) => t.name));
  const names = data.tables.map((t) => t.name);
  if (!V1_TABLES.every((t) => names.includes(t)) || !names.every((t) => ours.has(t))) {
    throw new BackupError({ ok: false, error: 'foreign-tables' });
  }
  if (data.databaseVersion > DB_VERSION) {
    throw new BackupError({ ok: false, error: 'newer-version', version: data.databaseVersion, supported: DB_VERSION });
  }
  if (!data.data.every((t) => names.includes(t.tableName))) {
    throw new BackupError({ ok: false, error: 'undeclared-table' });
  }
  const rows = new Map<RestoredTable, unknown[]>();
  for (const name of Object.keys(ROW_SCHEMAS) as RestoredTable[]) rows.set(name, []);
  for (const chunk of data.data) {
    if ((DERIVED_TABLES as readonly string[]).includes(chunk.tableName)) continue;
    const table = chunk.tableName as RestoredTable;
    const schema = ROW_SCHEMAS[table];
    if (!chunk.inbound) throw new BackupError({ ok: false, error: 'rows-without-keys', table });
    for (const [i, row] of chunk.rows.entries()) {
      // The secret of older builds' backups is left out (see above); so are job states.
      if (table === 'settings' && isRecord(row) && (INSTALL_SETTINGS.includes(String(row.key)) || String(row.key).startsWith('job:'))) continue;
      const plain = isRecord(row) ? untype(row) : row;
      if (plain === null) throw new BackupError({ ok: false, error: 'foreign-types', table, row: i + 1 });
      const checked = schema.safeParse(plain);
      if (!checked.success) {
        throw new BackupError({ ok: false, error: 'invalid-row', table, row: i + 1, issue: fieldIssue(checked.error) });
      }
      rows.get(table)!.push(checked.data);
    }
  }
  return { fromVersion: data.databaseVersion, rows };
}

export async function importDatabase(db: PersonaLensDB, json: string, now = Date.now()): Promise<ImportReport> {
  let file: CheckedBackup;
  try {
    file = readBackup(db, json);
  } catch (error) {
    if (error instanceof BackupError) return error.failure;
    throw error;
  }
  try {
    await db.transaction('rw', db.tables, async () => {
      const kept = (await db.settings.bulkGet([...INSTALL_SETTINGS])).filter((row) => row !== undefined);
      for (const table of db.tables) await table.clear();
      for (const [name, rows] of file.rows) await db.table(name).bulkAdd(rows);
      await db.settings.bulkPut(kept);
      // Retention as this install sets it, whatever expiry (or none) the file gave its text.
      const retentionMs = await retentionMsOf(db);
      await db.comments
        .filter((c) => c.text !== undefined)
        .modify((c) => {
          c.textExpiresAt = c.firstSeen + retentionMs;
        });
      await db.comments
        .filter((c) => c.text === undefined && c.textExpiresAt !== undefined)
        .modify((c) => {
          delete c.textExpiresAt;
        });
      await rebuildAudienceAndSegments(
        { engagements: db.engagements, members: db.members, audience: db.audience, segments: db.segments },
        now,
      );
    });
  } catch (error) {
    return { ok: false, error: 'write-failed', cause: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : 'unknown' };
  }
  const rows: Record<string, number> = {};
  for (const table of db.tables) rows[table.name] = await table.count();
  return { ok: true, fromVersion: file.fromVersion, rows };
}
