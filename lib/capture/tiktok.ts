/**
 * TikTok: the rehydration JSON a page ships in
 * `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">` (older pages:
 * `SIGI_STATE`), then the web API responses (`api/user/detail`, `api/post/item_list`,
 * `api/comment/list`). Where both exist, `statsV2` (exact counts, as strings) wins over
 * `stats` (rounded: 427700 for 427682).
 *
 * The state scripts are bare JSON, so they are recognised by their id when the caller passes
 * one and otherwise by their opening keys: bare script texts work too.
 */
import type { CaptureContext, PlatformAdapter } from './adapter';
import { BatchBuilder } from './batch-builder';
import { parseCount } from './counts';
import { parseRelativeDate } from './dates';
import { findAssignedJson, parseWholeJson, readableScripts, scriptId, type ScriptText } from './embedded-json';
import { normalizeHandle } from './handles';
import { hashtagsFromText, uniqueHashtags } from './hashtags';
import { asArray, asBoolean, asRecord, asString, get, isRecord, type JsonRecord } from './json-access';
import { safeRun } from './safe-run';
import { isAllowedApiUrl, registryAddressing } from './platforms';
import { parseUrl } from './urls';

const STATE_IDS = ['__UNIVERSAL_DATA_FOR_REHYDRATION__', 'SIGI_STATE', '__NEXT_DATA__'];

/** Exact count from statsV2 when present, else the rounded one; text read in the page's language. */
function stat(v2: unknown, v1: unknown, key: string, lang: string | undefined): number | undefined {
  return parseCount(isRecord(v2) ? v2[key] : undefined, lang) ?? parseCount(isRecord(v1) ? v1[key] : undefined, lang);
}

function readUserInfo(info: unknown, b: BatchBuilder): string | undefined {
  const user = get(info, 'user');
  const handle = normalizeHandle(get(user, 'uniqueId')) ?? normalizeHandle(get(user, 'unique_id'));
  if (!handle) return undefined;
  const v2 = get(info, 'statsV2');
  const v1 = get(info, 'stats');
  b.addProfile({
    handle,
    displayName: asString(get(user, 'nickname')) || undefined,
    followers: stat(v2, v1, 'followerCount', b.lang),
    following: stat(v2, v1, 'followingCount', b.lang),
    postCount: stat(v2, v1, 'videoCount', b.lang),
    verified: asBoolean(get(user, 'verified')),
    bio: asString(get(user, 'signature')) || undefined,
  });
  return handle;
}

const NONE: JsonRecord = {};

function readItem(item: unknown, b: BatchBuilder, fallbackAuthor?: string): void {
  // Fields are read off the record directly rather than through get(): a profile page or feed
  // holds dozens of items, and one generic accessor shared by every shape stays slow.
  if (!isRecord(item)) return;
  const id = asString(item.id);
  if (!id) return;
  const authorValue = item.author;
  const authorRecord = isRecord(authorValue) ? authorValue : undefined;
  // Item lists nest the author; SIGI_STATE's ItemModule names it by uniqueId.
  const author = normalizeHandle(typeof authorValue === 'string' ? authorValue : authorRecord?.uniqueId) ?? fallbackAuthor;
  const desc = asString(item.desc);
  // Exact (statsV2, strings) over rounded (stats); each field read by name off a record.
  const v2 = asRecord(item.statsV2) ?? NONE;
  const v1 = asRecord(item.stats) ?? NONE;
  const lang = b.lang;
  const platformTags: string[] = [];
  for (const t of asArray(item.textExtra)) {
    const tag = isRecord(t) ? asString(t.hashtagName) : undefined;
    if (tag) platformTags.push(tag);
  }
  for (const c of asArray(item.challenges)) {
    const tag = isRecord(c) ? asString(c.title) : undefined;
    if (tag) platformTags.push(tag);
  }
  b.addPost({
    id,
    authorHandle: author,
    text: desc,
    // The platform's own tag list is authoritative (it keeps "中国高铁🚅" whole); text is the fallback.
    hashtags: uniqueHashtags(platformTags.length > 0 ? platformTags : hashtagsFromText(desc)),
    views: parseCount(v2.playCount, lang) ?? parseCount(v1.playCount, lang),
    likes: parseCount(v2.diggCount, lang) ?? parseCount(v1.diggCount, lang),
    comments: parseCount(v2.commentCount, lang) ?? parseCount(v1.commentCount, lang),
    shares: parseCount(v2.shareCount, lang) ?? parseCount(v1.shareCount, lang),
    publishedAt: parseRelativeDate(parseCount(item.createTime), b.capturedAt),
  });
  if (author && authorRecord) {
    const av2 = asRecord(item.authorStatsV2) ?? NONE;
    const av1 = asRecord(item.authorStats) ?? NONE;
    b.addProfile({
      handle: author,
      displayName: asString(authorRecord.nickname) || undefined,
      followers: parseCount(av2.followerCount, lang) ?? parseCount(av1.followerCount, lang),
      following: parseCount(av2.followingCount, lang) ?? parseCount(av1.followingCount, lang),
      postCount: parseCount(av2.videoCount, lang) ?? parseCount(av1.videoCount, lang),
      verified: asBoolean(authorRecord.verified),
      bio: asString(authorRecord.signature) || undefined,
    });
  }
}

