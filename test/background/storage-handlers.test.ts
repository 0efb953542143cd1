import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDatabaseIdentity } from '../../lib/background/database-identity';
import { createHandlers } from '../../lib/background/handlers';
import { CAPTURE_PAUSED, createStorageHandlers } from '../../lib/background/storage-handlers';
import { EVERY_CAPTURES } from '../../lib/db/auto-backup';
import { importDatabase } from '../../lib/db/backup';
import type { PersonaLensDB } from '../../lib/db/database';
import type { SenderInfo } from '../../lib/messaging/sender';
import { channelBatch, freshDb, testMemberKey } from '../helpers/db';
import { memoryFolder } from '../helpers/memory-folder';

const self = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const contentSender: SenderInfo = { id: 'ours', url: 'https://www.youtube.com/@lenatravels', tab: { id: 7 } };
const popupSender: SenderInfo = { id: 'ours', url: 'chrome-extension://ours/popup.html' };
const MiB = 1024 * 1024;

let db: PersonaLensDB;
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  await db?.delete();
});

function setup() {
  db = freshDb();
  const estimate = { usage: 10 * MiB, quota: 1_000 * MiB };
  const logs: string[] = [];
  let notified = 0;
  let clock = 1_764_000_000_000;
  const capture = createHandlers({ db, self, memberKey: testMemberKey, notify: () => undefined, log: (_l, m) => logs.push(m) });
  const identity = createDatabaseIdentity(db, fakeBrowser.storage.local, () => clock);
  const storage = createStorageHandlers({
    db,
    self,
    area: fakeBrowser.storage.local,
    estimate: async () => estimate,
    folder: memoryFolder(),
    identity,
    importJson: (json) => importDatabase(db, json),
    notify: () => notified++,
    log: (_l, m) => logs.push(m),
    now: () => (clock += 1_000),
  });
  const send = (batch: unknown) => storage.guardCapture(batch, contentSender, () => capture.capture(batch, contentSender));
  return { storage, send, estimate, logs, notifiedCount: () => notified };
}

