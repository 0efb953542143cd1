import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { createShortlistHandlers } from '../../lib/background/shortlist-handlers';
import type { PersonaLensDB } from '../../lib/db/database';
import type { SenderInfo } from '../../lib/messaging/sender';
import { channelBatch, freshDb, testMemberKey } from '../helpers/db';

const self = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const contentSender: SenderInfo = { id: 'ours', url: 'https://www.youtube.com/@lenatravels', tab: { id: 7 } };
const popupSender: SenderInfo = { id: 'ours', url: 'chrome-extension://ours/popup.html' };
const dashboardSender: SenderInfo = { id: 'ours', url: 'chrome-extension://ours/dashboard.html' };

let db: PersonaLensDB;
afterEach(async () => {
  await db?.delete();
});

async function setup() {
  db = freshDb();
  const logs: string[] = [];
  const notified: string[][] = [];
  let clock = 1_000;
  let ids = 0;
  const lists = createShortlistHandlers({
    db,
    self,
    notify: (p) => notified.push(p),
    log: (_l, m) => logs.push(m),
    now: () => (clock += 1),
    newId: () => `list-${++ids}`,
  });
  const capture = createHandlers({ db, self, memberKey: testMemberKey, notify: () => undefined, log: () => undefined });
  await capture.capture(channelBatch(), contentSender);
  return { lists, logs, notified };
}

describe('saveToShortlist', () => {
  it('saves a captured creator with note, tags and status, and notifies pages', async () => {
    const { lists, notified } = await setup();
    const list = await lists.createShortlist({ name: '  Spring campaign ' }, dashboardSender);
    expect(list).toEqual({ id: 'list-1', name: 'Spring campaign' });
    const entry = await lists.saveToShortlist(
      { shortlistId: list.id, profileId: 'youtube:lenatravels', note: 'Great fit', tags: ['travel', ' Travel ', 'rail'], status: 'contacted' },
      popupSender,
    );
    expect(entry).toMatchObject({
      id: 'list-1|youtube:lenatravels',
      shortlistId: 'list-1',
      profileId: 'youtube:lenatravels',
      note: 'Great fit',
      tags: ['travel', 'rail'],
      status: 'contacted',
    });
    expect(notified).toEqual([['youtube:lenatravels']]);
    expect(await lists.listShortlists(undefined, dashboardSender)).toEqual([{ id: 'list-1', name: 'Spring campaign', entries: 1 }]);
  });

  it('defaults note, tags and status, and saving again updates the same entry keeping when it was added', async () => {
    const { lists } = await setup();
    const { id } = await lists.createShortlist({ name: 'A' }, dashboardSender);
    const first = await lists.saveToShortlist({ shortlistId: id, profileId: 'youtube:lenatravels' }, popupSender);
    expect(first).toMatchObject({ note: '', tags: [], status: 'candidate' });
    const second = await lists.saveToShortlist({ shortlistId: id, profileId: 'youtube:lenatravels', note: 'again' }, popupSender);
    expect(second.addedAt).toBe(first.addedAt);
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(await db.shortlistEntries.count()).toBe(1);
  });

  it('saving again without a note or tags keeps the note, tags and status saved before', async () => {
    const { lists } = await setup();
    const { id } = await lists.createShortlist({ name: 'A' }, dashboardSender);
    await lists.saveToShortlist({ shortlistId: id, profileId: 'youtube:lenatravels', note: 'Rates asked', tags: ['travel'], status: 'contacted' }, popupSender);
    // The popup's form sent with empty fields, and the dashboard's "Add to shortlist".
    const again = await lists.saveToShortlist({ shortlistId: id, profileId: 'youtube:lenatravels' }, popupSender);
    expect(again).toMatchObject({ note: 'Rates asked', tags: ['travel'], status: 'contacted' });
    // New tags are added to the saved ones, not put in their place.
    const tagged = await lists.saveToShortlist({ shortlistId: id, profileId: 'youtube:lenatravels', tags: ['Travel', 'rail'] }, popupSender);
    expect(tagged).toMatchObject({ note: 'Rates asked', tags: ['travel', 'rail'], status: 'contacted' });
    // A note sent is the user's edit of the saved one (the popup shows it before saving).
    expect(await lists.saveToShortlist({ shortlistId: id, profileId: 'youtube:lenatravels', note: 'Booked for June' }, popupSender)).toMatchObject({
      note: 'Booked for June',
      tags: ['travel', 'rail'],
    });
  });

  it('lists say which of them already hold a creator, with what is saved there', async () => {
    const { lists } = await setup();
    const a = await lists.createShortlist({ name: 'A' }, dashboardSender);
    await lists.createShortlist({ name: 'B' }, dashboardSender);
    await lists.saveToShortlist({ shortlistId: a.id, profileId: 'youtube:lenatravels', note: 'n', tags: ['t'] }, popupSender);
    expect(await lists.listShortlists({ profileId: 'youtube:lenatravels' }, popupSender)).toEqual([
      { id: 'list-1', name: 'A', entries: 1, entry: { note: 'n', tags: ['t'], status: 'candidate' } },
      { id: 'list-2', name: 'B', entries: 0 },
    ]);
    await expect(lists.listShortlists({ profileId: 'not a profile' }, popupSender)).rejects.toThrow('invalid-request');
  });

  it.each([
    ['the same name', 'Spring'],
    ['the same name in other case and spacing', '  spring '],
  ])('refuses a second list with %s, on create and on rename', async (_label, name) => {
    const { lists } = await setup();
    await lists.createShortlist({ name: 'Spring' }, dashboardSender);
    const other = await lists.createShortlist({ name: 'Autumn' }, dashboardSender);
    await expect(lists.createShortlist({ name }, dashboardSender)).rejects.toThrow('duplicate-list-name');
    await expect(lists.renameShortlist({ id: other.id, name }, dashboardSender)).rejects.toThrow('duplicate-list-name');
    expect((await db.shortlists.toArray()).map((l) => l.name).sort()).toEqual(['Autumn', 'Spring']);
    // Renaming a list to its own name in other case is allowed.
    expect(await lists.renameShortlist({ id: other.id, name: 'AUTUMN' }, dashboardSender)).toEqual({ id: other.id, name: 'AUTUMN' });
  });

  it.each([
    ['an unknown shortlist', { shortlistId: 'nope', profileId: 'youtube:lenatravels' }, 'shortlist-not-found'],
    ['a profile never captured', { shortlistId: 'list-1', profileId: 'youtube:someoneelse' }, 'profile-not-captured'],
  ])('refuses %s and stores nothing', async (_label, payload, message) => {
    const { lists } = await setup();
    await lists.createShortlist({ name: 'A' }, dashboardSender);
    await expect(lists.saveToShortlist(payload, popupSender)).rejects.toThrow(message);
    expect(await db.shortlistEntries.count()).toBe(0);
  });

  it.each<[string, unknown]>([
    ['a missing profile id', { shortlistId: 'list-1' }],
    ['a malformed profile id', { shortlistId: 'list-1', profileId: 'facebook:x' }],
    ['an unknown status', { shortlistId: 'list-1', profileId: 'youtube:lenatravels', status: 'hired' }],
    ['an extra field', { shortlistId: 'list-1', profileId: 'youtube:lenatravels', admin: true }],
    ['a huge note', { shortlistId: 'list-1', profileId: 'youtube:lenatravels', note: 'x'.repeat(5_000) }],
    ['too many tags', { shortlistId: 'list-1', profileId: 'youtube:lenatravels', tags: Array.from({ length: 30 }, (_, i) => `t${i}`) }],
    ['null', null],
  ])('rejects %s as an invalid request', async (_label, payload) => {
    const { lists, logs } = await setup();
    await lists.createShortlist({ name: 'A' }, dashboardSender);
    await expect(lists.saveToShortlist(payload, popupSender)).rejects.toThrow('invalid-request');
    expect(logs.at(-1)).toMatch(/rejected saveToShortlist: schema/);
    expect(await db.shortlistEntries.count()).toBe(0);
  });
});

