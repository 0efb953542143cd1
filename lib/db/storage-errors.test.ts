import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError, describeStorageFailure, type StorageErrorKind } from './storage-errors';

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
  it('names a full disk in words, says what is kept and what to do, and asks for a retry', () => {
    const failure = describeStorageFailure(new Dexie.AbortError('Transaction aborted', new DOMException('Encountered full disk while writing', 'UnknownError')));
    expect(failure).toMatchObject({ kind: 'full', retry: true });
    expect(failure.message).toMatch(/^Browser storage is full: nothing from this page was saved, and everything stored before is kept\. Free disk space/);
    // Never the browser's raw text.
    expect(failure.message).not.toMatch(/Encountered|AbortError|BulkError/);
  });

  it('does not retry what a retry cannot fix', () => {
    expect(describeStorageFailure(new TypeError('bug'))).toMatchObject({ kind: 'other', retry: false, message: expect.stringMatching(/\(TypeError\)/) });
  });
});
