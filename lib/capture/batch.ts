/**
 * The one capture format every platform adapter produces and the background accepts.
 *
 * Every byte in a batch came from a web page, so the schema is also the trust boundary:
 * the background parses each incoming batch with `CaptureBatchSchema` and stores nothing
 * that fails it. Limits are generous for real pages and small enough that a hostile page
 * cannot make the background hold or store megabytes per record. Adapters truncate text to
 * these limits themselves (see `clampText`) so that a long real comment is kept, shortened,
 * rather than rejecting the whole batch.
 *
 * A number the page did not show is absent (undefined), never 0.
 */
import { z } from 'zod';

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

export const PlatformSchema = z.enum(PLATFORMS);
/** Counts as the platforms show them: whole, non-negative, below 10^13 (no platform has more). */
const Count = z.number().int().nonnegative().max(1e13);
const EpochMs = z.number().int().min(0).max(8.64e15);
const Id = z.string().min(1).max(LIMITS.id);
/** A handle without the leading @, free of whitespace and control characters. */
const Handle = z
  .string()
  .min(1)
  .max(LIMITS.handle)
  .regex(/^[^\s@\p{Cc}][^\s\p{Cc}]*$/u, 'handle must not start with @ or contain whitespace');

export const ProfileSchema = z.strictObject({
  platform: PlatformSchema,
  handle: Handle,
  displayName: z.string().max(LIMITS.name).optional(),
  followers: Count.optional(),
  following: Count.optional(),
  postCount: Count.optional(),
  verified: z.boolean().optional(),
  bio: z.string().max(LIMITS.bio).optional(),
});

export const PostSchema = z.strictObject({
  platform: PlatformSchema,
  id: Id,
  authorHandle: Handle.optional(),
  publishedAt: EpochMs.optional(),
  text: z.string().max(LIMITS.postText).optional(),
  hashtags: z.array(z.string().min(1).max(LIMITS.hashtag)).max(LIMITS.hashtags),
  likes: Count.optional(),
  comments: Count.optional(),
  views: Count.optional(),
  shares: Count.optional(),
});

export const CommentSchema = z.strictObject({
  platform: PlatformSchema,
  id: Id,
  postId: Id.optional(),
  authorHandle: Handle,
  authorName: z.string().max(LIMITS.name).optional(),
  text: z.string().max(LIMITS.commentText),
  likes: Count.optional(),
  publishedAt: EpochMs.optional(),
  replyToId: Id.optional(),
});

export const CaptureBatchSchema = z.strictObject({
  platform: PlatformSchema,
  sourceUrl: z.string().max(LIMITS.url).regex(/^https:\/\//, 'sourceUrl must be https'),
  capturedAt: EpochMs,
  profiles: z.array(ProfileSchema).max(LIMITS.profiles),
  posts: z.array(PostSchema).max(LIMITS.posts),
  comments: z.array(CommentSchema).max(LIMITS.comments),
  warnings: z.array(z.string().max(LIMITS.warning)).max(LIMITS.warnings),
});

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
