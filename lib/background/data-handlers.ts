/**
 * The background's handlers for the user's data: segments and overlap for the dashboard,
 * retention, backup, forget and erase. Only our own extension pages may call them (checked
 * before the payload is parsed); every payload is parsed with zod, because a message type is
 * only a promise the sender made. Free of browser globals, like handlers.ts, so tests drive
 * them against fake-indexeddb.
 */
import { z } from 'zod';
import { loadOverlap, loadSegments } from '../db/audience';
import { exportDatabase, importDatabase } from '../db/backup';
import type { PersonaLensDB } from '../db/database';
import { deleteEverything, forgetProfile } from '../db/forget';
import { purgeExpiredText } from '../db/retention';
import { getSettings, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, recordPersistence, setRetentionDays } from '../db/settings';
import { checkExtensionPageSender, type SelfInfo, type SenderInfo } from '../messaging/sender';
import type { Platform } from '../capture/batch';

export interface DataDeps {
  db: PersonaLensDB;
  self: SelfInfo;
  /** The install secret changed under us (erase, import): drop the cached key. */
  resetMemberKey(): void;
  /** The keyed hash under the install secret: a creator's own member row (forget), purged comment ids (retention). */
  memberKey(platform: Platform, handle: string): Promise<string>;
  notify(profileIds: string[]): void;
  log(level: 'warn' | 'error', message: string): void;
  now?(): number;
}

const ProfileId = z.string().min(3).max(400).regex(/^(youtube|instagram|tiktok|x):/);
const Schemas = {
  getSegments: z.strictObject({ profileId: ProfileId }),
  getOverlap: z.strictObject({ profileIds: z.array(ProfileId).min(1).max(50) }),
  forgetProfile: z.strictObject({ profileId: ProfileId }),
  // A backup of a large database is tens of megabytes; a message can carry up to 64 MiB.
  importData: z.strictObject({ json: z.string().min(2).max(64 * 1024 * 1024) }),
  setRetentionDays: z.strictObject({ days: z.number().int().min(MIN_RETENTION_DAYS).max(MAX_RETENTION_DAYS) }),
  setPersistence: z.strictObject({ granted: z.boolean() }),
  none: z.union([z.undefined(), z.null(), z.strictObject({})]),
} as const;

export function createDataHandlers(deps: DataDeps) {
  const now = deps.now ?? Date.now;

  /** Sender first, then payload: nothing from a foreign sender is even parsed. */
  function accept<S extends z.ZodType>(type: string, schema: S, data: unknown, sender: SenderInfo): z.infer<S> {
    const who = checkExtensionPageSender(sender, deps.self);
    if (!who.ok) {
      deps.log('warn', `[persona-lens] rejected ${type}: ${who.reason}`);
      throw new Error('rejected');
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      deps.log('warn', `[persona-lens] rejected ${type}: schema`);
      throw new Error('invalid request');
    }
    return parsed.data;
  }

  const allProfileIds = async () => (await deps.db.profiles.toCollection().primaryKeys()).map(String);

  return {
    async getSegments(data: unknown, sender: SenderInfo) {
      const { profileId } = accept('getSegments', Schemas.getSegments, data, sender);
      return loadSegments(deps.db, profileId);
    },

    async getOverlap(data: unknown, sender: SenderInfo) {
      const { profileIds } = accept('getOverlap', Schemas.getOverlap, data, sender);
      return loadOverlap(deps.db, profileIds);
    },

    async forgetProfile(data: unknown, sender: SenderInfo) {
      const { profileId } = accept('forgetProfile', Schemas.forgetProfile, data, sender);
      const [platform, handle] = [profileId.slice(0, profileId.indexOf(':')), profileId.slice(profileId.indexOf(':') + 1)];
      const ownKey = await deps.memberKey(platform as Platform, handle);
      const report = await forgetProfile(deps.db, profileId, ownKey);
      deps.notify([profileId]);
      return report;
    },

    async deleteEverything(data: unknown, sender: SenderInfo) {
      accept('deleteEverything', Schemas.none, data, sender);
      const before = await allProfileIds();
      await deleteEverything(deps.db);
      deps.resetMemberKey();
      deps.notify(before);
      return { ok: true as const };
    },

    async exportData(data: unknown, sender: SenderInfo) {
      accept('exportData', Schemas.none, data, sender);
      const json = await exportDatabase(deps.db);
      const day = new Date(now()).toISOString().slice(0, 10);
      return { json, bytes: new TextEncoder().encode(json).byteLength, filename: `persona-lens-backup-${day}.json` };
    },

    async importData(data: unknown, sender: SenderInfo) {
      const { json } = accept('importData', Schemas.importData, data, sender);
      const before = await allProfileIds();
      const report = await importDatabase(deps.db, json);
      if (report.ok) {
        deps.resetMemberKey();
        // Text past its period in the backup is purged here, not kept until the next alarm.
        await purgeExpiredText(deps.db, now(), deps.memberKey);
        deps.notify([...new Set([...before, ...(await allProfileIds())])]);
      } else {
        deps.log('warn', `[persona-lens] import refused: ${report.error}`);
      }
      return report;
    },

    async setRetentionDays(data: unknown, sender: SenderInfo) {
      const { days } = accept('setRetentionDays', Schemas.setRetentionDays, data, sender);
      await setRetentionDays(deps.db, days);
      await purgeExpiredText(deps.db, now(), deps.memberKey);
      return getSettings(deps.db);
    },

    async getSettings(data: unknown, sender: SenderInfo) {
      accept('getSettings', Schemas.none, data, sender);
      return getSettings(deps.db);
    },

    async setPersistence(data: unknown, sender: SenderInfo) {
      const { granted } = accept('setPersistence', Schemas.setPersistence, data, sender);
      await recordPersistence(deps.db, granted, now());
      return getSettings(deps.db);
    },
  };
}

export type DataHandlers = ReturnType<typeof createDataHandlers>;
