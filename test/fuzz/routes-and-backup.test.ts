/**
 * Property-based fuzzing of every message the background answers (through the route table's
 * one gate, as start.ts wires them) and of backup import (a file the user picks, which may
 * come from anyone). CI runs a bounded number of cases; `npm run fuzz -- --runs 100000` runs
 * a long campaign (database-backed properties get a tenth of the budget).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createDataHandlers } from '../../lib/background/data-handlers';
import { createGate, Rejected } from '../../lib/background/gate';
import { createDatabaseIdentity } from '../../lib/background/database-identity';
import { createHandlers } from '../../lib/background/handlers';
import { createStorageHandlers } from '../../lib/background/storage-handlers';
import { createJobHandlers } from '../../lib/background/job-handlers';
import { createShortlistHandlers } from '../../lib/background/shortlist-handlers';
import { exportDatabase, importDatabase } from '../../lib/db/backup';
import { ingestBatch } from '../../lib/db/ingest';
import { ROW_SCHEMAS } from '../../lib/db/record-schemas';
import { ROUTES, type RoutedMessage } from '../../lib/messaging/routes';
import type { SenderInfo } from '../../lib/messaging/sender';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { channelBatch, freshDb, testMemberKey, textTraits } from '../helpers/db';
import { memoryFolder } from '../helpers/memory-folder';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const DB_RUNS = Math.max(20, Math.floor(RUNS / 10));

const self = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const senders: SenderInfo[] = [
  { id: 'ours', url: 'chrome-extension://ours/dashboard.html' },
  { id: 'ours', url: 'https://www.youtube.com/@lenatravels', tab: { id: 1 } },
  { id: 'other', url: 'https://www.youtube.com/@lenatravels', tab: { id: 2 } },
  { url: 'https://evil.example/', tab: { id: 3 } },
];
const types = Object.keys(ROUTES) as RoutedMessage[];

const db = freshDb();
const target = freshDb();
afterAll(async () => {
  await db.delete();
  await target.delete();
});

const counts = async (d = db) => Promise.all(d.tables.map((t) => t.count()));

describe('every routed message', () => {
  const log = () => undefined;
  const gate = createGate({ self, log });
  const notify = () => undefined;
  const capture = createHandlers({ db, self, gate, memberKey: testMemberKey, notify, log });
  const data = createDataHandlers({ db, self, gate, memberKey: testMemberKey, resetMemberKey: () => undefined, notify, log });
  const lists = createShortlistHandlers({ db, self, gate, notify, log });
  const jobs = createJobHandlers({ db, self, gate, keepAlive: () => undefined, log });
  const storage = createStorageHandlers({
    db,
    self,
    gate,
    area: fakeBrowser.storage.local,
    estimate: async () => ({ usage: 0, quota: 1e12 }),
    folder: memoryFolder(),
    identity: createDatabaseIdentity(db, fakeBrowser.storage.local),
    importJson: (json, sender) => data.importData({ json }, sender),
    notify,
    log,
  });
  const { guardCapture: _guard, idle: _idle, ...storageRoutes } = storage;
  const handlers: Record<RoutedMessage, (data: unknown, sender: SenderInfo) => Promise<unknown>> = {
    ...{ capture: capture.capture, getReport: capture.getReport },
    ...data,
    ...lists,
    ...jobs,
    ...storageRoutes,
  } as never;
  // Every route of the table has its handler here, so none is fuzzed by a TypeError.
  expect(types.filter((t) => typeof handlers[t] !== 'function')).toEqual([]);

  /** Payloads near each route's shape (an object with plausible keys) and far from it. */
  const payload = fc.oneof(
    fc.anything(),
    fc.jsonValue(),
    fc.dictionary(fc.constantFrom('profileId', 'profileIds', 'id', 'name', 'json', 'days', 'granted', 'url', 'text', 'format', 'shortlistId'), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant('youtube:lenatravels'), fc.array(fc.string(), { maxLength: 3 }))),
  );

  it('answers or refuses every message without a crash, and a refused one changes nothing', async () => {
    await ingestBatch(db, channelBatch(), { memberKey: testMemberKey, traitsFor: textTraits });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...types), payload, fc.constantFrom(...senders), async (type, body, sender) => {
        const before = await counts();
        const refusals = gate.rejections.length;
        try {
          await handlers[type](body, sender);
        } catch (error) {
          // A refusal or an answer in words; never a TypeError or the like from our code.
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).name).toMatch(/^(Error|Rejected)$/);
          if (error instanceof Rejected) expect(await counts()).toEqual(before);
        }
        const refused = gate.rejections.slice(refusals).some((r) => !r.reason.startsWith('scope') && !r.reason.startsWith('rate: '));
        if (refused && type !== 'capture') expect(await counts()).toEqual(before);
      }),
      { numRuns: DB_RUNS },
    );
  });
});

describe('backup import', () => {
  type File = { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };
  const exported = (async () => {
    const source = freshDb();
    await ingestBatch(source, channelBatch(), { memberKey: testMemberKey, traitsFor: textTraits });
    await source.shortlists.add({ id: 's1', name: 'Spring', createdAt: 1, updatedAt: 1 });
    const json = await exportDatabase(source);
    await source.delete();
    return json;
  })();

  /** One change at a random place of our own export: a value, a new key, or a `$types` entry. */
  const change = fc.record({
    table: fc.nat(),
    row: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', '$types', 'followers', 'platform', 'key', 'text', 'lastSourceUrl', 'traits', 'value'), fc.string()),
    value: fc.oneof(
      fc.anything(),
      fc.jsonValue(),
      fc.dictionary(fc.constantFrom('__proto__.polluted', 'constructor.prototype.polluted', 'text', 'hashtags', 'a.b', ''), fc.constantFrom('undef', 'arrayNonindexKeys', 'date', 'uint8array')),
    ),
  });

  it('takes a file only when every row passes its schema, refuses anything else whole, and never pollutes a prototype', async () => {
    const json = await exported;
    await fc.assert(
      fc.asyncProperty(change, async ({ table, row, key, value }) => {
        const file = JSON.parse(json) as File;
        const chunks = file.data.data.filter((t) => t.rows.length > 0);
        const chunk = chunks[table % chunks.length]!;
        const target_ = chunk.rows[row % chunk.rows.length]!;
        Object.defineProperty(target_, key, { value, enumerable: true, configurable: true, writable: true });
        let text: string;
        try {
          text = JSON.stringify(file);
        } catch {
          return; // not JSON (a BigInt, a cycle): no file could hold it
        }
        const before = await counts(target);
        const report = await importDatabase(target, text);
        expect(Object.keys({ a: 1 })).toEqual(['a']);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (!report.ok) {
          expect(await counts(target)).toEqual(before);
          return;
        }
        for (const [name, schema] of Object.entries(ROW_SCHEMAS)) {
          for (const stored of await target.table(name).toArray()) {
            if (name === 'settings' && (stored as { key: string }).key === 'installSecret') continue;
            expect(schema.safeParse(stored).success).toBe(true);
          }
        }
      }),
      { numRuns: DB_RUNS },
    );
  });
});
