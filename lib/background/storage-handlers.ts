/**
 * The storage side of data safety (issue 18), beside the capture handler rather than inside
 * it: before a capture is ingested, is the database still the one we had (not dropped and
 * recreated by the browser) and is there room for it; after, a full disk is remembered for
 * the popup and dashboard, and an automatic backup is written when one is due. Plus the
 * messages our pages use for it: the storage status, restoring an automatic backup,
 * dismissing the "database was reset" notice, switching automatic backups off and on.
 *
 * Only our own pages may call the page messages (checked before the payload is parsed); each
 * payload is parsed with zod. Free of browser globals, so tests drive it with fakes.
 */
import { z } from 'zod';
import {
  isDue,
  listBackups,
  readBackupFile,
  readState,
  writeBackup,
  type AutoBackupState,
  type BackupFolder,
  type BackupInfo,
} from '../db/auto-backup';
import type { ImportReport } from '../db/backup';
import type { PersonaLensDB } from '../db/database';
import { isDiskFailure } from '../db/storage-errors';
import { roomFor, type StorageEstimateLike } from '../db/storage-room';
import type { CaptureAck } from '../messaging/protocol';
import type { RoutedMessage } from '../messaging/routes';
import { checkContentScriptSender, type SelfInfo, type SenderInfo } from '../messaging/sender';
import { createGate, type Gate } from './gate';
import type { DatabaseIdentity } from './database-identity';
import type { LocalArea } from './install-secret';

export const LOCAL_PRESSURE_KEY = 'storagePressure';
export const LOCAL_AUTO_BACKUP_KEY = 'autoBackup';

const PressureSchema = z.object({
  kind: z.enum(['full', 'low']),
  at: z.number(),
  usage: z.number().nullable(),
  quota: z.number().nullable(),
  /** The size of the capture that did not fit: the notice goes once it would. */
  comments: z.number().int().nonnegative().default(0),
});
/** `full`: the browser refused a write. `low`: capture paused before writing, below the margin. */
export type StoragePressure = z.infer<typeof PressureSchema>;

export interface StorageStatus {
  pressure: StoragePressure | null;
  /** When the browser dropped the database and it was recreated empty (until restored or dismissed). */
  reset: { at: number } | null;
  /** Newest first. */
  backups: BackupInfo[];
  autoBackup: boolean;
}

/** The capture's acknowledgement while storage is almost full: nothing saved, sent again later (the popup and dashboard say it from the stored pressure). */
export const CAPTURE_PAUSED = 'capture-paused';

export interface StorageDeps {
  db: PersonaLensDB;
  self: SelfInfo;
  area: LocalArea;
  estimate(): Promise<StorageEstimateLike>;
  folder: BackupFolder;
  identity: DatabaseIdentity;
  /** Imports a backup's JSON the way the dashboard's import does (reset keys, purge, notify). */
  importJson(json: string, sender: SenderInfo): Promise<ImportReport>;
  /** Tells open pages that the storage status changed. */
  notify(): void;
  log(level: 'warn' | 'error', message: string): void;
  now?(): number;
  gate?: Gate;
}


/** How many comments a capture carries, read before the capture handler validates it: only for sizing. */
function commentCount(data: unknown): number {
  const comments = (data as { comments?: unknown } | null)?.comments;
  return Array.isArray(comments) ? Math.min(comments.length, 1_000_000) : 0;
}

