import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { createShortlistHandlers } from '../../lib/background/shortlist-handlers';
import type { PersonaLensDB } from '../../lib/db/database';
import type { SenderInfo } from '../../lib/messaging/sender';
import { PRESET_TARGET_PERSONAS } from '../../lib/personas/targets';
import { channelBatch, freshDb, testMemberKey } from '../helpers/db';

const self = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const contentSender: SenderInfo = { id: 'ours', url: 'https://www.youtube.com/@lenatravels', tab: { id: 7 } };
const page: SenderInfo = { id: 'ours', url: 'chrome-extension://ours/dashboard.html' };
const analytics = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/analytics', name), 'utf8');

let db: PersonaLensDB;
afterEach(async () => {
  await db?.delete();
});

async function setup() {
  db = freshDb();
  const logs: string[] = [];
  let clock = Date.UTC(2026, 10, 29);
  let ids = 0;
  const lists = createShortlistHandlers({
    db,
    self,
    notify: () => undefined,
    log: (_l, m) => logs.push(m),
    now: () => (clock += 1_000),
    newId: () => `id-${++ids}`,
  });
  const capture = createHandlers({ db, self, memberKey: testMemberKey, notify: () => undefined, log: () => undefined });
  await capture.capture(
    channelBatch({
      posts: [
        { platform: 'youtube', id: 'vid1', authorHandle: 'lenatravels', hashtags: [], views: 1000, likes: 40, comments: 10 },
        { platform: 'youtube', id: 'vid2', authorHandle: 'lenatravels', hashtags: [], views: 2000, likes: 60, comments: 20 },
      ],
    }),
    contentSender,
  );
  await capture.capture(channelBatch({ capturedAt: 1_764_000_000_000 + 10 * 86_400_000, profiles: [{ platform: 'youtube', handle: 'lenatravels', displayName: 'Lena Travels', followers: 246_000 }] }), contentSender);
  return { lists, logs };
}

describe('getShortlist', () => {
  it('gives one row per entry with followers, growth, engagement, commenters and a fit per target persona', async () => {
    const { lists } = await setup();
    await lists.saveTargetPersona(PRESET_TARGET_PERSONAS[0], page);
    const { id } = await lists.createShortlist({ name: 'Spring' }, page);
    await lists.saveToShortlist({ shortlistId: id, profileId: 'youtube:lenatravels', tags: ['travel'] }, page);
    const view = await lists.getShortlist({ id }, page);
    expect(view.personas).toEqual([{ id: PRESET_TARGET_PERSONAS[0]!.id, name: PRESET_TARGET_PERSONAS[0]!.name }]);
    expect(view.rows).toHaveLength(1);
    expect(view.rows[0]).toMatchObject({
      handle: 'lenatravels',
      displayName: 'Lena Travels',
      captured: true,
      followers: 246_000,
      engagement: { rate: (0.05 + 0.04) / 2, n: 2 },
      growth: { change: 1_000, n: 2 },
      commenters: 2,
      tags: ['travel'],
      fits: [{ personaId: PRESET_TARGET_PERSONAS[0]!.id, source: 'segments' }],
    });
  });

  it('until the brand defines its own, gives fit for the presets, as the popup does, and says they are presets', async () => {
    const { lists } = await setup();
    const { id } = await lists.createShortlist({ name: 'Spring' }, page);
    await lists.saveToShortlist({ shortlistId: id, profileId: 'youtube:lenatravels' }, page);
    const view = await lists.getShortlist({ id }, page);
    expect(view.personas).toEqual(PRESET_TARGET_PERSONAS.map((p) => ({ id: p.id, name: p.name, preset: true })));
    expect(view.rows[0]!.fits.map((f) => f.personaId)).toEqual(PRESET_TARGET_PERSONAS.map((p) => p.id));
  });

  it('shows an imported creator never captured here as unknown, not zero', async () => {
    const { lists } = await setup();
    const text = JSON.stringify({ format: 'persona-lens/shortlists', version: 1, shortlists: [{ id: 'x', name: 'X', entries: [{ profileId: 'tiktok:nobody' }] }] });
    await lists.importShortlists({ text }, page);
    const [row] = (await lists.getShortlist({ id: 'x' }, page)).rows;
    expect(row).toMatchObject({ captured: false, handle: 'nobody', platform: 'tiktok', followers: null, engagement: { rate: null, n: 0 } });
  });
});

describe('export and import', () => {
  it('exports CSV that parses back to the same creator, and JSON that imports into another browser', async () => {
    const { lists } = await setup();
    const { id } = await lists.createShortlist({ name: 'Spring “26”' }, page);
    await lists.saveToShortlist({ shortlistId: id, profileId: 'youtube:lenatravels', note: '=cmd, "quoted"\nnext' }, page);
    const csv = await lists.exportShortlist({ id, format: 'csv' }, page);
    expect(csv).toMatchObject({ filename: 'persona-lens-spring-26-2026-11-29.csv', mime: 'text/csv;charset=utf-8' });
    const parsed = Papa.parse<Record<string, string>>(csv.text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data[0]).toMatchObject({ handle: 'lenatravels', followers: '246000', note: '\'=cmd, "quoted"\nnext' });

    const json = await lists.exportShortlist({ id, format: 'json' }, page);
    const before = db;
    const other = await setup();
    expect(db).not.toBe(before);
    const report = await other.lists.importShortlists({ text: json.text }, page);
    expect(report).toMatchObject({ added: 1, updated: 0, listsAdded: 1, rejected: [] });
    await before.delete();
  });

  it('imports a file with one bad row: the report lists it, the rest is stored in one go', async () => {
    const { lists } = await setup();
    const text = JSON.stringify({
      format: 'persona-lens/shortlists',
      version: 1,
      shortlists: [{ id: 'x', name: 'X', entries: [{ profileId: 'youtube:lenatravels' }, { profileId: 'youtube:kai', status: 'hired' }, { profileId: 'x:someone' }] }],
    });
    const report = await lists.importShortlists({ text }, page);
    expect(report.added).toBe(2);
    expect(report.rejected).toEqual([{ row: 'shortlists[0].entries[1]', reason: 'invalid-field', issue: { field: 'status', code: 'not-allowed' } }]);
    expect(await db.shortlistEntries.count()).toBe(2);
  });
});

