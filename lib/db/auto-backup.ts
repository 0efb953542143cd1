/**
 * Automatic backups: the same export as "Download backup" (lib/db/backup.ts), gzipped, kept as
 * files in the extension's origin private file system (OPFS), at most `KEEP` of them.
 *
 * Why OPFS: Chromium keeps all of an origin's IndexedDB databases in one LevelDB store and
 * deletes that store whole when it finds it damaged (as after a write on a full disk), so a
 * second IndexedDB database would be lost with the first; OPFS files live outside it.
 * `browser.storage.local` holds 10 MB without the unlimitedStorage permission, less than a
 * backup of a large database. A file is written whole or not at all (createWritable commits
 * on close), and the oldest is removed only after a new one is written.
 *
 * When: after `EVERY_CAPTURES` captures that stored something, or a week after the last
 * backup if anything was stored since; the user can switch it off (docs/storage.md).
 */
import { z } from 'zod';
import type { PersonaLensDB } from './database';
import { exportDatabase } from './backup';

export const KEEP = 3;
export const EVERY_CAPTURES = 25;
export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Where the files go: OPFS in the extension, memory in tests. */
export interface BackupFolder {
  list(): Promise<{ name: string; bytes: number }[]>;
  write(name: string, data: Blob): Promise<void>;
  read(name: string): Promise<Blob>;
  remove(name: string): Promise<void>;
}

export interface BackupInfo {
  name: string;
  at: number;
  comments: number;
  bytes: number;
}

const NAME = /^backup-(\d{13})-(\d{1,9})\.json\.gz$/;

export function backupName(at: number, comments: number): string {
  return `backup-${String(at).padStart(13, '0')}-${comments}.json.gz`;
}

/** Newest first; files that are not ours are ignored. */
export async function listBackups(folder: BackupFolder): Promise<BackupInfo[]> {
  const out: BackupInfo[] = [];
  for (const file of await folder.list()) {
    const m = NAME.exec(file.name);
    if (m) out.push({ name: file.name, at: Number(m[1]), comments: Number(m[2]), bytes: file.bytes });
  }
  return out.sort((a, b) => b.at - a.at);
}

async function gzip(text: string): Promise<Blob> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).blob();
}

async function gunzip(blob: Blob): Promise<string> {
  return new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text();
}

export async function writeBackup(db: PersonaLensDB, folder: BackupFolder, at: number, keep = KEEP): Promise<BackupInfo> {
  const comments = await db.comments.count();
  const json = await exportDatabase(db);
  const name = backupName(at, comments);
  const data = await gzip(json);
  await folder.write(name, data);
  for (const old of (await listBackups(folder)).slice(keep)) await folder.remove(old.name);
  return { name, at, comments, bytes: data.size };
}

/** The backup's JSON, for importDatabase; only a name listed as ours is read. */
export async function readBackupFile(folder: BackupFolder, name: string): Promise<string> {
  if (!(await listBackups(folder)).some((b) => b.name === name)) throw new Error(`No automatic backup named ${name}.`);
  return gunzip(await folder.read(name));
}

const StateSchema = z.object({
  enabled: z.boolean(),
  capturesSince: z.number().int().nonnegative(),
  lastAt: z.number().nonnegative(),
});
export type AutoBackupState = z.infer<typeof StateSchema>;
export const INITIAL_STATE: AutoBackupState = { enabled: true, capturesSince: 0, lastAt: 0 };

export function readState(value: unknown): AutoBackupState {
  const parsed = StateSchema.safeParse(value);
  return parsed.success ? parsed.data : INITIAL_STATE;
}

/** After a capture that stored something. */
export function isDue(state: AutoBackupState, now: number): boolean {
  if (!state.enabled || state.capturesSince === 0) return false;
  return state.capturesSince >= EVERY_CAPTURES || now - state.lastAt >= WEEK_MS;
}

/** The extension's folder: `backups/` in the origin private file system. */
export function opfsFolder(root: () => Promise<FileSystemDirectoryHandle>): BackupFolder {
  const dir = async () => (await root()).getDirectoryHandle('backups', { create: true });
  return {
    async list() {
      const out: { name: string; bytes: number }[] = [];
      const d = await dir();
      for await (const handle of (d as unknown as { values(): AsyncIterable<FileSystemHandle> }).values()) {
        if (handle.kind === 'file') out.push({ name: handle.name, bytes: (await (handle as FileSystemFileHandle).getFile()).size });
      }
      return out;
    },
    async write(name, data) {
      const file = await (await dir()).getFileHandle(name, { create: true });
      const writable = await file.createWritable();
      try {
        await writable.write(data);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        await (await dir()).removeEntry(name).catch(() => undefined);
        throw error;
      }
    },
    async read(name) {
      return (await (await dir()).getFileHandle(name)).getFile();
    },
    async remove(name) {
      await (await dir()).removeEntry(name);
    },
  };
}
