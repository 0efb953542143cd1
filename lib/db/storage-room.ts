/**
 * Is there room for the next capture? Checked with `navigator.storage.estimate()` before a
 * write, so that capture pauses with a clear notice while there is still a margin left,
 * instead of running into the browser's refusal (or, on a full disk, into Chromium dropping
 * the whole database: docs/storage.md).
 */
/** Stored bytes per comment with its engagement, member and audience share (docs/storage.md, storage bench: 125 MiB per 100,000), rounded up. */
export const BYTES_PER_COMMENT = 1_400;
/** The margin kept free: a tenth of the quota, at most 64 MiB. */
export const MARGIN_SHARE = 0.1;
export const MAX_MARGIN_BYTES = 64 * 1024 * 1024;

export interface StorageEstimateLike {
  usage?: number;
  quota?: number;
}

export interface Room {
  ok: boolean;
  usage: number;
  quota: number;
  /** What the write is expected to take, with the margin. */
  needed: number;
}

/** `null` when the browser gave no usable estimate: then nothing is paused on a guess. */
export function roomFor(estimate: StorageEstimateLike, comments: number): Room | null {
  const { usage, quota } = estimate;
  if (typeof usage !== 'number' || typeof quota !== 'number' || !(quota > 0) || !(usage >= 0)) return null;
  const margin = Math.min(MAX_MARGIN_BYTES, quota * MARGIN_SHARE);
  const needed = Math.ceil(comments * BYTES_PER_COMMENT + margin);
  return { ok: quota - usage >= needed, usage, quota, needed };
}