/** A search result's account card: private-API field names, exact counts. */
function readSearchUser(user: unknown, b: BatchBuilder): void {
  const handle = normalizeHandle(get(user, 'unique_id'));
  if (!handle) return;
  b.addProfile({
    handle,
    displayName: asString(get(user, 'nickname')) || undefined,
    followers: parseCount(get(user, 'follower_count'), b.lang),
    following: parseCount(get(user, 'following_count'), b.lang),
    postCount: parseCount(get(user, 'aweme_count'), b.lang),
    bio: asString(get(user, 'signature')) || undefined,
  });
}

function readComment(c: unknown, b: BatchBuilder, postFallback: string | undefined, parentFallback?: string): void {
  const id = asString(get(c, 'cid'));
  const handle = normalizeHandle(get(c, 'user', 'unique_id')) ?? normalizeHandle(get(c, 'user', 'uniqueId'));
  const text = asString(get(c, 'text'));
  if (!id || !handle || text === undefined) return;
  const replyTo = asString(get(c, 'reply_id'));
  b.addComment({
    id,
    postId: asString(get(c, 'aweme_id')) ?? postFallback,
    authorHandle: handle,
    authorName: asString(get(c, 'user', 'nickname')) || undefined,
    text,
    likes: parseCount(get(c, 'digg_count'), b.lang),
    publishedAt: parseRelativeDate(parseCount(get(c, 'create_time')), b.capturedAt),
    replyToId: replyTo && replyTo !== '0' ? replyTo : parentFallback,
  });
  for (const reply of asArray(get(c, 'reply_comment'))) readComment(reply, b, postFallback, id);
}

/**
 * The video a page address shows and whose it is (/@handle/video/<id>): comment-list responses
 * carry no author for the video they belong to, and the page address is where TikTok says it.
 */
function pageVideoOf(url: string | undefined): { id: string; author: string } | undefined {
  const m = /^\/@([^/]+)\/video\/(\d+)/.exec(parseUrl(url)?.pathname ?? '');
  const author = normalizeHandle(m?.[1]);
  return m && author ? { id: m[2]!, author } : undefined;
}

/** What the request address says about the comments it lists: their post and, for a reply list, their parent comment. */
interface ListedIn {
  post?: string;
  parentComment?: string;
  /** The response is a reply list: its `total` counts one comment's replies, not the post's comments. */
  replies?: boolean;
}

/** Any TikTok JSON this adapter knows, recognised by shape; false when it knows none. */
function readJson(body: unknown, b: BatchBuilder, listedIn: ListedIn, pageVideo?: { id: string; author: string }): boolean {
  const postFallback = listedIn.post;
  if (!isRecord(body)) return false;
  let known = false;
  const scope = get(body, '__DEFAULT_SCOPE__');
  if (isRecord(scope)) {
    known = true;
    const userDetail = scope['webapp.user-detail'];
    const handle = readUserInfo(get(userDetail, 'userInfo'), b);
    for (const item of asArray(get(userDetail, 'itemList'))) readItem(item, b, handle);
    readItem(get(scope, 'webapp.video-detail', 'itemInfo', 'itemStruct'), b);
    // Photo posts (/@handle/photo/<id>) have a scope of their own with the same item.
    readItem(get(scope, 'webapp.photo-detail', 'itemInfo', 'itemStruct'), b);
  }
  // SIGI_STATE (2022–2023 pages)
  const users = get(body, 'UserModule', 'users');
  if (isRecord(users)) {
    known = true;
    const stats = get(body, 'UserModule', 'stats');
    for (const [key, user] of Object.entries(users)) readUserInfo({ user, stats: get(stats, key) }, b);
  }
  const itemModule = get(body, 'ItemModule');
  if (isRecord(itemModule)) {
    known = true;
    for (const item of Object.values(itemModule)) readItem(item, b);
  }
  // __NEXT_DATA__ (2021–2022 pages): props.pageProps.{userInfo, items} on a profile,
  // props.pageProps.itemInfo.itemStruct on a video page.
  const pageProps = get(body, 'props', 'pageProps');
  if (isRecord(pageProps) && (isRecord(pageProps.userInfo) || isRecord(pageProps.itemInfo))) {
    known = true;
    const handle = readUserInfo(pageProps.userInfo, b);
    for (const item of asArray(pageProps.items)) readItem(item, b, handle);
    readItem(get(pageProps, 'itemInfo', 'itemStruct'), b);
  }
  // Search (api/search/general/full, api/search/item/full): videos as `type: 1` items, accounts
  // as `type: 4` cards of private-API users; item/full lists items bare.
  if (Array.isArray(body.data) && typeof body.cursor !== 'undefined') {
    known = true;
    for (const entry of body.data) {
      readItem(get(entry, 'item'), b);
      for (const card of asArray(get(entry, 'user_list'))) readSearchUser(get(card, 'user_info'), b);
    }
  }
  if (Array.isArray(body.item_list)) {
    known = true;
    for (const item of body.item_list) readItem(item, b);
  }
  // API responses
  if (isRecord(body.userInfo)) {
    known = true;
    readUserInfo(body.userInfo, b);
  }
  if (Array.isArray(body.itemList)) {
    known = true;
    for (const item of body.itemList) readItem(item, b);
  }
  if (Array.isArray(body.comments)) {
    known = true;
    for (const c of body.comments) readComment(c, b, postFallback, listedIn.parentComment);
    const total = listedIn.replies ? undefined : parseCount(body.total, b.lang);
    const post = asString(get(body.comments, 0, 'aweme_id')) ?? postFallback;
    const author = pageVideo && pageVideo.id === post ? pageVideo.author : undefined;
    if (post && (total !== undefined || author)) b.addPost({ id: post, comments: total, authorHandle: author });
  }
  return known;
}

