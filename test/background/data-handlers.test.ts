import { afterEach, describe, expect, it } from 'vitest';
import { commentTraits } from '../../lib/background/comment-traits';
import { createDataHandlers } from '../../lib/background/data-handlers';
import { createHandlers } from '../../lib/background/handlers';
import { installMemberKey } from '../../lib/background/install-secret';
import type { PersonaLensDB } from '../../lib/db/database';
import { retentionMsOf } from '../../lib/db/settings';
import type { SenderInfo } from '../../lib/messaging/sender';
import { channelBatch, freshDb } from '../helpers/db';

const self = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const contentSender: SenderInfo = { id: 'ours', url: 'https://www.youtube.com/@lenatravels', tab: { id: 7 } };
const dashboard: SenderInfo = { id: 'ours', url: 'chrome-extension://ours/dashboard.html' };
const T = 1_764_000_000_000;
const DAY = 86_400_000;

const dbs: PersonaLensDB[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

/** The background as start.ts wires it: real install secret, real traits engine. */
function setup(now = T) {
  const db = freshDb();
  dbs.push(db);
  const memberKey = installMemberKey(db);
  const notified: string[][] = [];
  const logs: string[] = [];
  const capture = createHandlers({
    db,
    self,
    memberKey,
    traitsFor: commentTraits,
    retentionMs: () => retentionMsOf(db),
    notify: (ids) => notified.push(ids),
    log: (_l, m) => logs.push(m),
  });
  const data = createDataHandlers({
    db,
    self,
    resetMemberKey: () => memberKey.reset(),
    memberKey,
    notify: (ids) => notified.push(ids),
    log: (_l, m) => logs.push(m),
    now: () => now,
  });
  return { db, capture, data, memberKey, notified, logs };
}

const comments = [
  { platform: 'youtube' as const, id: 'c1', postId: 'vid1', authorHandle: 'annasmith', authorName: 'Anna Smith', text: 'I love Lisbon, best travel vlog!' },
  { platform: 'youtube' as const, id: 'c2', postId: 'vid1', authorHandle: 'marco_r', authorName: 'Marco Rossi', text: 'Which camera do you use for travel?' },
  { platform: 'youtube' as const, id: 'c3', postId: 'vid2', authorHandle: 'annasmith', authorName: 'Anna Smith', text: 'Again great' },
];

describe('traits wired into capture', () => {
  it('stores a compact trait summary per member and moves the profile’s segments', async () => {
    const { db, capture, data } = setup();
    await capture.capture(channelBatch({ comments }), contentSender);
    const members = await db.members.toArray();
    expect(members.map((m) => m.traits?.comments).sort()).toEqual([1, 2]);
    expect(JSON.stringify(members)).not.toMatch(/anna|marco/i);
    const segments = await data.getSegments({ profileId: 'youtube:lenatravels' }, dashboard);
    expect(segments.members).toBe(2);
    const gender = segments.dimensions.find((d) => d.dimension === 'gender')!;
    expect(gender.counts).toEqual({ female: 1, male: 1 });
    expect(gender.shares[0]).toMatchObject({ count: 1, p: 0.5 });
    expect(gender.shares[0]!.low).toBeGreaterThan(0);
  });
});

describe('getPersonas', () => {
  it('gives a captured profile its personas (here: too few commenters, said so) and null for one never captured', async () => {
    const { capture, data } = setup();
    await capture.capture(channelBatch({ comments }), contentSender);
    const r = await data.getPersonas({ profileId: 'youtube:lenatravels' }, dashboard);
    expect(r?.profileId).toBe('youtube:lenatravels');
    expect(r?.personas).toMatchObject({ status: 'insufficient', sample: { members: 2 } });
    expect(await data.getPersonas({ profileId: 'youtube:nobody' }, dashboard)).toBeNull();
  });
});

describe('data handlers: who may call', () => {
  const calls: [string, unknown][] = [
    ['getSegments', { profileId: 'youtube:lenatravels' }],
    ['getPersonas', { profileId: 'youtube:lenatravels' }],
    ['getOverlap', { profileIds: ['youtube:lenatravels'] }],
    ['forgetProfile', { profileId: 'youtube:lenatravels' }],
    ['deleteEverything', undefined],
    ['exportData', undefined],
    ['importData', { json: '{}' }],
    ['setRetentionDays', { days: 7 }],
    ['getSettings', undefined],
    ['setPersistence', { granted: true }],
  ];
  it.each(calls)('%s refuses content scripts and other extensions, touching nothing', async (name, payload) => {
    const { db, capture, data, logs } = setup();
    await capture.capture(channelBatch(), contentSender);
    const before = await Promise.all(db.tables.map((t) => t.count()));
    const handler = data[name as keyof typeof data] as (d: unknown, s: SenderInfo) => Promise<unknown>;
    await expect(handler(payload, contentSender)).rejects.toThrow('rejected');
    await expect(handler(payload, { id: 'evil', url: 'chrome-extension://evil/x.html' })).rejects.toThrow('rejected');
    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(before);
    expect(logs.filter((l) => l.includes(`rejected ${name}`))).toHaveLength(2);
  });

  it.each<[string, unknown]>([
    ['getSegments', { profileId: 42 }],
    ['getSegments', { profileId: 'lenatravels' }],
    ['getPersonas', { profileId: 'lenatravels' }],
    ['getOverlap', { profileIds: [] }],
    ['forgetProfile', {}],
    ['setRetentionDays', { days: 0 }],
    ['setRetentionDays', { days: 2.5 }],
    ['setRetentionDays', { days: '30' }],
    ['setPersistence', { granted: 'yes' }],
    ['importData', { json: 7 }],
    ['deleteEverything', { everything: true }],
  ])('%s refuses the payload %j', async (name, payload) => {
    const { data } = setup();
    const handler = data[name as keyof typeof data] as (d: unknown, s: SenderInfo) => Promise<unknown>;
    await expect(handler(payload, dashboard)).rejects.toThrow('invalid-request');
  });
});

describe('data handlers', () => {
  it('reports overlap and unique reach across profiles', async () => {
    const { capture, data } = setup();
    await capture.capture(channelBatch({ comments }), contentSender);
    await capture.capture(
      channelBatch({
        sourceUrl: 'https://www.youtube.com/@kaibuilds',
        profiles: [{ platform: 'youtube', handle: 'kaibuilds' }],
        posts: [{ platform: 'youtube', id: 'kv1', authorHandle: 'kaibuilds', hashtags: [] }],
        comments: [
          { platform: 'youtube', id: 'k1', postId: 'kv1', authorHandle: 'annasmith', text: 'hi' },
          { platform: 'youtube', id: 'k2', postId: 'kv1', authorHandle: 'zoe', text: 'hey' },
        ],
      }),
      { ...contentSender, url: 'https://www.youtube.com/@kaibuilds' },
    );
    expect(await data.getOverlap({ profileIds: ['youtube:lenatravels', 'youtube:kaibuilds'] }, dashboard)).toMatchObject({
      audience: { 'youtube:lenatravels': 2, 'youtube:kaibuilds': 2 },
      uniqueReach: 3,
      sharedByAll: 1,
      exclusive: { 'youtube:lenatravels': 1, 'youtube:kaibuilds': 1 },
    });
  });

  it('forgets a profile and tells open pages', async () => {
    const { db, capture, data, notified } = setup();
    await capture.capture(channelBatch({ comments }), contentSender);
    expect(await data.forgetProfile({ profileId: 'youtube:lenatravels' }, dashboard)).toMatchObject({ found: true, members: 2 });
    expect(await db.members.count()).toBe(0);
    expect(notified.at(-1)).toEqual(['youtube:lenatravels']);
  });

  it('deletes everything, and a new install secret keys commenters afterwards', async () => {
    const { db, capture, data, memberKey } = setup();
    await capture.capture(channelBatch({ comments }), contentSender);
    const before = await memberKey('youtube', 'annasmith');
    expect(await data.deleteEverything(undefined, dashboard)).toEqual({ ok: true });
    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(db.tables.map(() => 0));
    expect(await memberKey('youtube', 'annasmith')).not.toBe(before);
    expect(await db.settings.count()).toBe(1);
  });

  it('exports, and imports into another browser, which keeps its own secret (the backup holds none)', async () => {
    const a = setup();
    await a.capture.capture(channelBatch({ comments }), contentSender);
    const exported = await a.data.exportData(undefined, dashboard);
    expect(exported.filename).toBe('persona-lens-backup-2025-11-24.json');
    expect(exported.bytes).toBeGreaterThan(1000);

    const b = setup();
    await b.memberKey('youtube', 'someone'); // b has its own secret, cached
    const report = await b.data.importData({ json: exported.json }, dashboard);
    expect(report).toMatchObject({ ok: true, rows: { profiles: 1, comments: 3, members: 2 } });
    expect(exported.json).not.toContain('installSecret');
    expect(await b.memberKey('youtube', 'annasmith')).not.toBe(await a.memberKey('youtube', 'annasmith'));
    // The same page seen in the new browser adds no comment, member or audience.
    const membersBefore = await b.db.members.count();
    await b.capture.capture(channelBatch({ comments }), contentSender);
    expect(await b.db.comments.count()).toBe(3);
    expect(await b.db.members.count()).toBe(membersBefore);
    expect((await b.data.getSegments({ profileId: 'youtube:lenatravels' }, dashboard)).members).toBe(2);
  });

  it('refuses a file that is not ours with a clear message', async () => {
    const { data } = setup();
    expect(await data.importData({ json: '{"hello":"world"}' }, dashboard)).toEqual({
      ok: false,
      error: 'unknown-format',
    });
  });

  it('shortens retention and purges text already past the new period', async () => {
    const { db, capture, data } = setup(T + 10 * DAY);
    await capture.capture(channelBatch({ comments }), contentSender);
    expect(await data.getSettings(undefined, dashboard)).toEqual({ retentionDays: 30, persistentStorage: null });
    expect(await data.setRetentionDays({ days: 7 }, dashboard)).toMatchObject({ retentionDays: 7 });
    expect((await db.comments.toArray()).every((c) => c.text === undefined)).toBe(true);
    expect(await data.setPersistence({ granted: false }, dashboard)).toEqual({
      retentionDays: 7,
      persistentStorage: { granted: false, at: T + 10 * DAY },
    });
  });
});
