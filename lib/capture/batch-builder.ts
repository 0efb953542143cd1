/**
 * Collects what an adapter reads into one CaptureBatch: deduplicates by id (handle for
 * profiles), lets earlier, more trusted sources win while later ones only fill gaps, clamps
 * text, and drops any record the schema would reject (with a warning; record-checks.ts) so
 * that the batch as a whole always passes `CaptureBatchSchema`. Lists are capped at the
 * schema's limits as they fill.
 */
import {
  LIMITS,
  clampText,
  type CaptureBatch,
  type Comment,
  type Platform,
  type Post,
  type Profile,
} from './batch';
import type { CaptureContext } from './adapter';
import { PLATFORM_REGISTRY } from './platforms';
import { isEpochMs, isValidComment, isValidPost, isValidProfile } from './record-checks';

type Draft<T> = { [K in keyof T]?: T[K] | undefined };

/** Copies fields of `next` into `base` where `base` has none; hashtags are united. */
function fillGaps<T extends object>(base: T, next: T): void {
  const target = base as Record<string, unknown>;
  const source = next as Record<string, unknown>;
  for (const key in source) {
    const value = source[key];
    if (value === undefined) continue;
    const current = target[key];
    if (current === undefined) target[key] = value;
    else if (key === 'hashtags' && Array.isArray(current) && Array.isArray(value)) {
      const merged = [...new Set([...(current as string[]), ...(value as string[])])];
      target[key] = merged.slice(0, LIMITS.hashtags);
    }
  }
}

/*
 * A record from the platform and the draft's defined fields of its kind: strict schemas take no
 * `undefined` keys and no unknown ones. Written out field by field rather than a loop over a
 * key list: a loop's keyed reads see every draft shape of every adapter and were a quarter of
 * an Instagram comment list's reading time. record-checks.test.ts checks that every field of
 * the schema is copied.
 */
type Loose = Record<string, unknown>;

function profileRecord(platform: Platform, d: Draft<Omit<Profile, 'platform'>>): Profile {
  const out: Loose = { platform, handle: d.handle };
  if (d.displayName !== undefined) out.displayName = clampText(d.displayName, LIMITS.name);
  if (d.followers !== undefined) out.followers = d.followers;
  if (d.following !== undefined) out.following = d.following;
  if (d.postCount !== undefined) out.postCount = d.postCount;
  if (d.verified !== undefined) out.verified = d.verified;
  if (d.bio !== undefined) out.bio = clampText(d.bio, LIMITS.bio);
  return out as Profile;
}

function postRecord(platform: Platform, d: Draft<Omit<Post, 'platform' | 'hashtags'>> & { hashtags?: string[] }): Post {
  const out: Loose = { platform, id: d.id };
  if (d.authorHandle !== undefined) out.authorHandle = d.authorHandle;
  if (d.publishedAt !== undefined) out.publishedAt = d.publishedAt;
  if (d.text !== undefined) out.text = clampText(d.text, LIMITS.postText);
  const tags = d.hashtags ?? [];
  out.hashtags = tags.length > LIMITS.hashtags ? tags.slice(0, LIMITS.hashtags) : tags;
  if (d.likes !== undefined) out.likes = d.likes;
  if (d.comments !== undefined) out.comments = d.comments;
  if (d.views !== undefined) out.views = d.views;
  if (d.shares !== undefined) out.shares = d.shares;
  return out as Post;
}

function commentRecord(platform: Platform, d: Draft<Omit<Comment, 'platform'>>): Comment {
  const out: Loose = { platform, id: d.id };
  if (d.postId !== undefined) out.postId = d.postId;
  out.authorHandle = d.authorHandle;
  if (d.authorName !== undefined) out.authorName = clampText(d.authorName, LIMITS.name);
  out.text = typeof d.text === 'string' ? clampText(d.text, LIMITS.commentText) : d.text;
  if (d.likes !== undefined) out.likes = d.likes;
  if (d.publishedAt !== undefined) out.publishedAt = d.publishedAt;
  if (d.replyToId !== undefined) out.replyToId = d.replyToId;
  return out as Comment;
}

/**
 * Whether a draft of a profile already held would fill one of its gaps. Responses repeat an
 * author's record under each of their posts (TikTok items, X tweets, Instagram media); a copy
 * that adds nothing is skipped before a record is built and checked for it. Field by field,
 * as profileRecord is; record-checks.test.ts fills each field from a second draft.
 */
