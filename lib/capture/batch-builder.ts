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

/** A record from the platform and the draft's defined fields: strict schemas take no `undefined` keys. */
function compact<T extends object>(platform: Platform, draft: object): T {
  const out: Record<string, unknown> = { platform };
  const source = draft as Record<string, unknown>;
  // for…in over a plain object literal: measurably cheaper than spread plus Object.entries here.
  for (const key in source) {
    const value = source[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

function httpsUrl(url: unknown, platform: Platform): { url: string; ok: boolean } {
  if (typeof url === 'string' && url.startsWith('https://') && url.length <= LIMITS.url) return { url, ok: true };
  return { url: `https://${PLATFORM_REGISTRY[platform].pageHosts[0]}/`, ok: false };
}

export class BatchBuilder {
  readonly platform: Platform;
  readonly capturedAt: number;
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
    const profile = compact<Profile>(this.platform, draft);
    if (profile.displayName !== undefined) profile.displayName = clampText(profile.displayName, LIMITS.name);
    if (profile.bio !== undefined) profile.bio = clampText(profile.bio, LIMITS.bio);
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
    const post = compact<Post>(this.platform, draft);
    if (post.text !== undefined) post.text = clampText(post.text, LIMITS.postText);
    post.hashtags = (draft.hashtags ?? []).slice(0, LIMITS.hashtags);
    if (!isValidPost(post)) {
      this.dropped++;
      return;
    }
    const existing = this.posts.get(post.id);
    if (existing) fillGaps(existing, post);
    else if (this.posts.size < LIMITS.posts) this.posts.set(post.id, post);
  }

  addComment(draft: Draft<Omit<Comment, 'platform'>>): void {
    const comment = compact<Comment>(this.platform, draft);
    if (typeof comment.text === 'string') comment.text = clampText(comment.text, LIMITS.commentText);
    if (comment.authorName !== undefined) comment.authorName = clampText(comment.authorName, LIMITS.name);
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