describe('storage guard around capture', () => {
  it('stores while there is room, pauses before writing when there is not, and resumes when space is freed', async () => {
    const { storage, send, estimate } = setup();
    expect(await send(channelBatch())).toMatchObject({ ok: true, commentsAdded: 3 });
    expect((await storage.getStorageStatus(undefined, popupSender)).pressure).toBeNull();

    estimate.usage = 995 * MiB; // inside the margin (a tenth of the quota)
    const more = channelBatch({ comments: [{ platform: 'youtube', id: 'c9', postId: 'vid1', authorHandle: 'newfan', text: 'hi' }] });
    expect(await send(more)).toEqual({ ok: false, error: CAPTURE_PAUSED, retry: true });
    expect(await db.comments.count()).toBe(3);
    expect((await storage.getStorageStatus(undefined, popupSender)).pressure).toMatchObject({ kind: 'low', usage: 995 * MiB, quota: 1_000 * MiB });

    // Room for an empty write, not for the capture that waits: still paused.
    estimate.usage = 935 * MiB;
    expect(await send(channelBatch({ comments: Array.from({ length: 2_000 }, (_, i) => ({ platform: 'youtube' as const, id: `big${i}`, postId: 'vid1', authorHandle: 'fan', text: 'hi' })) }))).toMatchObject({ ok: false, retry: true });
    expect((await storage.getStorageStatus(undefined, popupSender)).pressure).toMatchObject({ kind: 'low', comments: 2_000 });
    estimate.usage = 100 * MiB;
    // The status looks again: the notice goes once there is room.
    expect((await storage.getStorageStatus(undefined, popupSender)).pressure).toBeNull();
    expect(await send(more)).toMatchObject({ ok: true, commentsAdded: 1 });
  });

  it('remembers a write the browser refused as "storage full" until a write succeeds', async () => {
    const { storage, send } = setup();
    expect(await send(channelBatch())).toMatchObject({ ok: true });
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.members.hook('creating', refuse);
    const more = channelBatch({ comments: [{ platform: 'youtube', id: 'c9', postId: 'vid1', authorHandle: 'newfan', text: 'hi' }] });
    expect(await send(more)).toMatchObject({ ok: false, retry: true, error: 'storage-full' });
    // The estimate shows plenty of room (it does not follow the disk): the refusal still stands.
    expect((await storage.getStorageStatus(undefined, popupSender)).pressure).toMatchObject({ kind: 'full' });
    db.members.hook('creating').unsubscribe(refuse);
    expect(await send(more)).toMatchObject({ ok: true, commentsAdded: 1 });
    expect((await storage.getStorageStatus(undefined, popupSender)).pressure).toBeNull();
  });

  it('opens the database again after an open that failed (Chromium on a full disk), instead of refusing every capture after it', async () => {
    const { send } = setup();
    // The browser fails to open the store, as Chromium does on a full disk.
    const factory = (db as unknown as { _deps: { indexedDB: IDBFactory } })._deps.indexedDB;
    const open = factory.open;
    factory.open = () => {
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    };
    try {
      expect(await send(channelBatch())).toMatchObject({ ok: false, retry: true });
      expect(db.hasFailed()).toBe(true);
    } finally {
      factory.open = open;
    }
    // Space is back: the store opens again.
    expect(await send(channelBatch())).toMatchObject({ ok: true, commentsAdded: 3 });
  });

  it('writes an automatic backup after enough captures, keeps it through a reset, and restores it', async () => {
    const { storage, send } = setup();
    for (let i = 0; i < EVERY_CAPTURES; i++) {
      await send(channelBatch({ comments: [{ platform: 'youtube', id: `c${i}`, postId: 'vid1', authorHandle: `fan${i % 7}`, text: 'hi' }] }));
    }
    await storage.idle();
    const { backups } = await storage.getStorageStatus(undefined, popupSender);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ comments: EVERY_CAPTURES });
    const membersBefore = (await db.members.toCollection().primaryKeys()).sort();

    // The browser drops the database; the worker goes on with an empty one.
    await db.delete();
    await db.open();
    for (let i = 0; i < EVERY_CAPTURES; i++) {
      await send(channelBatch({ comments: [{ platform: 'youtube', id: `d${i}`, postId: 'vid1', authorHandle: 'fan1', text: 'hi' }] }));
    }
    await storage.idle();
    const afterReset = await storage.getStorageStatus(undefined, popupSender);
    expect(afterReset.reset).not.toBeNull();
    // No backup of the recreated database pushed the good one out.
    expect(afterReset.backups.map((b) => b.name)).toEqual(backups.map((b) => b.name));

    expect(await storage.restoreBackup({ name: backups[0]!.name }, popupSender)).toMatchObject({ ok: true });
    expect(await db.comments.count()).toBe(EVERY_CAPTURES);
    expect((await db.members.toCollection().primaryKeys()).sort()).toEqual(membersBefore);
    expect((await storage.getStorageStatus(undefined, popupSender)).reset).toBeNull();
  });

  it('writes no automatic backup when switched off', async () => {
    const { storage, send } = setup();
    expect((await storage.setAutoBackup({ enabled: false }, popupSender)).autoBackup).toBe(false);
    for (let i = 0; i < EVERY_CAPTURES + 1; i++) {
      await send(channelBatch({ comments: [{ platform: 'youtube', id: `c${i}`, postId: 'vid1', authorHandle: 'fan', text: 'hi' }] }));
    }
    await storage.idle();
    expect((await storage.getStorageStatus(undefined, popupSender)).backups).toEqual([]);
  });

  it.each<[string, () => Promise<unknown>]>([
    ['getStorageStatus from a content script', () => setup().storage.getStorageStatus(undefined, contentSender)],
    ['restoreBackup from another extension', () => setup().storage.restoreBackup({ name: 'x' }, { id: 'evil', url: 'chrome-extension://evil/' })],
    ['restoreBackup with a bad payload', () => setup().storage.restoreBackup({ name: 42 }, popupSender)],
    ['setAutoBackup with extra fields', () => setup().storage.setAutoBackup({ enabled: true, x: 1 }, popupSender)],
  ])('refuses %s', async (_label, call) => {
    await expect(call()).rejects.toThrow(/rejected|invalid-request/);
  });

  it('refuses to restore a file that is not one of its backups, changing nothing', async () => {
    const { storage, send } = setup();
    await send(channelBatch());
    expect(await storage.restoreBackup({ name: '../../secret' }, popupSender)).toMatchObject({ ok: false, error: 'unreadable' });
    expect(await db.comments.count()).toBe(3);
  });
});