function fillsProfileGap(existing: Profile, d: Draft<Omit<Profile, 'platform'>>): boolean {
  return (
    (d.displayName !== undefined && existing.displayName === undefined) ||
    (d.followers !== undefined && existing.followers === undefined) ||
    (d.following !== undefined && existing.following === undefined) ||
    (d.postCount !== undefined && existing.postCount === undefined) ||
    (d.verified !== undefined && existing.verified === undefined) ||
    (d.bio !== undefined && existing.bio === undefined)
  );
}

function httpsUrl(url: unknown, platform: Platform): { url: string; ok: boolean } {
  if (typeof url === 'string' && url.startsWith('https://') && url.length <= LIMITS.url) return { url, ok: true };
  return { url: `https://${PLATFORM_REGISTRY[platform].pageHosts[0]}/`, ok: false };
}

export class BatchBuilder {
  readonly platform: Platform;
  readonly capturedAt: number;
  /** The page's language (`<html lang>`, a BCP 47 tag), for counts written as text ("1,2 B" in Turkish is 1,200). */
  readonly lang: string | undefined;
  private readonly sourceUrl: string;
  private readonly profiles = new Map<string, Profile>();
  private readonly posts = new Map<string, Post>();
  private readonly comments = new Map<string, Comment>();
  private readonly warnings: string[] = [];
  private dropped = 0;
  /** Set when every record came from meta tags (counts only). */
  source: 'meta-tags' | undefined;

  constructor(platform: Platform, ctx: CaptureContext) {
    this.platform = platform;
    const at = typeof ctx?.capturedAt === 'number' ? Math.round(ctx.capturedAt) : NaN;
    this.capturedAt = isEpochMs(at) ? at : 0;
    if (this.capturedAt !== at) this.warn('capturedAt was not a valid epoch ms; used 0');
    this.lang = typeof ctx?.lang === 'string' && ctx.lang.length > 0 ? ctx.lang.slice(0, 35) : undefined;
    const source = httpsUrl(ctx?.url, platform);
    this.sourceUrl = source.url;
    if (!source.ok) this.warn(`source url is not an https address; recorded as ${source.url}`);
  }

  warn(message: string): void {
    if (this.warnings.length < LIMITS.warnings) this.warnings.push(clampText(message, LIMITS.warning));
  }

  get postCount(): number {
    return this.posts.size;
  }

  hasPost(id: string): boolean {
    return this.posts.has(id);
  }

  addProfile(draft: Draft<Omit<Profile, 'platform'>>): void {
    if (typeof draft.handle === 'string') {
      const held = this.profiles.get(draft.handle.toLowerCase());
      if (held && !fillsProfileGap(held, draft)) return;
    }
    const profile = profileRecord(this.platform, draft);
    if (!isValidProfile(profile)) {
      this.dropped++;
      return;
    }
    const key = profile.handle.toLowerCase();
    const existing = this.profiles.get(key);
    if (existing) fillGaps(existing, profile);
    else if (this.profiles.size < LIMITS.profiles) this.profiles.set(key, profile);
  }

  addPost(draft: Draft<Omit<Post, 'platform' | 'hashtags'>> & { hashtags?: string[] }): void {
    const post = postRecord(this.platform, draft);
    if (!isValidPost(post)) {
      this.dropped++;
      return;
    }
    const existing = this.posts.get(post.id);
    if (existing) fillGaps(existing, post);
    else if (this.posts.size < LIMITS.posts) this.posts.set(post.id, post);
  }

  addComment(draft: Draft<Omit<Comment, 'platform'>>): void {
    const comment = commentRecord(this.platform, draft);
    if (!isValidComment(comment)) {
      this.dropped++;
      return;
    }
    const existing = this.comments.get(comment.id);
    if (existing) fillGaps(existing, comment);
    else if (this.comments.size < LIMITS.comments) this.comments.set(comment.id, comment);
  }

  build(): CaptureBatch {
    if (this.dropped > 0) this.warn(`${this.dropped} record(s) dropped: fields the schema does not accept`);
    return {
      platform: this.platform,
      sourceUrl: this.sourceUrl,
      capturedAt: this.capturedAt,
      profiles: [...this.profiles.values()],
      posts: [...this.posts.values()],
      comments: [...this.comments.values()],
      warnings: [...this.warnings],
      ...(this.source ? { source: this.source } : {}),
    };
  }
}
