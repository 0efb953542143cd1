/**
 * The one capture format every platform adapter produces and the background accepts.
 *
 * Every byte in a batch came from a web page, so the schema is also the trust boundary:
 * the background parses each incoming batch with `CaptureBatchSchema` (batch-schema.ts,
 * kept apart so content scripts do not bundle the validator) and stores nothing
 * that fails it. Limits are generous for real pages and small enough that a hostile page
 * cannot make the background hold or store megabytes per record. Adapters truncate text to
 * these limits themselves (see `clampText`) so that a long real comment is kept, shortened,
 * rather than rejecting the whole batch.
 *
 * A number the page did not show is absent (undefined), never 0.
 */
import type { z } from 'zod';
import type { CaptureBatchSchema, CommentSchema, PostSchema, ProfileSchema } from './batch-schema';

export const PLATFORMS = ['youtube', 'instagram', 'tiktok', 'x'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const LIMITS = {
  handle: 100,
  name: 300,
  bio: 5_000,
  postText: 10_000,
  commentText: 10_000,
  id: 200,
  url: 4_096,
  warning: 500,
  hashtags: 100,
  hashtag: 150,
  profiles: 500,
  posts: 5_000,
  comments: 20_000,
  warnings: 200,
} as const;

export type Profile = z.infer<typeof ProfileSchema>;
export type Post = z.infer<typeof PostSchema>;
export type Comment = z.infer<typeof CommentSchema>;
export type CaptureBatch = z.infer<typeof CaptureBatchSchema>;

/** Shortens text to a schema limit without splitting a surrogate pair. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

export function emptyBatch(platform: Platform, sourceUrl: string, capturedAt: number): CaptureBatch {
  return { platform, sourceUrl, capturedAt, profiles: [], posts: [], comments: [], warnings: [] };
}
