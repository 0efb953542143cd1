/**
 * The background's handlers for the user's data: segments and overlap for the dashboard,
 * retention, backup, forget and erase. Only our own extension pages may call them (checked
 * before the payload is parsed); every payload is parsed with zod, because a message type is
 * only a promise the sender made. Free of browser globals, like handlers.ts, so tests drive
 * them against fake-indexeddb.
 */
import { loadOverlap, loadSegments } from '../db/audience';
import { exportDatabase, importDatabase } from '../db/backup';
import type { PersonaLensDB } from '../db/database';
import { deleteEverything, forgetProfile } from '../db/forget';
import { purgeExpiredText } from '../db/retention';
import { getSettings, recordPersistence, setRetentionDays } from '../db/settings';
import type { RoutedMessage } from '../messaging/routes';
import type { SelfInfo, SenderInfo } from '../messaging/sender';
import { loadPersonas } from '../report/insights';
import { createGate, type Gate } from './gate';
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
  gate?: Gate;
}

export function createDataHandlers(deps: DataDeps) {
  const now = deps.now ?? Date.now;

  const gate = deps.gate ?? createGate(deps);
  const accept = <T extends RoutedMessage>(type: T, data: unknown, sender: SenderInfo) => gate.accept(type, data, sender).data;

  const allProfileIds = async () => (await deps.db.profiles.toCollection().primaryKeys()).map(String);

  return {
    rejections: gate.rejections,

    async getSegments(data: unknown, sender: SenderInfo) {
      const { profileId } = accept('getSegments', data, sender);
      return loadSegments(deps.db, profileId);
    },

    async getPersonas(data: unknown, sender: SenderInfo) {
      const { profileId } = accept('getPersonas', data, sender);
      return loadPersonas(deps.db, profileId);
    },

    async getOverlap(data: unknown, sender: SenderInfo) {
      const { profileIds } = accept('getOverlap', data, sender);
      return loadOverlap(deps.db, profileIds);
    },

    async forgetProfile(data: unknown, sender: SenderInfo) {
      const { profileId } = accept('forgetProfile', data, sender);
      const [platform, handle] = [profileId.slice(0, profileId.indexOf(':')), profileId.slice(profileId.indexOf(':') + 1)];
      const ownKey = await deps.memberKey(platform as Platform, handle);
      const report = await forgetProfile(deps.db, profileId, ownKey);
      deps.notify([profileId]);
      return report;
    },

    async deleteEverything(data: unknown, sender: SenderInfo) {
      accept('deleteEverything', data, sender);
      const before = await allProfileIds();
      await deleteEverything(deps.db);
      deps.resetMemberKey();
      deps.notify(before);
      return { ok: true as const };
    },

    async exportData(data: unknown, sender: SenderInfo) {
      accept('exportData', data, sender);
      const json = await exportDatabase(deps.db);
      const day = new Date(now()).toISOString().slice(0, 10);
      return { json, bytes: new TextEncoder().encode(json).byteLength, filename: `persona-lens-backup-${day}.json` };
    },

    async importData(data: unknown, sender: SenderInfo) {
      const { json } = accept('importData', data, sender);
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
      const { days } = accept('setRetentionDays', data, sender);
      await setRetentionDays(deps.db, days);
      await purgeExpiredText(deps.db, now(), deps.memberKey);
      return getSettings(deps.db);
    },

    async getSettings(data: unknown, sender: SenderInfo) {
      accept('getSettings', data, sender);
      return getSettings(deps.db);
    },

    async setPersistence(data: unknown, sender: SenderInfo) {
      const { granted } = accept('setPersistence', data, sender);
      await recordPersistence(deps.db, granted, now());
      return getSettings(deps.db);
    },
  };
}

export type DataHandlers = ReturnType<typeof createDataHandlers>;