describe('shortlist entries and lists', () => {
  it('updates note, tags and status one at a time and removes an entry', async () => {
    const { lists } = await setup();
    const { id } = await lists.createShortlist({ name: 'A' }, dashboardSender);
    const entry = await lists.saveToShortlist({ shortlistId: id, profileId: 'youtube:lenatravels', note: 'n', tags: ['a'] }, popupSender);
    const updated = await lists.updateShortlistEntry({ id: entry.id, status: 'booked' }, dashboardSender);
    expect(updated).toMatchObject({ note: 'n', tags: ['a'], status: 'booked' });
    expect(await lists.removeShortlistEntry({ id: entry.id }, dashboardSender)).toEqual({ removed: true });
    expect(await lists.removeShortlistEntry({ id: entry.id }, dashboardSender)).toEqual({ removed: false });
    await expect(lists.updateShortlistEntry({ id: entry.id, note: 'x' }, dashboardSender)).rejects.toThrow('entry-not-found');
  });

  it('renames, and deletes a list together with its entries', async () => {
    const { lists } = await setup();
    const { id } = await lists.createShortlist({ name: 'A' }, dashboardSender);
    await lists.saveToShortlist({ shortlistId: id, profileId: 'youtube:lenatravels' }, popupSender);
    expect(await lists.renameShortlist({ id, name: 'B' }, dashboardSender)).toEqual({ id, name: 'B' });
    await expect(lists.renameShortlist({ id: 'nope', name: 'B' }, dashboardSender)).rejects.toThrow('shortlist-not-found');
    await expect(lists.createShortlist({ name: '   ' }, dashboardSender)).rejects.toThrow('invalid-request');
    expect(await lists.deleteShortlist({ id }, dashboardSender)).toEqual({ deleted: 1 });
    expect(await db.shortlists.count()).toBe(0);
    expect(await db.shortlistEntries.count()).toBe(0);
  });
});

describe('sender rules', () => {
  const strangers: [string, SenderInfo][] = [
    ['our content script', contentSender],
    ['another extension', { id: 'evil', url: 'chrome-extension://evil/page.html' }],
    ['a web page', { url: 'https://evil.example/' }],
    ['our id from a web address', { id: 'ours', url: 'https://evil.example/chrome-extension://ours/' }],
  ];
  const calls: [string, unknown][] = [
    ['listShortlists', undefined],
    ['createShortlist', { name: 'x' }],
    ['renameShortlist', { id: 'list-1', name: 'x' }],
    ['deleteShortlist', { id: 'list-1' }],
    ['saveToShortlist', { shortlistId: 'list-1', profileId: 'youtube:lenatravels' }],
    ['updateShortlistEntry', { id: 'list-1|youtube:lenatravels', note: 'x' }],
    ['removeShortlistEntry', { id: 'list-1|youtube:lenatravels' }],
  ];
  it.each(calls.flatMap(([type, payload]) => strangers.map(([who, sender]) => [type, who, payload, sender] as const)))(
    '%s from %s is rejected before its payload is read',
    async (type, _who, payload, sender) => {
      const { lists, logs } = await setup();
      const handler = lists[type as keyof typeof lists] as (d: unknown, s: SenderInfo) => Promise<unknown>;
      await expect(handler(payload, sender)).rejects.toThrow('rejected');
      expect(logs.at(-1)).toMatch(new RegExp(`rejected ${type}: sender`));
      expect(await db.shortlists.count()).toBe(0);
    },
  );
});
