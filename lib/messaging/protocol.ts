/**
 * The typed messages between contexts. Content scripts and extension pages call the
 * background; the background is the only database owner. @webext-core/messaging gives the
 * types and the request/response plumbing. Request types come from the route table's schemas
 * (routes.ts, imported for types only, so zod stays out of content scripts); the background
 * checks sender and schema once per message (lib/background/gate.ts), because a type is only
 * a promise the sender made.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { RequestOf } from './routes';
import type { PageReport } from '../report/report';
import type { JobState } from '../background/jobs';
import type { ProfileSegments } from '../db/audience';
import type { BackupInfo } from '../db/auto-backup';
import type { StorageStatus } from '../background/storage-handlers';
import type { ImportReport as BackupImportReport } from '../db/backup';
import type { ForgetReport } from '../db/forget';
import type { PersonasResult } from '../personas/types';
import type { Settings } from '../db/settings';
import type { OverlapResult } from '../segments/overlap';
import type { TargetPersona } from '../personas/types';
import type { ImportReport as ShortlistImportReport } from '../shortlists/json-format';
import type { AnalyticsSummary, MyAudience } from '../shortlists/my-audience';
import type { ShortlistView } from '../shortlists/rows';
import type {
  ExportedFile,
  ShortlistEntry,
  ShortlistSummary,
} from '../shortlists/messages';

export interface CaptureAck {
  ok: boolean;
  error?: string;
  /** The background could not store it now (storage full, database closed): send it again later. */
  retry?: boolean;
  commentsAdded?: number;
  postsAdded?: number;
}

export interface ProtocolMap {
  /** Content script → background: one capture. */
  capture(batch: RequestOf<'capture'>): CaptureAck;
  /** Extension page → background: the report for a page address. */
  getReport(request: RequestOf<'getReport'>): PageReport;
  /** Extension page → background: a profile's audience distributions (counts, n, unknown, Wilson 95%). */
  getSegments(request: RequestOf<'getSegments'>): ProfileSegments;
  /** Extension page → background: a profile's personas (stored, or computed and stored); null when not captured. */
  getPersonas(request: RequestOf<'getPersonas'>): { profileId: string; personas: PersonasResult } | null;
  /** Extension page → background: shared members and unique reach of a set of profiles. */
  getOverlap(request: RequestOf<'getOverlap'>): OverlapResult;
  /** Extension page → background: remove every trace of one profile. */
  forgetProfile(request: RequestOf<'forgetProfile'>): ForgetReport;
  /** Extension page → background: clear every table (a new install secret is made on next use). */
  deleteEverything(): { ok: true };
  /** Extension page → background: the whole database as one JSON backup. */
  exportData(): { json: string; bytes: number; filename: string };
  /** Extension page → background: replace everything with a backup (refused with a reason when not ours or newer). */
  importData(request: RequestOf<'importData'>): BackupImportReport;
  /** Extension page → background: how long raw comment text is kept. */
  setRetentionDays(request: RequestOf<'setRetentionDays'>): Settings;
  getSettings(): Settings;
  /** Extension page → background: the browser's answer to navigator.storage.persist() (lib/db/persist.ts). */
  setPersistence(request: RequestOf<'setPersistence'>): Settings;
  /** Background → extension pages: data for these profiles changed (live updates). */
  dataChanged(change: { profileIds: string[] }): void;
  // Shortlists (extension pages → background; lib/background/shortlist-handlers.ts).
  listShortlists(request?: RequestOf<'listShortlists'>): ShortlistSummary[];
  createShortlist(request: RequestOf<'createShortlist'>): { id: string; name: string };
  renameShortlist(request: RequestOf<'renameShortlist'>): { id: string; name: string };
  deleteShortlist(request: RequestOf<'deleteShortlist'>): { deleted: number };
  /** The popup's "Save to shortlist"; saving the same creator to the same list again updates the entry. */
  saveToShortlist(request: RequestOf<'saveToShortlist'>): ShortlistEntry;
  updateShortlistEntry(request: RequestOf<'updateShortlistEntry'>): ShortlistEntry;
  removeShortlistEntry(request: RequestOf<'removeShortlistEntry'>): { removed: boolean };
  getShortlist(request: RequestOf<'getShortlist'>): ShortlistView;
  exportShortlist(request: RequestOf<'exportShortlist'>): ExportedFile;
  importShortlists(request: RequestOf<'importShortlists'>): ShortlistImportReport;
  // Target personas: nothing is seeded; presets are offered by the editor, stored when saved.
  listTargetPersonas(): TargetPersona[];
  saveTargetPersona(persona: RequestOf<'saveTargetPersona'>): TargetPersona;
  deleteTargetPersona(request: RequestOf<'deleteTargetPersona'>): { deleted: boolean };
  // "My audience": a creator's own profile and their analytics export.
  setOwnProfile(request: RequestOf<'setOwnProfile'>): { profileId: string | null };
  getMyAudience(): MyAudience;
  importAnalytics(request: RequestOf<'importAnalytics'>): AnalyticsSummary;
  // Storage safety (extension pages → background; lib/background/storage-handlers.ts).
  /** Storage full or capture paused, a database the browser reset, the automatic backups. */
  getStorageStatus(): StorageStatus;
  /** Replaces everything with one automatic backup (as importData does). */
  restoreBackup(request: RequestOf<'restoreBackup'>): BackupImportReport;
  dismissReset(): { ok: true };
  setAutoBackup(request: RequestOf<'setAutoBackup'>): StorageStatus;
  backupNow(): BackupInfo;
  /** Background → extension pages: the storage status changed (one listener: StorageNotice). */
  storageChanged(): void;
  // Resumable background jobs (lib/background/jobs.ts).
  rebuildSegments(): JobState;
  getJob(request: RequestOf<'getJob'>): JobState | null;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
