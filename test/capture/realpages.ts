/**
 * Access to the real third-party payloads in ../shared/realpages (never copied into this
 * repository: they hold real people's names and words). Tests that use them skip, with a
 * message, when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CaptureBatch } from '../../lib/capture/batch';
import { CaptureBatchSchema } from '../../lib/capture/batch-schema';
import type { CaptureContext } from '../../lib/capture/adapter';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '..', '..');
export const REALPAGES_DIR = resolve(REPO_ROOT, '..', 'shared', 'realpages');
export const HAVE_REALPAGES = existsSync(REALPAGES_DIR);
if (!HAVE_REALPAGES) console.warn(`[capture tests] ${REALPAGES_DIR} is absent: real-payload tests are skipped`);

/** The capture time every expected date below is computed from. */
export const CAPTURED_AT = Date.UTC(2026, 10, 29, 0, 0, 0);
export const DAY = 86_400_000;
export const YEAR = 365 * DAY;

export function realpage(platform: string, file: string): string {
  return readFileSync(join(REALPAGES_DIR, platform, file), 'utf8');
}

export function realJson(platform: string, file: string): unknown {
  return JSON.parse(realpage(platform, file));
}

export function fixture(platform: string, file: string): string {
  return readFileSync(join(REPO_ROOT, 'test', 'fixtures', platform, file), 'utf8');
}

export function ctxFor(url: string): CaptureContext {
  return { url, capturedAt: CAPTURED_AT };
}

/** Asserts the contract every batch must meet and returns it for further checks. */
export function valid(batch: CaptureBatch): CaptureBatch {
  const parsed = CaptureBatchSchema.safeParse(batch);
  if (!parsed.success) throw new Error(`invalid batch: ${parsed.error.message.slice(0, 2000)}`);
  expect(new Set(batch.posts.map((p) => p.id)).size).toBe(batch.posts.length);
  expect(new Set(batch.comments.map((c) => c.id)).size).toBe(batch.comments.length);
  return batch;
}
