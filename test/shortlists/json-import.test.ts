import { describe, expect, it } from 'vitest';
import type { ShortlistEntryRecord, ShortlistRecord } from '../../lib/db/records';
import { JSON_FORMAT, MAX_IMPORT_CHARS, planImport, shortlistsToJson } from '../../lib/shortlists/json-format';
import { row, view } from './rows';

const NOW = Date.UTC(2026, 10, 29);
let ids = 0;
const newId = () => `new-${++ids}`;
const none = { lists: [] as ShortlistRecord[], entries: [] as ShortlistEntryRecord[] };

function file(shortlists: unknown[], version = 1) {
  return JSON.stringify({ format: JSON_FORMAT, version, exportedAt: new Date(NOW).toISOString(), shortlists });
}

describe('shortlist JSON import', () => {
  it('round-trips an export into an empty browser', () => {
    const text = shortlistsToJson([view([row({ note: 'n, "q"\nline', tags: ['travel'], status: 'contacted' })])], NOW);
    const plan = planImport(text, none, NOW, newId);
    expect(plan.report).toEqual({ added: 1, updated: 0, unchanged: 0, listsAdded: 1, rejected: [] });
    expect(plan.lists).toEqual([{ id: 'list-1', name: 'Spring, “2026”', createdAt: Date.UTC(2026, 10, 1), updatedAt: NOW }]);
    expect(plan.entries).toEqual([
      {
        id: 'list-1|youtube:lenatravels',
        shortlistId: 'list-1',
        profileId: 'youtube:lenatravels',
        note: 'n, "q"\nline',
        tags: ['travel'],
        status: 'contacted',
        addedAt: Date.UTC(2026, 10, 1),
        updatedAt: Date.UTC(2026, 10, 2),
      },
    ]);
  });

  it('merges a file with one bad row: the good rows are added or updated, the bad one is rejected with its reason', () => {
    const existingList: ShortlistRecord = { id: 'mine', name: 'Spring', createdAt: 1, updatedAt: 1 };
    const existingEntry: ShortlistEntryRecord = {
      id: 'mine|youtube:lenatravels',
      shortlistId: 'mine',
      profileId: 'youtube:lenatravels',
      note: 'old',
      tags: [],
      status: 'candidate',
      addedAt: 5,
      updatedAt: 10,
    };
    const text = file([
      {
        id: 'other-browser-id',
        name: 'spring', // the same list by name: ids differ between browsers
        entries: [
          { profileId: 'youtube:lenatravels', note: 'newer', status: 'booked', updatedAt: 20 },
          { profileId: 'tiktok:kai', tags: ['tech'] },
          { profileId: 'myspace:tom', note: 'not a platform we read' },
        ],
      },
    ]);
    const plan = planImport(text, { lists: [existingList], entries: [existingEntry] }, NOW, newId);
    expect(plan.report.added).toBe(1);
    expect(plan.report.updated).toBe(1);
    expect(plan.report.listsAdded).toBe(0);
    expect(plan.report.rejected).toEqual([{ row: 'shortlists[0].entries[2]', reason: 'invalid-field', issue: { field: 'profileId', code: 'bad-format' } }]);
    expect(plan.entries.map((e) => [e.id, e.note, e.status, e.addedAt])).toEqual([
      ['mine|youtube:lenatravels', 'newer', 'booked', 5],
      ['mine|tiktok:kai', '', 'candidate', NOW],
    ]);
  });

  it('keeps a local entry edited later than the imported one', () => {
    const stored: ShortlistEntryRecord = {
      id: 'l|youtube:a', shortlistId: 'l', profileId: 'youtube:a', note: 'local', tags: [], status: 'candidate', addedAt: 1, updatedAt: 50,
    };
    const plan = planImport(
      file([{ id: 'l', name: 'L', entries: [{ profileId: 'youtube:a', note: 'imported', updatedAt: 40 }] }]),
      { lists: [{ id: 'l', name: 'L', createdAt: 1, updatedAt: 1 }], entries: [stored] },
      NOW,
      newId,
    );
    expect(plan.entries).toEqual([]);
    expect(plan.report).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
  });

  it.each<[string, string, object]>([
    ['not JSON', '{nope', { reason: 'not-json' }],
    ['another format', JSON.stringify({ format: 'other', version: 1, shortlists: [] }), { reason: 'not-an-export', issue: { field: 'format', code: 'not-allowed' } }],
    ['a newer version', file([], 2), { reason: 'newer-version', version: 2, supported: 1 }],
    ['an array', '[]', { reason: 'not-an-export', issue: { field: '', code: 'wrong-type', expected: 'object' } }],
    ['a file over the limit', ' '.repeat(MAX_IMPORT_CHARS + 1), { reason: 'too-large', limitMb: MAX_IMPORT_CHARS / 1_000_000 }],
  ])('rejects %s as a whole, by code', (_label, text, rejection) => {
    const plan = planImport(text, none, NOW, newId);
    expect(plan.entries).toEqual([]);
    expect(plan.report.rejected).toEqual([{ row: 'file', ...rejection }]);
  });

  it.each<[string, unknown, object]>([
    ['an unknown status', { profileId: 'youtube:a', status: 'hired' }, { field: 'status', code: 'not-allowed' }],
    ['a 5,000-character note', { profileId: 'youtube:a', note: 'x'.repeat(5_000) }, { field: 'note', code: 'too-long', limit: expect.any(Number) }],
    ['a handle with a space', { profileId: 'youtube:a b' }, { field: 'profileId', code: 'bad-format' }],
    ['a string', 'youtube:a', { field: '', code: 'wrong-type', expected: 'object' }],
    ['a negative date', { profileId: 'youtube:a', updatedAt: -1 }, { field: 'updatedAt', code: 'too-small', limit: 0 }],
  ])('rejects an entry with %s, keeping the others', (_label, bad, issue) => {
    const plan = planImport(file([{ id: 'l', name: 'L', entries: [bad, { profileId: 'youtube:b' }] }]), none, NOW, newId);
    expect(plan.report.added).toBe(1);
    expect(plan.report.rejected).toEqual([{ row: 'shortlists[0].entries[0]', reason: 'invalid-field', issue }]);
  });

  it('rejects a list without a name and a creator listed twice', () => {
    const plan = planImport(
      file([
        { id: 'a', name: '  ', entries: [{ profileId: 'youtube:a' }] },
        { id: 'b', name: 'B', entries: [{ profileId: 'youtube:a' }, { profileId: 'youtube:a' }] },
      ]),
      none,
      NOW,
      newId,
    );
    expect(plan.report.rejected).toEqual([
      { row: 'shortlists[0]', reason: 'invalid-field', issue: { field: 'name', code: 'too-short', limit: 1 } },
      { row: 'shortlists[1].entries[1]', reason: 'duplicate-profile', profileId: 'youtube:a' },
    ]);
    expect(plan.report.added).toBe(1);
  });
});
