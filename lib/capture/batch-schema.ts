/**
 * The zod schema of CaptureBatch: the trust boundary in the background. Content scripts only
 * need the types (batch.ts), so this module, and zod with it, stays out of their bundles.
 */
import { z } from 'zod';
import { LIMITS, PLATFORMS } from './batch';

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
  /** Present when the batch was read from the page's meta tags only: counts, nothing else. */
  source: z.literal('meta-tags').optional(),
});