describe('target personas', () => {
  it('lists nothing at first, saves a preset copy, updates it and deletes it', async () => {
    const { lists } = await setup();
    expect(await lists.listTargetPersonas(undefined, page)).toEqual([]);
    const mine = { ...PRESET_TARGET_PERSONAS[1]!, id: 'mine', name: 'Gamers DACH' };
    await lists.saveTargetPersona(mine, page);
    await lists.saveTargetPersona({ ...mine, interests: ['gaming'] }, page);
    expect(await lists.listTargetPersonas(undefined, page)).toEqual([{ ...mine, interests: ['gaming'] }]);
    expect(await lists.deleteTargetPersona({ id: 'mine' }, page)).toEqual({ deleted: true });
    expect(await lists.listTargetPersonas(undefined, page)).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['all weights zero', { ...PRESET_TARGET_PERSONAS[0]!, weights: { gender: 0, language: 0, region: 0, interest: 0, age: 0 } }],
    ['a bad age band', { ...PRESET_TARGET_PERSONAS[0]!, ageBands: ['young'] }],
    ['an empty name', { ...PRESET_TARGET_PERSONAS[0]!, name: ' ' }],
    ['an extra field', { ...PRESET_TARGET_PERSONAS[0]!, script: '<script>' }],
  ])('refuses a persona with %s', async (_label, persona) => {
    const { lists } = await setup();
    await expect(lists.saveTargetPersona(persona, page)).rejects.toThrow('invalid-request');
    expect(await db.targetPersonas.count()).toBe(0);
  });
});

describe('my audience', () => {
  it('marks a profile as mine, imports YouTube Studio tables and builds personas from them', async () => {
    const { lists } = await setup();
    expect(await lists.getMyAudience(undefined, page)).toEqual({ ownProfileId: null, profile: null, analytics: null });
    await expect(lists.importAnalytics({ profileId: 'youtube:lenatravels', kind: 'plain-csv', text: 'x' }, page)).rejects.toThrow('not-own-profile');
    await lists.setOwnProfile({ profileId: 'youtube:lenatravels' }, page);
    const text = ['youtube-studio-viewer-age.csv', 'youtube-studio-viewer-gender.csv', 'youtube-studio-geography.csv'].map(analytics).join('\n\n');
    const result = await lists.importAnalytics({ profileId: 'youtube:lenatravels', kind: 'youtube-studio', text }, page);
    expect(result.rejected).toHaveLength(1);
    expect(result.personas[0]).toMatchObject({ ageBand: '25-34', gender: 'female', country: 'DE' });
    const mine = await lists.getMyAudience(undefined, page);
    expect(mine.profile).toMatchObject({ handle: 'lenatravels' });
    expect(mine.analytics?.personas).toEqual(result.personas);
  });

  it('refuses to mark a profile never captured', async () => {
    const { lists } = await setup();
    await expect(lists.setOwnProfile({ profileId: 'tiktok:nobody' }, page)).rejects.toThrow('profile-not-captured');
  });
});

describe('sender rules for the dashboard messages', () => {
  const calls: [string, unknown][] = [
    ['getShortlist', { id: 'x' }],
    ['exportShortlist', { id: 'x', format: 'csv' }],
    ['importShortlists', { text: '{}' }],
    ['listTargetPersonas', undefined],
    ['saveTargetPersona', PRESET_TARGET_PERSONAS[0]],
    ['deleteTargetPersona', { id: 'x' }],
    ['setOwnProfile', { profileId: 'youtube:lenatravels' }],
    ['getMyAudience', undefined],
    ['importAnalytics', { profileId: 'youtube:lenatravels', kind: 'plain-csv', text: 'age_band,gender,country,share' }],
  ];
  const strangers: [string, SenderInfo][] = [
    ['our content script', contentSender],
    ['another extension', { id: 'evil', url: 'chrome-extension://evil/page.html' }],
    ['a web page', { url: 'https://evil.example/' }],
  ];
  it.each(calls.flatMap(([type, payload]) => strangers.map(([who, sender]) => [type, who, payload, sender] as const)))(
    '%s from %s is rejected',
    async (type, _who, payload, sender) => {
      const { lists, logs } = await setup();
      const handler = lists[type as keyof typeof lists] as (d: unknown, s: SenderInfo) => Promise<unknown>;
      await expect(handler(payload, sender)).rejects.toThrow('rejected');
      expect(logs.at(-1)).toMatch(new RegExp(`rejected ${type}: sender`));
      expect(await db.targetPersonas.count()).toBe(0);
      expect(await db.settings.where('key').startsWith('myAudience').count()).toBe(0);
    },
  );
});
