/**
 * Backup: the whole database as one JSON file in dexie-export-import's format, to move to
 * another browser. The install secret travels with it, so the restored database keeps
 * recognising the same commenters.
 *
 * Import replaces everything in one transaction: either the old data stays untouched (the
 * file is refused, or the import fails midway) or the new data is complete. A file is
 * refused before anything is touched when it is not a Persona Lens export, or comes from a
 * newer schema than this build knows. A file from an older schema is imported as it is and
 * then the tables that version lacked are derived, as the migration would have.
 */
import { exportDB, importInto } from 'dexie-export-import';
import { z } from 'zod';
import { AUDIENCE_VERSION, DB_VERSION, type PersonaLensDB } from './database';
import { rebuildAudienceAndSegments } from './migrations/2026-11-29-audience-segments';

export const BACKUP_FORMAT = 'dexie';
/** Tables every Persona Lens export has had since v1: what makes a file ours. */
const V1_TABLES = ['profiles', 'followerSnapshots', 'posts', 'comments', 'members', 'engagements', 'pages', 'settings'];

export async function exportDatabase(db: PersonaLensDB): Promise<string> {
  const blob = await exportDB(db, { numRowsPerChunk: 5_000 });
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

export type ImportReport =
  | { ok: true; fromVersion: number; rows: Record<string, number> }
  | { ok: false; error: string };

export class BackupError extends Error {
  override name = 'BackupError';
}

/** Checks a file without touching the database; returns the parsed export or a reason in words. */
export function readBackup(db: PersonaLensDB, json: string): z.infer<typeof ExportSchema> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new BackupError('This file is not a Persona Lens backup (it is not JSON).');
  }
  const parsed = ExportSchema.safeParse(raw);
  if (!parsed.success) throw new BackupError('This file is not a Persona Lens backup (unknown format).');
  const { data } = parsed.data;
  const ours = new Set(db.tables.map((t) => t.name));
  const names = data.tables.map((t) => t.name);
  if (!V1_TABLES.every((t) => names.includes(t)) || !names.every((t) => ours.has(t))) {
    throw new BackupError('This file is not a Persona Lens backup (its tables are not ours).');
  }
  if (data.databaseVersion > DB_VERSION) {
    throw new BackupError(
      `This backup comes from a newer version of Persona Lens (data version ${data.databaseVersion}; this one reads up to ${DB_VERSION}). Update the extension, then import again.`,
    );
  }
  if (!data.data.every((t) => names.includes(t.tableName))) {
    throw new BackupError('This file is not a Persona Lens backup (rows for an undeclared table).');
  }
  return parsed.data;
}

export async function importDatabase(db: PersonaLensDB, json: string): Promise<ImportReport> {
  let file: z.infer<typeof ExportSchema>;
  try {
    file = readBackup(db, json);
  } catch (error) {
    if (error instanceof BackupError) return { ok: false, error: error.message };
    throw error;
  }
  const fromVersion = file.data.databaseVersion;
  // Already parsed: hand the importer a finished stream, so it reads nothing asynchronously
  // and everything below runs inside our one transaction (clear included).
  const stream = { result: file, eof: () => true, done: () => true, pullAsync: async () => file, pullSync: () => file };
  try {
    await db.transaction('rw', db.tables, async () => {
      await importInto(db, stream as unknown as Blob, {
        noTransaction: true,
        clearTablesBeforeImport: true,
        acceptNameDiff: true,
        acceptVersionDiff: true,
        acceptMissingTables: false,
        acceptChangedPrimaryKey: false,
      });
      if (fromVersion < AUDIENCE_VERSION) {
        await rebuildAudienceAndSegments(
          { engagements: db.engagements, members: db.members, audience: db.audience, segments: db.segments },
          Date.now(),
        );
      }
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The backup could not be imported; your data is unchanged. (${reason.slice(0, 200)})` };
  }
  const rows: Record<string, number> = {};
  for (const table of db.tables) rows[table.name] = await table.count();
  return { ok: true, fromVersion, rows };
}
