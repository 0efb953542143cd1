import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';

// dexie-export-import expects what browsers and workers have and Node lacks: `self` when it
// loads, and FileReader.readAsArrayBuffer when it finishes an export.
vi.hoisted(() => {
  const g = globalThis as { self?: unknown; FileReader?: unknown };
  g.self ??= globalThis;
  g.FileReader ??= class {
    onload: ((ev: { target: { result: ArrayBuffer } }) => void) | null = null;
    onerror: ((ev: { target: { error: unknown } }) => void) | null = null;
    onabort: (() => void) | null = null;
    readAsArrayBuffer(blob: Blob) {
      blob.arrayBuffer().then(
        (result) => this.onload?.({ target: { result } }),
        (error: unknown) => this.onerror?.({ target: { error } }),
      );
    }
  };
});

import { exportDB } from 'dexie-export-import';
import { DB_VERSION, type PersonaLensDB } from '../../lib/db/database';
import { exportDatabase, importDatabase } from '../../lib/db/backup';
import { ingestBatch } from '../../lib/db/ingest';
import { channelBatch, freshDb, testMemberKey, textTraits } from '../helpers/db';

const open: PersonaLensDB[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.delete();
});
function db(): PersonaLensDB {
  const d = freshDb();
  open.push(d);
  return d;
}

async function everything(d: PersonaLensDB) {
  const out: Record<string, unknown[]> = {};
  for (const t of d.tables) out[t.name] = await t.toArray();
  return out;
}

async function filled(): Promise<PersonaLensDB> {
  const d = db();
  await ingestBatch(d, channelBatch({ comments: [
    { platform: 'youtube', id: 'c1', postId: 'vid1', authorHandle: 'anna', text: 'g=female l=pt r=BR' },
    { platform: 'youtube', id: 'c2', postId: 'vid2', authorHandle: 'marco', text: 'i=food' },
  ] }), { memberKey: testMemberKey, traitsFor: textTraits });
  await d.settings.put({ key: 'installSecret', value: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]) });
  await d.settings.put({ key: 'retentionDays', value: 12 });
  await d.shortlists.add({ id: 's1', name: 'Spring', createdAt: 1, updatedAt: 1 });
  return d;
}

describe('backup', () => {
  it('leaves no stored personas of the replaced data after an import, even from a backup older than v4', async () => {
    const source = await filled();
    // Even a backup from before v4, without a personaResults table: the import clears every table.
    const file = JSON.parse(await exportDatabase(source)) as { data: { databaseVersion: number; tables: { name: string }[]; data: { tableName: string }[] } };
    file.data.databaseVersion = 3;
    file.data.tables = file.data.tables.filter((t) => t.name !== 'personaResults');
    file.data.data = file.data.data.filter((t) => t.tableName !== 'personaResults');
    const json = JSON.stringify(file);
    const target = db();
    await target.personaResults.put({ profileId: 'youtube:other', fingerprint: 'f', result: { status: 'insufficient', reason: 'r', sample: { members: 0, engagements: 0, posts: 0 } }, computedAt: 1 });
    expect((await importDatabase(target, json)).ok).toBe(true);
    expect(await target.personaResults.count()).toBe(0);
  });

  it('round-trips the whole database, install secret included, replacing what was there', async () => {
    const source = await filled();
    const json = await exportDatabase(source);
    const target = db();
    await ingestBatch(target, channelBatch({ sourceUrl: 'https://www.youtube.com/@other', profiles: [{ platform: 'youtube', handle: 'other' }], posts: [], comments: [] }), { memberKey: testMemberKey });
    const report = await importDatabase(target, json);
    expect(report).toMatchObject({ ok: true, fromVersion: DB_VERSION, rows: { profiles: 1, comments: 2, members: 2, segments: 1, audience: 2 } });
    expect(await everything(target)).toEqual(await everything(source));
    const secret = (await target.settings.get('installSecret'))!.value;
    expect(secret).toBeInstanceOf(Uint8Array);
  });

  it.each([
    ['not JSON', 'hello', /not JSON/],
    ['JSON of another kind', '{"a":1}', /unknown format/],
    ['another app’s Dexie export', JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'x', databaseVersion: 1, tables: [{ name: 'todos', schema: '++id', rowCount: 0 }], data: [] } }), /tables are not ours/],
  ])('refuses %s and changes nothing', async (_label, json, message) => {
    const d = await filled();
    const before = await everything(d);
    const report = await importDatabase(d, json);
    expect(report.ok).toBe(false);
    expect(!report.ok && report.error).toMatch(message);
    expect(await everything(d)).toEqual(before);
  });

  it('refuses a backup from a newer schema version with a clear message', async () => {
    const d = await filled();
    const file = JSON.parse(await exportDatabase(d)) as { data: { databaseVersion: number } };
    file.data.databaseVersion = DB_VERSION + 1;
    const before = await everything(d);
    const report = await importDatabase(d, JSON.stringify(file));
    expect(report).toEqual({ ok: false, error: expect.stringMatching(/newer version of Persona Lens.*Update the extension/) });
    expect(await everything(d)).toEqual(before);
  });

  it('rolls back the clear when a row cannot be imported', async () => {
    const d = await filled();
    const file = JSON.parse(await exportDatabase(d)) as { data: { data: { tableName: string; rows: unknown[] }[] } };
    // Two members with one key: the second add fails after tables were cleared and some rows written.
    const members = file.data.data.find((t) => t.tableName === 'members')!;
    members.rows.push(members.rows[0]);
    const before = await everything(d);
    const report = await importDatabase(d, JSON.stringify(file));
    expect(report).toMatchObject({ ok: false, error: expect.stringMatching(/data is unchanged/) });
    expect(await everything(d)).toEqual(before);
  });

  it('imports a v1 backup and derives the tables v1 lacked', async () => {
    const name = `v1-backup-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      profiles: 'id, platform, lastSeen', followerSnapshots: '++id, [profileId+at]', posts: 'key, profileId, lastSeen',
      comments: 'key, profileId, postKey, memberKey, textExpiresAt', members: 'key, lastSeen',
      engagements: 'id, profileId, memberKey, postKey', pages: 'url, profileId', settings: 'key',
      targetPersonas: 'id', shortlists: 'id', shortlistEntries: 'id, shortlistId, profileId',
    });
    await v1.open();
    await v1.table('profiles').add({ id: 'youtube:a', platform: 'youtube', handle: 'a', firstSeen: 1, lastSeen: 1, lastSourceUrl: 'https://www.youtube.com/@a' });
    await v1.table('members').add({ key: 'm1', platform: 'youtube', firstSeen: 1, lastSeen: 1 });
    await v1.table('engagements').add({ id: 'm1|youtube:p', memberKey: 'm1', postKey: 'youtube:p', profileId: 'youtube:a', count: 2, firstSeen: 1, lastSeen: 1 });
    const json = await (await exportDB(v1)).text();
    await v1.delete();

    const d = await filled();
    const report = await importDatabase(d, json);
    expect(report).toMatchObject({ ok: true, fromVersion: 1, rows: { profiles: 1, audience: 1, segments: 1, comments: 0 } });
    expect((await d.segments.get('youtube:a'))!.counts.members).toBe(1);
  });
});
