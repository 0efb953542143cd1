/**
 * The CaptureBatch schema's rules, checked by hand for one record at a time. The adapters run
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

function onlyKeys(record: Loose, keys: ReadonlySet<string>): boolean {
  // for…in: the records are plain literals made by the builder, and Object.keys allocates.
  for (const key in record) if (!keys.has(key)) return false;
  return true;
}

const PROFILE_KEYS = new Set(['platform', 'handle', 'displayName', 'followers', 'following', 'postCount', 'verified', 'bio']);
const POST_KEYS = new Set(['platform', 'id', 'authorHandle', 'publishedAt', 'text', 'hashtags', 'likes', 'comments', 'views', 'shares']);
const COMMENT_KEYS = new Set(['platform', 'id', 'postId', 'authorHandle', 'authorName', 'text', 'likes', 'publishedAt', 'replyToId']);

const isPlatform = (value: unknown): boolean => (PLATFORMS as readonly unknown[]).includes(value);

export function isValidProfile(p: Profile): boolean {
  const r = p as unknown as Loose;
  return (
    onlyKeys(r, PROFILE_KEYS) &&
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

export function isValidPost(p: Post): boolean {
  const r = p as unknown as Loose;
  const tags = r.hashtags;
  return (
    onlyKeys(r, POST_KEYS) &&
    isPlatform(r.platform) &&
    isId(r.id) &&
    (r.authorHandle === undefined || isHandle(r.authorHandle)) &&
    (r.publishedAt === undefined || isEpochMs(r.publishedAt)) &&
    optionalString(r.text, LIMITS.postText) &&
    Array.isArray(tags) &&
    tags.length <= LIMITS.hashtags &&
    tags.every((t) => typeof t === 'string' && t.length >= 1 && t.length <= LIMITS.hashtag) &&
    optionalCount(r.likes) &&
    optionalCount(r.comments) &&
    optionalCount(r.views) &&
    optionalCount(r.shares)
  );
}

export function isValidComment(c: Comment): boolean {
  const r = c as unknown as Loose;
  return (
    onlyKeys(r, COMMENT_KEYS) &&
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
