/**
 * Notices a database that vanished or was recreated behind our back. Chromium deletes an
 * origin's IndexedDB store when it finds it damaged, as after a write on a full disk
 * (docs/storage.md); the extension then silently starts again from an empty database.
 *
 * Each database gets an id in its settings, and the same id is kept in `browser.storage.local`,
 * which is not IndexedDB and survives the drop. An empty database without an id while
 * storage.local remembers one was reset: that is recorded (for the popup and the dashboard)
 * until the user restores a backup or dismisses the notice. "Delete everything" and an import
 * are deliberate: they forget the remembered id first (`forget`).
 */
import { z } from 'zod';
import type { PersonaLensDB } from '../db/database';
import type { LocalArea } from './install-secret';

const DB_ID_SETTING = 'databaseId';
export const LOCAL_DB_ID_KEY = 'databaseId';
export const LOCAL_RESET_KEY = 'databaseReset';

const ResetSchema = z.object({ at: z.number(), previousId: z.string() });
export type DatabaseReset = z.infer<typeof ResetSchema>;

export type Identity = 'same' | 'first' | 'reset';

function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createDatabaseIdentity(db: PersonaLensDB, area: LocalArea, now: () => number = Date.now) {
  let forgetting: Promise<void> = Promise.resolve();
  let checking: Promise<Identity> | undefined;

  async function check(): Promise<Identity> {
    await forgetting;
    const remembered = (await area.get(LOCAL_DB_ID_KEY))[LOCAL_DB_ID_KEY];
    // Runs before every capture: the common case is one read, no read-write transaction.
    const current = (await db.settings.get(DB_ID_SETTING))?.value;
    if (typeof current === 'string' && current === remembered) return 'same';
    const stamped = await db.transaction('rw', db.settings, async () => {
      const row = await db.settings.get(DB_ID_SETTING);
      if (typeof row?.value === 'string') return { id: row.value, fresh: false };
      const id = newId();
      await db.settings.put({ key: DB_ID_SETTING, value: id });
      return { id, fresh: true };
    });
    if (stamped.id === remembered) return 'same';
    await area.set({ [LOCAL_DB_ID_KEY]: stamped.id });
    // A database that already had an id (an older install, an imported backup) is adopted.
    if (!stamped.fresh || typeof remembered !== 'string') return stamped.fresh ? 'first' : 'same';
    await area.set({ [LOCAL_RESET_KEY]: { at: now(), previousId: remembered } satisfies DatabaseReset });
    return 'reset';
  }

  return {
    /** Runs at start-up and before each capture; concurrent calls share one check. */
    check(): Promise<Identity> {
      checking ??= check().finally(() => {
        checking = undefined;
      });
      return checking;
    },
    /** The user replaced or erased the database on purpose: do not report it as a reset. */
    forget(): void {
      forgetting = area.remove(LOCAL_DB_ID_KEY).catch(() => undefined);
    },
    async lastReset(): Promise<DatabaseReset | null> {
      const parsed = ResetSchema.safeParse((await area.get(LOCAL_RESET_KEY))[LOCAL_RESET_KEY]);
      return parsed.success ? parsed.data : null;
    },
    async dismissReset(): Promise<void> {
      await area.remove(LOCAL_RESET_KEY);
    },
  };
}

export type DatabaseIdentity = ReturnType<typeof createDatabaseIdentity>;
