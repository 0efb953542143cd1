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

const RETENTION_ALARM = 'retention-purge';
const RETENTION_PERIOD_MINUTES = 6 * 60;

export function startBackground(): void {
  const db = new PersonaLensDB();
  const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const memberKey = installMemberKey(db);
  const handlers = createHandlers({
    db,
    self,
    memberKey,
    traitsFor: commentTraits,
    retentionMs: () => retentionMsOf(db),
    notify(profileIds) {
      // Only open extension pages listen; with none open the send fails, which is fine.
      messaging.sendMessage('dataChanged', { profileIds }).catch(() => undefined);
    },
    log(level, message) {
      console[level](message);
    },
  });

  messaging.onMessage('capture', ({ data, sender }) => handlers.capture(data, sender));
  messaging.onMessage('getReport', ({ data, sender }) => handlers.getReport(data, sender));

  const data = createDataHandlers({
    db,
    self,
    resetMemberKey: () => memberKey.reset(),
    memberKey,
    notify: (profileIds) => void messaging.sendMessage('dataChanged', { profileIds }).catch(() => undefined),
    log: (level, message) => console[level](message),
  });
  messaging.onMessage('getSegments', (m) => data.getSegments(m.data, m.sender));
  messaging.onMessage('getOverlap', (m) => data.getOverlap(m.data, m.sender));
  messaging.onMessage('forgetProfile', (m) => data.forgetProfile(m.data, m.sender));
  messaging.onMessage('deleteEverything', (m) => data.deleteEverything(m.data, m.sender));
  messaging.onMessage('exportData', (m) => data.exportData(m.data, m.sender));
  messaging.onMessage('importData', (m) => data.importData(m.data, m.sender));
  messaging.onMessage('setRetentionDays', (m) => data.setRetentionDays(m.data, m.sender));
  messaging.onMessage('getSettings', (m) => data.getSettings(m.data, m.sender));
  messaging.onMessage('setPersistence', (m) => data.setPersistence(m.data, m.sender));

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
    keepAlive: () => void browser.alarms.create(JOBS_ALARM, { periodInMinutes: 0.5 }),
    log: (level, message) => console[level](message),
  });
  messaging.onMessage('rebuildSegments', ({ data, sender }) => jobs.rebuildSegments(data, sender));
  messaging.onMessage('getJob', ({ data, sender }) => jobs.getJob(data, sender));

  const lists = createShortlistHandlers({
    db,
    self,
    notify: (profileIds) => void messaging.sendMessage('dataChanged', { profileIds }).catch(() => undefined),
    log: (level, message) => console[level](message),
  });
  messaging.onMessage('listShortlists', ({ data, sender }) => lists.listShortlists(data, sender));
  messaging.onMessage('createShortlist', ({ data, sender }) => lists.createShortlist(data, sender));
  messaging.onMessage('renameShortlist', ({ data, sender }) => lists.renameShortlist(data, sender));
  messaging.onMessage('deleteShortlist', ({ data, sender }) => lists.deleteShortlist(data, sender));
  messaging.onMessage('saveToShortlist', ({ data, sender }) => lists.saveToShortlist(data, sender));
  messaging.onMessage('updateShortlistEntry', ({ data, sender }) => lists.updateShortlistEntry(data, sender));
  messaging.onMessage('removeShortlistEntry', ({ data, sender }) => lists.removeShortlistEntry(data, sender));
  messaging.onMessage('getShortlist', ({ data, sender }) => lists.getShortlist(data, sender));
  messaging.onMessage('exportShortlist', ({ data, sender }) => lists.exportShortlist(data, sender));
  messaging.onMessage('importShortlists', ({ data, sender }) => lists.importShortlists(data, sender));
  messaging.onMessage('listTargetPersonas', ({ data, sender }) => lists.listTargetPersonas(data, sender));
  messaging.onMessage('saveTargetPersona', ({ data, sender }) => lists.saveTargetPersona(data, sender));
  messaging.onMessage('deleteTargetPersona', ({ data, sender }) => lists.deleteTargetPersona(data, sender));
  messaging.onMessage('setOwnProfile', ({ data, sender }) => lists.setOwnProfile(data, sender));
  messaging.onMessage('getMyAudience', ({ data, sender }) => lists.getMyAudience(data, sender));
  messaging.onMessage('importAnalytics', ({ data, sender }) => lists.importAnalytics(data, sender));
}
