import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';

import { exportDB } from 'dexie-export-import';
import { DB_VERSION, type PersonaLensDB } from '../../lib/db/database';
import { exportDatabase, importDatabase } from '../../lib/db/backup';
import { ingestBatch } from '../../lib/db/ingest';
import { channelBatch, freshDb, testMemberKey, textTraits } from '../helpers/db';

const DAY = 24 * 60 * 60 * 1000;
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

/** Segment rows carry the time they were rebuilt at. */
const strip = (rows: unknown[] | undefined) => (rows as { updatedAt?: number }[]).map(({ updatedAt: _u, ...rest }) => rest);

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
    await target.personaResults.put({ profileId: 'youtube:other', fingerprint: 'f', result: { status: 'insufficient', reason: 'too-few-members', needed: 30, sample: { members: 0, engagements: 0, posts: 0 } }, computedAt: 1 });
    expect((await importDatabase(target, json)).ok).toBe(true);
    expect(await target.personaResults.count()).toBe(0);
  });

  it('round-trips the whole database but the install secret, replacing what was there and keeping this install\'s secret', async () => {
    const source = await filled();
    const json = await exportDatabase(source);
    expect(json).not.toContain('installSecret');
    const target = db();
    await ingestBatch(target, channelBatch({ sourceUrl: 'https://www.youtube.com/@other', profiles: [{ platform: 'youtube', handle: 'other' }], posts: [], comments: [] }), { memberKey: testMemberKey });
    const ownSecret = { key: 'installSecret', value: new Uint8Array(16).fill(7) };
    await target.settings.put(ownSecret);
    const report = await importDatabase(target, json);
    expect(report).toMatchObject({ ok: true, fromVersion: DB_VERSION, rows: { profiles: 1, comments: 2, members: 2, segments: 1, audience: 2 } });
    const withoutSecret = async (d: PersonaLensDB) => {
      const all = await everything(d);
      all.settings = (all.settings as { key: string }[]).filter((s) => s.key !== 'installSecret');
      // Expiry is set again on import from the retention restored with it (finding 5).
      all.comments = (all.comments as { textExpiresAt?: number }[]).map(({ textExpiresAt: _t, ...c }) => c);
      return all;
    };
    const [got, want] = await Promise.all([withoutSecret(target), withoutSecret(source)]);
    expect({ ...got, segments: strip(got.segments) }).toEqual({ ...want, segments: strip(want.segments) });
    expect(await target.settings.get('installSecret')).toEqual(ownSecret);
    expect((await target.comments.toArray()).map((c) => c.textExpiresAt! - c.firstSeen)).toEqual([12 * DAY, 12 * DAY]);
  });

  it.each([
    ['not JSON', 'hello', 'not-json'],
    ['JSON of another kind', '{"a":1}', 'unknown-format'],
    ['another app’s Dexie export', JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'x', databaseVersion: 1, tables: [{ name: 'todos', schema: '++id', rowCount: 0 }], data: [] } }), 'foreign-tables'],
  ])('refuses %s and changes nothing', async (_label, json, message) => {
    const d = await filled();
    const before = await everything(d);
    const report = await importDatabase(d, json);
    expect(report.ok).toBe(false);
    expect(report).toEqual({ ok: false, error: message });
    expect(await everything(d)).toEqual(before);
  });

  it('refuses a backup from a newer schema version with a clear message', async () => {
    const d = await filled();
    const file = JSON.parse(await exportDatabase(d)) as { data: { databaseVersion: number } };
    file.data.databaseVersion = DB_VERSION + 1;
    const before = await everything(d);
    const report = await importDatabase(d, JSON.stringify(file));
    expect(report).toEqual({ ok: false, error: 'newer-version', version: DB_VERSION + 1, supported: DB_VERSION });
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
    expect(report).toMatchObject({ ok: false, error: 'write-failed', cause: expect.stringMatching(/ConstraintError/) });
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

  describe('a hostile file (issue 14, findings 1, 3 and 5)', () => {
    /** Our own export, then one change to it. */
    async function tampered(change: (file: { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } }) => void) {
      const file = JSON.parse(await exportDatabase(await filled())) as { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };
      change(file);
      return JSON.stringify(file);
    }
    const rowsOf = (file: { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } }, table: string) =>
      file.data.data.find((t) => t.tableName === table)!.rows;

    it('takes our own untouched export (the accepted path of the refusals below)', async () => {
      const report = await importDatabase(db(), await tampered(() => undefined));
      expect(report).toMatchObject({ ok: true, rows: { profiles: 1, comments: 2 } });
    });

    it.each<[string, (file: { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } }) => void, object]>([
      ['a $types path through __proto__', (f) => void (rowsOf(f, 'profiles')[0]!.$types = { '__proto__.constructor.keys': 'undef' }), { error: 'foreign-types', table: 'profiles', row: 1 }],
      ['a $types path through constructor', (f) => void (rowsOf(f, 'members')[0]!.$types = { 'constructor.prototype': 'undef' }), { error: 'foreign-types', table: 'members', row: 1 }],
      ['a $types of another kind', (f) => void (rowsOf(f, 'posts')[0]!.$types = { text: 'date' }), { error: 'foreign-types', table: 'posts', row: 1 }],
      ['followers that are not a count', (f) => void (rowsOf(f, 'profiles')[0]!.followers = 'lots'), { error: 'invalid-row', table: 'profiles', row: 1, issue: { field: 'followers', code: 'wrong-type', expected: 'number' } }],
      ['a platform we do not read', (f) => void (rowsOf(f, 'profiles')[0]!.platform = 'myspace'), { error: 'invalid-row', table: 'profiles', row: 1, issue: { field: 'platform', code: 'not-allowed' } }],
      ['a javascript: source address', (f) => void (rowsOf(f, 'profiles')[0]!.lastSourceUrl = 'javascript:alert(1)'), { error: 'invalid-row', table: 'profiles', row: 1, issue: expect.objectContaining({ field: 'lastSourceUrl' }) }],
      ['a profile id that is not its handle', (f) => void (rowsOf(f, 'profiles')[0]!.id = 'youtube:someoneelse'), { error: 'invalid-row', table: 'profiles', row: 1, issue: { field: '', code: 'rule', detail: 'profile-id-mismatch' } }],
      ['an unknown setting', (f) => void rowsOf(f, 'settings').push({ key: 'evil', value: 1 }), { error: 'invalid-row', table: 'settings', row: expect.any(Number), issue: expect.any(Object) }],
      ['rows without their keys', (f) => void ((f.data.data.find((t) => t.tableName === 'profiles') as { inbound?: boolean }).inbound = false), { error: 'rows-without-keys', table: 'profiles' }],
      ['rows for a table it does not declare', (f) => void f.data.data.push({ tableName: 'todos', inbound: true, rows: [] } as { tableName: string; rows: Record<string, unknown>[] }), { error: 'undeclared-table' }],
    ])('refuses %s and changes nothing', async (_label, change, failure) => {
      const d = await filled();
      const before = await everything(d);
      const report = await importDatabase(d, await tampered(change));
      expect(report).toEqual({ ok: false, ...failure });
      expect(await everything(d)).toEqual(before);
      // The worker is not poisoned: what listShortlists and exportData need still works.
      expect(Object.keys({ a: 1 })).toEqual(['a']);
      expect(await exportDatabase(d)).toContain('"profiles"');
    });

    it('drops the install secret an older backup carries and keeps this install\'s own', async () => {
      const d = await filled();
      const legacy = await tampered((f) =>
        rowsOf(f, 'settings').push({ key: 'installSecret', value: { '0': 1 }, $types: { value: 'uint8array' } }),
      );
      const own = await d.settings.get('installSecret');
      expect(await importDatabase(d, legacy)).toMatchObject({ ok: true });
      expect(await d.settings.get('installSecret')).toEqual(own);
    });

    it('gives restored comment text the expiry this install sets, so retention is not skipped', async () => {
      const d = db();
      const file = await tampered((f) => {
        for (const c of rowsOf(f, 'comments')) {
          delete c.textExpiresAt;
          const types = c.$types as Record<string, string> | undefined;
          if (types) delete types.textExpiresAt;
        }
      });
      expect(await importDatabase(d, file)).toMatchObject({ ok: true });
      const comments = await d.comments.toArray();
      expect(comments.map((c) => c.textExpiresAt! - c.firstSeen)).toEqual([12 * DAY, 12 * DAY]);
      const { purgeExpiredText } = await import('../../lib/db/retention');
      expect(await purgeExpiredText(d, comments[0]!.firstSeen + 13 * DAY, testMemberKey)).toBe(2);
    });
  });
});