function isStateScript(script: ScriptText, text: string): boolean {
  const id = scriptId(script);
  if (id !== undefined) return STATE_IDS.includes(id);
  const head = text.slice(0, 200);
  return /^\s*\{\s*"(?:__DEFAULT_SCOPE__|AppContext|UserModule|ItemModule|SEO|UserPage|props)"/.test(head);
}

const NUMERIC_ID = /^\d{1,25}$/;

function videoIdOf(url: string | undefined): string | undefined {
  const parsed = parseUrl(url);
  const fromPath = /\/(?:video|photo)\/(\d+)/.exec(parsed?.pathname ?? '')?.[1];
  // comment/list names the video as aweme_id; comment/list/reply as item_id (with comment_id).
  const fromQuery = parsed?.searchParams.get('aweme_id') ?? parsed?.searchParams.get('item_id') ?? undefined;
  return fromPath ?? (fromQuery && NUMERIC_ID.test(fromQuery) ? fromQuery : undefined);
}

/** The post a response's comments belong to and, for `api/comment/list/reply`, the comment they answer. */
function listedIn(apiUrl: string, pageUrl: string | undefined): ListedIn {
  const parsed = parseUrl(apiUrl);
  const out: ListedIn = {};
  const post = videoIdOf(apiUrl) ?? videoIdOf(pageUrl);
  if (post) out.post = post;
  const replies = /\/comment\/list\/reply\/?$/.test(parsed?.pathname ?? '');
  if (replies) out.replies = true;
  const parent = replies ? parsed?.searchParams.get('comment_id') : undefined;
  if (parent && NUMERIC_ID.test(parent)) out.parentComment = parent;
  return out;
}

export const tiktokAdapter: PlatformAdapter = {
  ...registryAddressing('tiktok'),

  fromScripts(scripts: readonly ScriptText[], ctx: CaptureContext) {
    const b = new BatchBuilder('tiktok', ctx);
    return safeRun(b, () => {
      let found = false;
      for (const { script, text } of readableScripts(scripts, (m) => b.warn(m))) {
        let parsed: ReturnType<typeof parseWholeJson> | undefined;
        if (isStateScript(script, text)) parsed = parseWholeJson(text);
        else if (text.includes('SIGI_STATE')) parsed = findAssignedJson(text, 'SIGI_STATE');
        if (!parsed) continue;
        if (parsed.ok) found = readJson(parsed.value, b, { post: videoIdOf(ctx?.url) }) || found;
        else b.warn(`TikTok state script: ${parsed.reason}`);
      }
      if (!found) b.warn('no TikTok rehydration state in the page scripts');
    });
  },

  fromApiResponse(apiUrl, body, ctx) {
    const b = new BatchBuilder('tiktok', ctx);
    return safeRun(b, () => {
      if (!isAllowedApiUrl('tiktok', apiUrl)) {
        b.warn('response address is not on the TikTok allow-list');
        return;
      }
      if (!readJson(body, b, listedIn(apiUrl, ctx?.url), pageVideoOf(ctx?.url))) {
        b.warn('response has no TikTok shape this adapter knows');
      }
    }, { warnIfEmpty: true });
  },
};
