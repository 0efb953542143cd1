/**
 * Browser wiring for the background: open the database, build the handlers, route messages.
 * Everything with logic lives in handlers.ts and below; this file only connects it to the
 * extension APIs, so it stays short enough to read in one glance.
 */
import { browser } from 'wxt/browser';
import { PersonaLensDB } from '../db/database';
import { purgeExpiredText } from '../db/retention';
import { retentionMsOf } from '../db/settings';
import { messaging } from '../messaging/protocol';
import { commentTraits } from './comment-traits';
import { createDataHandlers } from './data-handlers';
import { createHandlers } from './handlers';
import { installMemberKey } from './install-secret';
import { createJobHandlers } from './job-handlers';
import { resumeJobs } from './jobs';
import { createShortlistHandlers } from './shortlist-handlers';
import { opfsFolder } from '../db/auto-backup';
import { createDatabaseIdentity } from './database-identity';
import { createStorageHandlers } from './storage-handlers';
import { createGate } from './gate';
import { ROUTES, type RoutedMessage } from '../messaging/routes';
import type { SenderInfo } from '../messaging/sender';

const RETENTION_ALARM = 'retention-purge';
const RETENTION_PERIOD_MINUTES = 6 * 60;

export function startBackground(): void {
  const db = new PersonaLensDB();
  const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const memberKey = installMemberKey(db, browser.storage.local);
  const identity = createDatabaseIdentity(db, browser.storage.local);
  const log = (level: 'warn' | 'error', message: string) => console[level](message);
  // Only open extension pages listen; with none open the send fails, which is fine.
  const notify = (profileIds: string[]) => void messaging.sendMessage('dataChanged', { profileIds }).catch(() => undefined);
  // One gate for every message: one accept / reject / log path and one rejection list.
  const gate = createGate({ self, log });
  const capture = createHandlers({ db, self, gate, memberKey, traitsFor: commentTraits, retentionMs: () => retentionMsOf(db), notify, log });
  const resetMemberKey = () => {
    memberKey.reset();
    identity.forget();
  };
  const data = createDataHandlers({ db, self, gate, resetMemberKey, memberKey, notify, log });
  const lists = createShortlistHandlers({ db, self, gate, notify, log });
  const storage = createStorageHandlers({
    db,
    self,
    gate,
    area: browser.storage.local,
    estimate: () => navigator.storage.estimate(),
    folder: opfsFolder(() => navigator.storage.getDirectory()),
    identity,
    importJson: (json, sender) => data.importData({ json }, sender),
    notify: () => void messaging.sendMessage('storageChanged', undefined).catch(() => undefined),
    log,
  });
  void identity.check().catch((error: unknown) => console.warn('[persona-lens] database identity not checked', error));

  // The first run leads to a sample: once, on install (not on updates or browser starts).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // Retention: expired comment text goes at start-up and every few hours (the worker sleeps
  // in between; the alarm wakes it). The listener is added synchronously so that a wake-up
  // by the alarm finds it.
  const purge = () =>
    purgeExpiredText(db, Date.now(), memberKey).catch((error: unknown) => console.warn('[persona-lens] purge failed', error));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void purge();
  });
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: RETENTION_PERIOD_MINUTES });
  });
  void purge();

  // Resumable jobs: continue any unfinished one now, and keep an alarm armed while one is
  // pending so that a worker stopped mid-job is woken to finish it.
  const JOBS_ALARM = 'resume-jobs';
  const resume = () =>
    resumeJobs(db)
      .then(() => browser.alarms.clear(JOBS_ALARM))
      .catch((error: unknown) => console.warn('[persona-lens] job paused', error));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === JOBS_ALARM) void resume();
  });
  void resume();
  const jobs = createJobHandlers({
    db,
    self,
    gate,
    keepAlive: () => void browser.alarms.create(JOBS_ALARM, { periodInMinutes: 0.5 }),
    log,
  });

  // The route table's handlers: every message of lib/messaging/routes.ts, each answered by one.
  const handlers: Record<RoutedMessage, (data: unknown, sender: SenderInfo) => Promise<unknown>> = {
    // Storage first: room and database identity checked before the capture handler runs.
    capture: (d, sender) => storage.guardCapture(d, sender, () => capture.capture(d, sender)),
    getReport: capture.getReport,
    getSegments: data.getSegments,
    getPersonas: data.getPersonas,
    getOverlap: data.getOverlap,
    forgetProfile: data.forgetProfile,
    deleteEverything: data.deleteEverything,
    exportData: data.exportData,
    importData: data.importData,
    setRetentionDays: data.setRetentionDays,
    getSettings: data.getSettings,
    setPersistence: data.setPersistence,
    listShortlists: lists.listShortlists,
    createShortlist: lists.createShortlist,
    renameShortlist: lists.renameShortlist,
    deleteShortlist: lists.deleteShortlist,
    saveToShortlist: lists.saveToShortlist,
    updateShortlistEntry: lists.updateShortlistEntry,
    removeShortlistEntry: lists.removeShortlistEntry,
    getShortlist: lists.getShortlist,
    exportShortlist: lists.exportShortlist,
    importShortlists: lists.importShortlists,
    listTargetPersonas: lists.listTargetPersonas,
    saveTargetPersona: lists.saveTargetPersona,
    deleteTargetPersona: lists.deleteTargetPersona,
    setOwnProfile: lists.setOwnProfile,
    getMyAudience: lists.getMyAudience,
    importAnalytics: lists.importAnalytics,
    rebuildSegments: jobs.rebuildSegments,
    getJob: jobs.getJob,
    getStorageStatus: storage.getStorageStatus,
    restoreBackup: storage.restoreBackup,
    dismissReset: storage.dismissReset,
    setAutoBackup: storage.setAutoBackup,
    backupNow: storage.backupNow,
  };
  for (const type of Object.keys(ROUTES) as RoutedMessage[]) {
    const handle = handlers[type];
    (messaging.onMessage as (t: string, h: (m: { data: unknown; sender: SenderInfo }) => Promise<unknown>) => void)(type, ({ data, sender }) =>
      handle(data, sender),
    );
  }
}
