import { afterEach, describe, expect, it } from 'vitest';
import { importDatabase } from '../../lib/db/backup';
import type { PersonaLensDB } from '../../lib/db/database';
import { ingestBatch } from '../../lib/db/ingest';
import { channelBatch, freshDb, testMemberKey } from '../helpers/db';
import { memoryFolder } from '../helpers/memory-folder';
import { backupName, EVERY_CAPTURES, INITIAL_STATE, isDue, listBackups, readBackupFile, readState, WEEK_MS, writeBackup } from '../../lib/db/auto-backup';

let db: PersonaLensDB;
afterEach(async () => {
  await db?.delete();
});

describe('automatic backups', () => {
  it('writes a gzipped export that imports back to the same rows, and keeps the newest three', async () => {
    db = freshDb();
    await ingestBatch(db, channelBatch(), { memberKey: testMemberKey });
    const folder = memoryFolder();
    folder.files.set('notes.txt', new Blob(['not ours']));
    for (const at of [1_000, 2_000, 3_000, 4_000]) await writeBackup(db, folder, 1_764_000_000_000 + at);
    const listed = await listBackups(folder);
    expect(listed.map((b) => b.at)).toEqual([1_764_000_004_000, 1_764_000_003_000, 1_764_000_002_000]);
    expect(listed[0]).toMatchObject({ comments: 3 });
    expect(folder.files.has('notes.txt')).toBe(true);

    // As JSON: a restore keeps each row's values, not the keys a record held as undefined.
    const rows = async () => JSON.parse(JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())))) as unknown;
    const rowsBefore = await rows();
    const json = await readBackupFile(folder, listed[0]!.name);
    expect(json.length).toBeGreaterThan(listed[0]!.bytes);
    await Promise.all(db.tables.map((t) => t.clear()));
    // Segments are rebuilt on import, stamped with the time given (that of the capture here).
    expect(await importDatabase(db, json, 1_764_000_000_000)).toMatchObject({ ok: true });
    expect(await rows()).toEqual(rowsBefore);
  });

  it('reads only files it listed as its own', async () => {
    const folder = memoryFolder();
    folder.files.set('../settings', new Blob(['x']));
    await expect(readBackupFile(folder, '../settings')).rejects.toThrow(/No automatic backup/);
    await expect(readBackupFile(folder, backupName(1, 1))).rejects.toThrow(/No automatic backup/);
  });

  it.each<[string, Partial<typeof INITIAL_STATE>, number, boolean]>([
    ['nothing stored since the last one', { capturesSince: 0, lastAt: 0 }, WEEK_MS * 10, false],
    [`${EVERY_CAPTURES} captures`, { capturesSince: EVERY_CAPTURES, lastAt: 1_000 }, 2_000, true],
    ['fewer captures within the week', { capturesSince: 3, lastAt: 1_000 }, 1_000 + WEEK_MS - 1, false],
    ['a week after the last one', { capturesSince: 1, lastAt: 1_000 }, 1_000 + WEEK_MS, true],
    ['switched off', { enabled: false, capturesSince: 100 }, WEEK_MS * 10, false],
  ])('due: %s → %s', (_label, state, now, due) => {
    expect(isDue({ ...INITIAL_STATE, ...state }, now)).toBe(due);
  });

  it('reads a damaged state as the initial one', () => {
    expect(readState({ enabled: 'yes' })).toEqual(INITIAL_STATE);
    expect(readState(undefined)).toEqual(INITIAL_STATE);
  });
});
