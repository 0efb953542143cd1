/**
 * What went wrong when the browser refused a write, in words the user can act on, instead of
 * a DOMException name or Chromium's raw "Encountered full disk …". Dexie wraps the browser's
 * error: an aborted transaction is an AbortError whose `inner` is the cause, a bulk write a
 * BulkError whose `failures` hold each row's; the cause is looked for in all of them.
 */
export type StorageErrorKind = 'full' | 'aborted' | 'closed' | 'other';

export interface StorageFailure {
  kind: StorageErrorKind;
  message: string;
  /** Worth sending again later (the content script's delivery retries with a backoff). */
  retry: boolean;
}

const FULL_NAMES = new Set(['QuotaExceededError']);
const FULL_TEXT = /quota|full disk|disk full|no space|FILE_ERROR_NO_SPACE/i;
// The connection went away under us: the browser closed or dropped the database (Chromium
// does so when its store is damaged, for instance by a write on a full disk).
const CLOSED_NAMES = new Set(['DatabaseClosedError', 'InvalidStateError', 'UnknownError', 'VersionError']);

function causes(error: unknown, depth = 0): { name: string; message: string }[] {
  if (depth > 4 || typeof error !== 'object' || error === null) return [];
  const e = error as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const own = { name: typeof e.name === 'string' ? e.name : '', message: typeof e.message === 'string' ? e.message : '' };
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures.slice(0, 5) : [])];
  return [own, ...nested.flatMap((n) => causes(n, depth + 1))];
}

export function classifyStorageError(error: unknown): StorageErrorKind {
  const all = causes(error);
  if (all.some((c) => FULL_NAMES.has(c.name) || FULL_TEXT.test(c.message))) return 'full';
  if (all.some((c) => CLOSED_NAMES.has(c.name))) return 'closed';
  // A transaction aborted with no cause of its own: nothing in our code threw (Dexie would
  // carry that error) and no row was refused; the browser's store failed to write. On a full
  // disk Chromium reports exactly this (measured: docs/storage.md, small-disk test).
  if (all.length > 0 && all.every((c) => c.name === 'AbortError')) return 'aborted';
  return 'other';
}

export const STORAGE_FULL_MESSAGE =
  'Browser storage is full: nothing from this page was saved, and everything stored before is kept. Free disk space, or shorten retention or forget profiles (Dashboard → Data & privacy); the page is tried again for about two minutes, after that reload it.';

export const WRITE_ABORTED_MESSAGE =
  'The browser could not write to its storage (most often because the disk is full): nothing from this page was saved, and everything stored before is kept. Free disk space; the page is tried again for about two minutes, after that reload it.';

export function describeStorageFailure(error: unknown): StorageFailure {
  const kind = classifyStorageError(error);
  if (kind === 'full') return { kind, message: STORAGE_FULL_MESSAGE, retry: true };
  if (kind === 'aborted') return { kind, message: WRITE_ABORTED_MESSAGE, retry: true };
  if (kind === 'closed') {
    return {
      kind,
      message: 'The browser closed the extension’s database while saving; nothing from this page was saved yet, and it is tried again.',
      retry: true,
    };
  }
  const name = causes(error)[0]?.name || 'unknown error';
  return { kind, message: `Could not save this capture (${name}); nothing was saved. Reload the page to try again.`, retry: false };
}
