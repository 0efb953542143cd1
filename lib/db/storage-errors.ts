/**
 * What went wrong when the browser refused a write, as a kind and a code, instead of a
 * DOMException name or Chromium's raw "Encountered full disk …". Dexie wraps the browser's
 * error: an aborted transaction is an AbortError whose `inner` is the cause, a bulk write a
 * BulkError whose `failures` hold each row's; the cause is looked for in all of them.
 */
export type StorageErrorKind = 'full' | 'aborted' | 'closed' | 'other';

export interface StorageFailure {
  kind: StorageErrorKind;
  code: StorageFailureCode;
  /** The name of the first error in the chain, for the log. */
  cause: string;
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

/** What the capture's acknowledgement says, per kind (the popup and dashboard word storage trouble from the stored pressure, not from this). */
const CODES = { full: 'storage-full', aborted: 'write-aborted', closed: 'database-closed', other: 'write-failed' } as const satisfies Record<StorageErrorKind, string>;

export type StorageFailureCode = (typeof CODES)[StorageErrorKind];

export function describeStorageFailure(error: unknown): StorageFailure {
  const kind = classifyStorageError(error);
  // A full disk, a write the browser aborted and a closed database may pass; a bug does not.
  return { kind, code: CODES[kind], cause: causes(error)[0]?.name || 'unknown', retry: kind !== 'other' };
}

/** True for the codes of a full or unwritable disk, which pause capture. */
export function isDiskFailure(code: string | undefined): boolean {
  return code === CODES.full || code === CODES.aborted;
}
