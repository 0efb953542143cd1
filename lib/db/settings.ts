/**
 * User settings kept in the database's settings table (next to the install secret), so that
 * a backup carries them and "delete everything" resets them.
 */
import type { PersonaLensDB } from './database';

export const DEFAULT_RETENTION_DAYS = 30;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;
const DAY_MS = 24 * 60 * 60 * 1000;

const RETENTION_KEY = 'retentionDays';
const PERSISTENCE_KEY = 'persistentStorage';

export interface PersistenceAnswer {
  granted: boolean;
  at: number;
}

export interface Settings {
  retentionDays: number;
  /** null until an extension page has asked the browser for persistent storage. */
  persistentStorage: PersistenceAnswer | null;
}

function validDays(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= MIN_RETENTION_DAYS && (value as number) <= MAX_RETENTION_DAYS;
}

export async function getRetentionDays(db: PersonaLensDB): Promise<number> {
  const row = await db.settings.get(RETENTION_KEY);
  return validDays(row?.value) ? row.value : DEFAULT_RETENTION_DAYS;
}

export async function retentionMsOf(db: PersonaLensDB): Promise<number> {
  return (await getRetentionDays(db)) * DAY_MS;
}

/**
 * Stores the new period and moves every comment that still has its text to expire at
 * first seen + the new period: shortening retention must shorten it for text already kept,
 * not only for text captured from now on. Returns how many comments were rescheduled.
 */
export async function setRetentionDays(db: PersonaLensDB, days: number): Promise<number> {
  if (!validDays(days)) throw new RangeError(`retention must be ${MIN_RETENTION_DAYS}..${MAX_RETENTION_DAYS} whole days`);
  return db.transaction('rw', db.settings, db.comments, async () => {
    await db.settings.put({ key: RETENTION_KEY, value: days });
    return db.comments
      .where('textExpiresAt')
      .above(-Infinity)
      .modify((c) => {
        c.textExpiresAt = c.firstSeen + days * DAY_MS;
      });
  });
}

export async function recordPersistence(db: PersonaLensDB, granted: boolean, at: number): Promise<void> {
  await db.settings.put({ key: PERSISTENCE_KEY, value: { granted, at } satisfies PersistenceAnswer });
}

export async function getSettings(db: PersonaLensDB): Promise<Settings> {
  const persistence = (await db.settings.get(PERSISTENCE_KEY))?.value as Partial<PersistenceAnswer> | undefined;
  return {
    retentionDays: await getRetentionDays(db),
    persistentStorage:
      typeof persistence?.granted === 'boolean' && typeof persistence.at === 'number'
        ? { granted: persistence.granted, at: persistence.at }
        : null,
  };
}