export function createStorageHandlers(deps: StorageDeps) {
  const now = deps.now ?? Date.now;
  let backingUp: Promise<unknown> | undefined;
  // The work after the last ack (count, maybe a backup): not awaited by the capture.
  let after: Promise<void> = Promise.resolve();

  // The one accept / reject / log path every message goes through (lib/messaging/routes.ts).
  const gate = deps.gate ?? createGate({ self: deps.self, log: deps.log, now });
  const accept = <T extends RoutedMessage>(type: T, data: unknown, sender: SenderInfo) => gate.accept(type, data, sender).data;

  async function readPressure(): Promise<StoragePressure | null> {
    const parsed = PressureSchema.safeParse((await deps.area.get(LOCAL_PRESSURE_KEY))[LOCAL_PRESSURE_KEY]);
    return parsed.success ? parsed.data : null;
  }

  async function setPressure(pressure: StoragePressure | null): Promise<void> {
    const before = await readPressure();
    if (pressure) await deps.area.set({ [LOCAL_PRESSURE_KEY]: pressure });
    else if (before) await deps.area.remove(LOCAL_PRESSURE_KEY);
    if (Boolean(before) !== Boolean(pressure) || before?.kind !== pressure?.kind) deps.notify();
  }

  async function estimateRoom(comments: number) {
    try {
      return roomFor(await deps.estimate(), comments);
    } catch {
      return null;
    }
  }

  async function backupState(): Promise<AutoBackupState> {
    return readState((await deps.area.get(LOCAL_AUTO_BACKUP_KEY))[LOCAL_AUTO_BACKUP_KEY]);
  }

  async function backup(): Promise<BackupInfo> {
    const at = now();
    const info = await writeBackup(deps.db, deps.folder, at);
    await deps.area.set({ [LOCAL_AUTO_BACKUP_KEY]: { ...(await backupState()), capturesSince: 0, lastAt: at } });
    return info;
  }

  /** Counts a capture that stored something, and writes a backup when one is due (one at a time). */
  async function afterStored(): Promise<void> {
    const state = await backupState();
    const next = { ...state, capturesSince: state.capturesSince + 1, lastAt: state.lastAt || now() };
    await deps.area.set({ [LOCAL_AUTO_BACKUP_KEY]: next });
    // While a reset is not dealt with, the backups are what the user may want back: a backup of
    // the recreated, nearly empty database must not push the last good one out.
    if (backingUp || !isDue(next, now()) || (await deps.identity.lastReset())) return;
    const room = await estimateRoom(0);
    if (room && !room.ok) return;
    backingUp = backup()
      .catch((error: unknown) => deps.log('warn', `[persona-lens] automatic backup failed: ${String(error)}`))
      .finally(() => {
        backingUp = undefined;
      });
    await backingUp;
  }

  async function status(): Promise<StorageStatus> {
    let pressure = await readPressure();
    // Space may have been freed since a pause: look again rather than show a stale notice. A
    // refused write ('full') stays until a write succeeds: Chromium's estimate does not follow
    // the disk's free space, so room in it does not mean the disk has any.
    if (pressure?.kind === 'low') {
      const room = await estimateRoom(pressure.comments);
      if (room?.ok) {
        await setPressure(null);
        pressure = null;
      }
    }
    const reset = await deps.identity.lastReset();
    let backups: BackupInfo[] = [];
    try {
      backups = await listBackups(deps.folder);
    } catch (error) {
      deps.log('warn', `[persona-lens] could not list automatic backups: ${String(error)}`);
    }
    return { pressure, reset: reset ? { at: reset.at } : null, backups, autoBackup: (await backupState()).enabled };
  }

  /**
   * Dexie remembers a failed open and refuses every later request with it. On a full disk
   * Chromium fails to open the store ("Internal error opening backing store") and opens it
   * again fine once there is space (docs/storage.md, "Disk full"), so start over each time.
   */
  function reopenIfFailed(): void {
    if (deps.db.hasFailed()) deps.db.close({ disableAutoOpen: false });
  }

  return {
    /** Wraps the capture handler: identity and room before, pressure and backups after. */
    async guardCapture(data: unknown, sender: SenderInfo, capture: () => Promise<CaptureAck>): Promise<CaptureAck> {
      // Anything not from our content scripts goes straight to the handler, which rejects it.
      if (!checkContentScriptSender(sender, deps.self).ok) return capture();
      reopenIfFailed();
      try {
        if ((await deps.identity.check()) === 'reset') deps.notify();
      } catch (error) {
        deps.log('warn', `[persona-lens] database identity not checked: ${String(error)}`);
      }
      const room = await estimateRoom(commentCount(data));
      if (room && !room.ok) {
        await setPressure({ kind: 'low', at: now(), usage: room.usage, quota: room.quota, comments: commentCount(data) });
        deps.log('warn', `[persona-lens] capture paused, storage almost full (${room.usage} of ${room.quota} bytes used, ${room.needed} needed)`);
        return { ok: false, error: CAPTURE_PAUSED, retry: true };
      }
      const ack = await capture();
      if (ack.ok) {
        await setPressure(null);
        if (ack.commentsAdded || ack.postsAdded) {
          after = after.then(afterStored).catch((error: unknown) => deps.log('warn', `[persona-lens] automatic backup skipped: ${String(error)}`));
        }
      } else if (isDiskFailure(ack.error)) {
        await setPressure({ kind: 'full', at: now(), usage: room?.usage ?? null, quota: room?.quota ?? null, comments: commentCount(data) });
      }
      return ack;
    },

    async getStorageStatus(data: unknown, sender: SenderInfo): Promise<StorageStatus> {
      accept('getStorageStatus', data, sender);
      reopenIfFailed();
      return status();
    },

    async restoreBackup(data: unknown, sender: SenderInfo): Promise<ImportReport> {
      const { name } = accept('restoreBackup', data, sender);
      let json: string;
      try {
        json = await readBackupFile(deps.folder, name);
      } catch (error) {
        return { ok: false, error: 'unreadable', cause: String(error).slice(0, 200) };
      }
      const report = await deps.importJson(json, sender);
      if (report.ok) {
        await deps.identity.dismissReset();
        await deps.identity.check();
        deps.notify();
      }
      return report;
    },

    async dismissReset(data: unknown, sender: SenderInfo): Promise<{ ok: true }> {
      accept('dismissReset', data, sender);
      await deps.identity.dismissReset();
      deps.notify();
      return { ok: true };
    },

    async setAutoBackup(data: unknown, sender: SenderInfo): Promise<StorageStatus> {
      const { enabled } = accept('setAutoBackup', data, sender);
      await deps.area.set({ [LOCAL_AUTO_BACKUP_KEY]: { ...(await backupState()), enabled } });
      return status();
    },

    /** Settles once the work after the captures acknowledged so far is done (for tests). */
    idle(): Promise<void> {
      return after;
    },

    /** Writes an automatic backup now (the dashboard's "Back up now"). */
    async backupNow(data: unknown, sender: SenderInfo): Promise<BackupInfo> {
      accept('backupNow', data, sender);
      await backingUp;
      return backup();
    },
  };
}

export type StorageHandlers = ReturnType<typeof createStorageHandlers>;
