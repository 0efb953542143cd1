/**
 * The CaptureBatch schema's rules, checked by hand for one record at a time (for records the
 * builder made from the field lists below). The adapters run
 * in content scripts, which must not bundle zod (batch-schema.ts stays in the background), yet
 * a batch must never fail the background's parse: these checks mirror batch-schema.ts, and
 * the tests parse every batch the adapters return with the real schema to keep them in step.
 */
import { LIMITS, PLATFORMS, type Comment, type Post, type Profile } from './batch';
import { isHandleText } from './handles';

const MAX_COUNT = 1e13;
const MAX_EPOCH_MS = 8.64e15;

type Loose = Record<string, unknown>;

function optionalString(value: unknown, max: number): boolean {
  return value === undefined || (typeof value === 'string' && value.length <= max);
}

function isHandle(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= LIMITS.handle && isHandleText(value);
}

function isId(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= LIMITS.id;
}

function optionalCount(value: unknown): boolean {
  return value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT);
}

export function isEpochMs(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_EPOCH_MS;
}

/**
 * Each record's fields besides `platform`, in the schema's order. The builder copies exactly
 * these from a draft (batch-builder.ts), so its records hold no other key and the checks below
 * need not look for one; record-checks.test.ts keeps the lists equal to the zod schemas' keys
 * and checks that the builder copies every one.
 */
export const PROFILE_FIELDS = ['handle', 'displayName', 'followers', 'following', 'postCount', 'verified', 'bio'] as const;
export const POST_FIELDS = ['id', 'authorHandle', 'publishedAt', 'text', 'hashtags', 'likes', 'comments', 'views', 'shares'] as const;
export const COMMENT_FIELDS = ['id', 'postId', 'authorHandle', 'authorName', 'text', 'likes', 'publishedAt', 'replyToId'] as const;

const isPlatform = (value: unknown): boolean => (PLATFORMS as readonly unknown[]).includes(value);

export function isValidProfile(p: Profile): boolean {
  const r = p as unknown as Loose;
  return (
    isPlatform(r.platform) &&
    isHandle(r.handle) &&
    optionalString(r.displayName, LIMITS.name) &&
    optionalString(r.bio, LIMITS.bio) &&
    optionalCount(r.followers) &&
    optionalCount(r.following) &&
    optionalCount(r.postCount) &&
    (r.verified === undefined || typeof r.verified === 'boolean')
  );
}

function areHashtags(tags: readonly unknown[]): boolean {
  for (const t of tags) if (typeof t !== 'string' || t.length < 1 || t.length > LIMITS.hashtag) return false;
  return true;
}

export function isValidPost(p: Post): boolean {
  const r = p as unknown as Loose;
  const tags = r.hashtags;
  return (
    isPlatform(r.platform) &&
    isId(r.id) &&
    (r.authorHandle === undefined || isHandle(r.authorHandle)) &&
    (r.publishedAt === undefined || isEpochMs(r.publishedAt)) &&
    optionalString(r.text, LIMITS.postText) &&
    Array.isArray(tags) &&
    tags.length <= LIMITS.hashtags &&
    areHashtags(tags) &&
    optionalCount(r.likes) &&
    optionalCount(r.comments) &&
    optionalCount(r.views) &&
    optionalCount(r.shares)
  );
}

export function isValidComment(c: Comment): boolean {
  const r = c as unknown as Loose;
  return (
    isPlatform(r.platform) &&
    isId(r.id) &&
    (r.postId === undefined || isId(r.postId)) &&
    isHandle(r.authorHandle) &&
    optionalString(r.authorName, LIMITS.name) &&
    typeof r.text === 'string' &&
    r.text.length <= LIMITS.commentText &&
    optionalCount(r.likes) &&
    (r.publishedAt === undefined || isEpochMs(r.publishedAt)) &&
    (r.replyToId === undefined || isId(r.replyToId))
  );
}
