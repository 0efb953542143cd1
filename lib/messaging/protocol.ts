/**
 * The typed messages between contexts. Content scripts and extension pages call the
 * background; the background is the only database owner. @webext-core/messaging gives the
 * types and the request/response plumbing; validation by schema and by sender happens in
 * the background's handlers (lib/background/handlers.ts), because the types are only a
 * promise the sender made.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CaptureBatch } from '../capture/batch';
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
import type { AnalyticsSummary, ImportAnalyticsRequest, MyAudience } from '../shortlists/my-audience';
import type { ShortlistView } from '../shortlists/rows';
import type {
  ExportedFile,
  SaveToShortlistRequest,
  ShortlistEntry,
  ShortlistSummary,
  UpdateShortlistEntryRequest,
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
  capture(batch: CaptureBatch): CaptureAck;
  /** Extension page → background: the report for a page address. */
  getReport(request: { url: string | null }): PageReport;
  /** Extension page → background: a profile's audience distributions (counts, n, unknown, Wilson 95%). */
  getSegments(request: { profileId: string }): ProfileSegments;
  /** Extension page → background: a profile's personas (stored, or computed and stored); null when not captured. */
  getPersonas(request: { profileId: string }): { profileId: string; personas: PersonasResult } | null;
  /** Extension page → background: shared members and unique reach of a set of profiles. */
  getOverlap(request: { profileIds: string[] }): OverlapResult;
  /** Extension page → background: remove every trace of one profile. */
  forgetProfile(request: { profileId: string }): ForgetReport;
  /** Extension page → background: clear every table (a new install secret is made on next use). */
  deleteEverything(): { ok: true };
  /** Extension page → background: the whole database as one JSON backup. */
  exportData(): { json: string; bytes: number; filename: string };
  /** Extension page → background: replace everything with a backup (refused with a reason when not ours or newer). */
  importData(request: { json: string }): BackupImportReport;
  /** Extension page → background: how long raw comment text is kept. */
  setRetentionDays(request: { days: number }): Settings;
  getSettings(): Settings;
  /** Extension page → background: the browser's answer to navigator.storage.persist() (lib/db/persist.ts). */
  setPersistence(request: { granted: boolean }): Settings;
  /** Background → extension pages: data for these profiles changed (live updates). */
  dataChanged(change: { profileIds: string[] }): void;
  // Shortlists (extension pages → background; lib/background/shortlist-handlers.ts).
  listShortlists(request?: { profileId?: string }): ShortlistSummary[];
  createShortlist(request: { name: string }): { id: string; name: string };
  renameShortlist(request: { id: string; name: string }): { id: string; name: string };
  deleteShortlist(request: { id: string }): { deleted: number };
  /** The popup's "Save to shortlist"; saving the same creator to the same list again updates the entry. */
  saveToShortlist(request: SaveToShortlistRequest): ShortlistEntry;
  updateShortlistEntry(request: UpdateShortlistEntryRequest): ShortlistEntry;
  removeShortlistEntry(request: { id: string }): { removed: boolean };
  getShortlist(request: { id: string }): ShortlistView;
  exportShortlist(request: { id: string; format: 'csv' | 'json' }): ExportedFile;
  importShortlists(request: { text: string }): ShortlistImportReport;
  // Target personas: nothing is seeded; presets are offered by the editor, stored when saved.
  listTargetPersonas(): TargetPersona[];
  saveTargetPersona(persona: TargetPersona): TargetPersona;
  deleteTargetPersona(request: { id: string }): { deleted: boolean };
  // "My audience": a creator's own profile and their analytics export.
  setOwnProfile(request: { profileId: string | null }): { profileId: string | null };
  getMyAudience(): MyAudience;
  importAnalytics(request: ImportAnalyticsRequest): AnalyticsSummary;
  // Storage safety (extension pages → background; lib/background/storage-handlers.ts).
  /** Storage full or capture paused, a database the browser reset, the automatic backups. */
  getStorageStatus(): StorageStatus;
  /** Replaces everything with one automatic backup (as importData does). */
  restoreBackup(request: { name: string }): BackupImportReport;
  dismissReset(): { ok: true };
  setAutoBackup(request: { enabled: boolean }): StorageStatus;
  backupNow(): BackupInfo;
  /** Background → extension pages: the storage status changed (one listener: StorageNotice). */
  storageChanged(): void;
  // Resumable background jobs (lib/background/jobs.ts).
  rebuildSegments(): JobState;
  getJob(request: { name: 'rebuild-segments' }): JobState | null;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
