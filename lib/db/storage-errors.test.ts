import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError, describeStorageFailure, isDiskFailure, type StorageErrorKind } from './storage-errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('classifyStorageError', () => {
  it.each<[string, unknown, StorageErrorKind]>([
    ['QuotaExceededError itself', quota(), 'full'],
    ["Dexie's AbortError around it (a transaction aborted by the refused write)", new Dexie.AbortError('Transaction aborted', quota()), 'full'],
    ["Dexie's BulkError with a refused row", new Dexie.BulkError('1 of 3 failed', [quota()]), 'full'],
    ["Chromium's full disk on open", new DOMException('Encountered full disk while opening backing store for indexedDB.open.', 'UnknownError'), 'full'],
    ['a disk-full AbortError without a name', new Dexie.AbortError('Transaction aborted', new Error('FILE_ERROR_NO_SPACE')), 'full'],
    ['the database closed by the browser', new Dexie.DatabaseClosedError('Database has been closed'), 'closed'],
    ['a backing store that failed otherwise', new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'), 'closed'],
    ["a transaction the browser aborted with no cause (Chromium on a full disk)", new Dexie.AbortError('The transaction was aborted, so the request cannot be fulfilled.', new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'AbortError')), 'aborted'],
    ["an abort caused by our own code's error", new Dexie.AbortError('Transaction aborted', new TypeError('x is undefined')), 'other'],
    ['a constraint error (a bug, not the disk)', new Dexie.ConstraintError('Key already exists'), 'other'],
    ['a TypeError', new TypeError('x is undefined'), 'other'],
    ['null', null, 'other'],
    ['a string', 'QuotaExceededError', 'other'],
  ])('%s → %s', (_label, error, kind) => {
    expect(classifyStorageError(error)).toBe(kind);
  });
});

describe('describeStorageFailure', () => {
  it.each<[string, unknown, { kind: StorageErrorKind; code: string; retry: boolean; cause: string }]>([
    ['a full disk', new Dexie.AbortError('Transaction aborted', new DOMException('Encountered full disk while writing', 'UnknownError')), { kind: 'full', code: 'storage-full', retry: true, cause: 'AbortError' }],
    ['an aborted write', new Dexie.AbortError('aborted', new DOMException('aborted', 'AbortError')), { kind: 'aborted', code: 'write-aborted', retry: true, cause: 'AbortError' }],
    ['a closed database', new Dexie.DatabaseClosedError('closed'), { kind: 'closed', code: 'database-closed', retry: true, cause: 'DatabaseClosedError' }],
    // A retry cannot fix a bug.
    ['a bug', new TypeError('bug'), { kind: 'other', code: 'write-failed', retry: false, cause: 'TypeError' }],
    ['a thrown string', 'x', { kind: 'other', code: 'write-failed', retry: false, cause: 'unknown' }],
  ])('%s: a code, no sentence and never the browser\'s raw text', (_label, error, expected) => {
    const failure = describeStorageFailure(error);
    expect(failure).toEqual(expected);
    expect(JSON.stringify(failure)).not.toMatch(/Encountered| /);
  });

  it.each([
    ['storage-full', true],
    ['write-aborted', true],
    ['database-closed', false],
    ['write-failed', false],
    [undefined, false],
  ])('isDiskFailure(%s) → %s', (code, disk) => {
    expect(isDiskFailure(code)).toBe(disk);
  });
});
