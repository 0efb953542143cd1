import { describe, expect, it } from 'vitest';
import { BYTES_PER_COMMENT, MAX_MARGIN_BYTES, roomFor } from './storage-room';

const MiB = 1024 * 1024;

describe('roomFor', () => {
  it.each<[string, { usage?: number; quota?: number }, number, boolean | null]>([
    ['plenty of room', { usage: 100 * MiB, quota: 10_000 * MiB }, 20_000, true],
    ['the margin is capped at 64 MiB on a large quota', { usage: 10_000 * MiB - MAX_MARGIN_BYTES - 1_000 * BYTES_PER_COMMENT, quota: 10_000 * MiB }, 1_000, true],
    ['one comment more than fits above the capped margin', { usage: 10_000 * MiB - MAX_MARGIN_BYTES - 1_000 * BYTES_PER_COMMENT, quota: 10_000 * MiB }, 1_001, false],
    ['inside the margin (a tenth of a small quota) even for an empty batch', { usage: 95 * MiB, quota: 100 * MiB }, 0, false],
    ['a small quota with room', { usage: 10 * MiB, quota: 100 * MiB }, 1_000, true],
    ['over the quota', { usage: 120 * MiB, quota: 100 * MiB }, 0, false],
    ['no estimate', {}, 10, null],
    ['a zero quota (unknown)', { usage: 0, quota: 0 }, 10, null],
  ])('%s', (_label, estimate, comments, ok) => {
    expect(roomFor(estimate, comments)?.ok ?? null).toBe(ok);
  });
});
