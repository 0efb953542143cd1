/**
 * Instagram: embedded state, then the API responses the web app received. Two families of
 * shapes exist and both are still served somewhere:
 *   - GraphQL nodes (`edge_followed_by.count`, `edge_owner_to_timeline_media.edges[].node`,
 *     `shortcode`, `taken_at_timestamp`) in `window._sharedData`, `__additionalDataLoaded`,
 *     `graphql/query` and `web_profile_info`;
 *   - private-API items (`follower_count`, `items[].code`, `taken_at`, `comments[]`) in
 *     `api/v1/users/<id>/info`, `feed/user`, `clips/user`, `media/<id>/comments`, and in the
 *     2024 `xdt_*` GraphQL connections.
 * Posts are keyed by shortcode (the id in the post's address), so both families meet.
 * Page state, most trusted first: `__additionalDataLoaded`, `_sharedData` (2020–2022 pages),
 * then GraphQL results the server prefetched into `data-sjs` JSON scripts (2023+ pages).
 */
import type { CaptureContext, PlatformAdapter } from './adapter';
import { BatchBuilder } from './batch-builder';
import { parseCount } from './counts';
import { parseRelativeDate } from './dates';
import { findAssignedJson, findCallJson, parseWholeJson, readableScripts, type ScriptText } from './embedded-json';
import { normalizeHandle } from './handles';
import { hashtagsFromText } from './hashtags';
import { shortcodeOfMediaId } from './instagram-shortcode';
import { asArray, asBoolean, asRecord, asString, get, isRecord, type JsonRecord } from './json-access';
import { safeRun } from './safe-run';
import { metaContent } from './meta-tags';
import { handleFromPagePath, isAllowedApiUrl, postIdFromUrl, registryAddressing } from './platforms';
import { parseUrl } from './urls';

const MEDIA_COMMENTS = /^\/api\/v1\/media\/(\d+)\/comments\/?$/;

interface Reader {
  b: BatchBuilder;
  /** The shortcode of the post page (/p/<code>/, /reel/<code>/), for comment lists that omit it. */
  pageShortcode?: string;
}

function newReader(ctx: CaptureContext, api?: URL): Reader {
  const r: Reader = { b: new BatchBuilder('instagram', ctx) };
  const page = parseUrl(ctx?.url);
  const code = /^\/(?:[^/]+\/)?(?:p|reel|reels|tv)\/([\w-]+)/.exec(page?.pathname ?? '')?.[1];
  // /api/v1/media/<id>/comments/ names its post exactly, also where the page address names
  // none (a post opened over a profile grid) or another one.
  const mediaId = api ? MEDIA_COMMENTS.exec(api.pathname)?.[1] : undefined;
  const fromMediaId = mediaId ? shortcodeOfMediaId(mediaId) : undefined;
  if (fromMediaId) r.pageShortcode = fromMediaId;
  else if (code) r.pageShortcode = code;
  else if (api) {
    // graphql/query?variables={"shortcode":"..."} names the post the comments belong to.
    const variables = api.searchParams.get('variables') ?? '';
    const fromVars = /"shortcode"\s*:\s*"([\w-]+)"/.exec(variables)?.[1];
    if (fromVars) r.pageShortcode = fromVars;
  }
  return r;
}

const count = (edge: unknown): number | undefined => parseCount(asRecord(edge)?.count);

// ---------------------------------------------------------------- GraphQL family

/**
 * The per-record readers below take each level once (`asRecord(…) ?? NONE`) and read its fields
 * directly: each such read site sees one record shape, which V8 optimises, while the one shared
 * read inside `get` sees every shape of the response and stays slow.
 */
const NONE: JsonRecord = {};

function readGraphComment(value: unknown, postId: string | undefined, r: Reader, replyToId?: string): void {
  const node = asRecord(value);
  if (!node) return;
  const handle = normalizeHandle(asRecord(node.owner)?.username);
  const id = asString(node.id);
  const text = asString(node.text);
  if (!handle || !id || text === undefined) return;
  r.b.addComment({
    id,
    postId,
    authorHandle: handle,
    text,
    likes: count(node.edge_liked_by),
    publishedAt: parseRelativeDate(node.created_at, r.b.capturedAt),
    replyToId,
  });
  for (const reply of asArray(asRecord(node.edge_threaded_comments)?.edges)) {
    readGraphComment(asRecord(reply)?.node, postId, r, id);
  }
}

function readGraphMedia(value: unknown, author: string | undefined, r: Reader): void {
  const node = asRecord(value) ?? NONE;
  const id = asString(node.shortcode) ?? r.pageShortcode;
  const commentEdge = node.edge_media_to_parent_comment ?? node.edge_media_to_comment;
  // A comments page may not name its post (the page address usually does); the comments and
  // their authors are worth keeping even then.
  if (!id) {
    for (const edge of asArray(asRecord(commentEdge)?.edges)) readGraphComment(asRecord(edge)?.node, undefined, r);
    return;
  }
  const caption = asString(get(node.edge_media_to_caption, 'edges', 0, 'node', 'text'));
  r.b.addPost({
    id,
    authorHandle: normalizeHandle(asRecord(node.owner)?.username) ?? author,
    text: caption,
    hashtags: hashtagsFromText(caption),
    likes: count(node.edge_liked_by) ?? count(node.edge_media_preview_like),
    comments: count(commentEdge),
    // Reels show plays (2024+ documents carry `video_play_count`); older nodes only views.
    views:
      asBoolean(node.is_video) === false ? undefined : (parseCount(node.video_play_count) ?? parseCount(node.video_view_count)),
    publishedAt: parseRelativeDate(node.taken_at_timestamp, r.b.capturedAt),
  });
  for (const edge of asArray(asRecord(commentEdge)?.edges)) readGraphComment(asRecord(edge)?.node, id, r);
}

function readGraphUser(user: unknown, r: Reader): void {
  if (!isRecord(user)) return;
  const handle = normalizeHandle(user.username);
  if (handle) {
    r.b.addProfile({
      handle,
      displayName: asString(user.full_name) || undefined,
      followers: count(user.edge_followed_by),
      following: count(user.edge_follow),
      postCount: count(user.edge_owner_to_timeline_media),
      verified: asBoolean(user.is_verified),
      bio: asString(user.biography) || undefined,
    });
  }
  for (const list of ['edge_owner_to_timeline_media', 'edge_felix_video_timeline'] as const) {
    for (const edge of asArray(get(user, list, 'edges'))) readGraphMedia(get(edge, 'node'), handle, r);
  }
}

// ---------------------------------------------------------------- private-API family

function readV1User(user: unknown, r: Reader): void {
  if (!isRecord(user)) return;
  const handle = normalizeHandle(user.username);
  if (!handle) return;
  r.b.addProfile({
    handle,
    displayName: asString(user.full_name) || undefined,
    followers: parseCount(user.follower_count),
    following: parseCount(user.following_count),
    postCount: parseCount(user.media_count),
    verified: asBoolean(user.is_verified),
    bio: asString(user.biography) || undefined,
  });
}

function readV1Comment(value: unknown, postId: string | undefined, r: Reader): void {
  const c = asRecord(value);
  if (!c) return;
  const user = asRecord(c.user) ?? NONE;
  const handle = normalizeHandle(user.username);
  const pk = c.pk;
  const id = asString(pk) ?? asString(c.id) ?? (typeof pk === 'number' ? String(pk) : undefined);
  const text = asString(c.text);
  if (!handle || !id || text === undefined) return;
  const parent = c.parent_comment_id ?? c.replied_to_comment_id;
  r.b.addComment({
    id,
    postId,
    authorHandle: handle,
    authorName: asString(user.full_name) || undefined,
    text,
    likes: parseCount(c.comment_like_count),
    publishedAt: parseRelativeDate(c.created_at_utc ?? c.created_at, r.b.capturedAt),
    replyToId: typeof parent === 'string' || typeof parent === 'number' ? String(parent) : undefined,
  });
}

function readV1Media(item: unknown, r: Reader): void {
  const wrapped = asRecord(asRecord(item)?.media);
  const media = wrapped ?? asRecord(item);
  if (!media) return;
  const id = asString(media.code);
  if (!id) return;
  const caption = asString(asRecord(media.caption)?.text);
  const user = asRecord(media.user) ?? NONE;
  const author = normalizeHandle(user.username) ?? normalizeHandle(asRecord(media.owner)?.username);
  const hidden = asBoolean(media.like_and_view_counts_disabled) === true;
  if (author) {
    r.b.addProfile({
      handle: author,
      displayName: asString(user.full_name) || undefined,
      verified: asBoolean(user.is_verified),
    });
  }
  r.b.addPost({
    id,
    authorHandle: author,
    text: caption,
    hashtags: hashtagsFromText(caption),
    likes: hidden ? undefined : parseCount(media.like_count),
    comments: parseCount(media.comment_count),
    views: hidden ? undefined : (parseCount(media.play_count) ?? parseCount(media.view_count)),
    publishedAt: parseRelativeDate(media.taken_at, r.b.capturedAt),
  });
  for (const list of ['comments', 'preview_comments'] as const) {
    for (const c of asArray(media[list])) readV1Comment(c, id, r);
  }
}

// ---------------------------------------------------------------- dispatch by shape

/** Reads any Instagram JSON this adapter knows, recognised by its shape rather than its address. */
function readJson(body: unknown, r: Reader): boolean {
  if (!isRecord(body)) return false;
  let known = false;
  const data = get(body, 'data');
  const graphqlUser = get(data, 'user') ?? get(body, 'graphql', 'user');
  if (isRecord(graphqlUser)) {
    known = true;
    if ('edge_followed_by' in graphqlUser || 'edge_owner_to_timeline_media' in graphqlUser) readGraphUser(graphqlUser, r);
    else readV1User(graphqlUser, r);
  }
  const media = get(data, 'shortcode_media') ?? get(body, 'graphql', 'shortcode_media');
  if (isRecord(media)) {
    known = true;
    readGraphMedia(media, undefined, r);
  }
  const hashtag = get(data, 'hashtag');
  if (isRecord(hashtag)) {
    known = true;
    for (const list of ['edge_hashtag_to_top_posts', 'edge_hashtag_to_media'] as const) {
      for (const edge of asArray(get(hashtag, list, 'edges'))) readGraphMedia(get(edge, 'node'), undefined, r);
    }
  }
  if (isRecord(data)) {
    // 2024+ web GraphQL: data.xdt_api__v1__…_connection.edges[].node holds private-API items.
    // data.xdt_shortcode_media (2024+ post page) is a GraphQL-family node under a new name.
    for (const key of Object.keys(data)) {
      if (!key.startsWith('xdt_')) continue;
      known = true;
      const value = data[key];
      if (key === 'xdt_shortcode_media') {
        readGraphMedia(value, undefined, r);
        continue;
      }
      if (isRecord(value) && 'username' in value) readV1User(value, r);
      // Connections hold posts (`code`) or, for xdt_api__v1__media__media_id__comments__connection,
      // comments of the post the page shows.
      for (const edge of asArray(get(value, 'edges'))) {
        const node = asRecord(edge)?.node;
        if (asRecord(node)?.code !== undefined) readV1Media(node, r);
        else readV1Comment(node, r.pageShortcode, r);
      }
      for (const item of asArray(get(value, 'items'))) readV1Media(item, r);
    }
  }
  if (isRecord(body.user)) {
    known = true;
    readV1User(body.user, r);
  }
  if (Array.isArray(body.items)) {
    known = true;
    for (const item of body.items) readV1Media(item, r);
  }
  // v1 home feed (api/v1/feed/timeline): posts as feed_items[].media_or_ad; ads carry no code.
  if (Array.isArray(body.feed_items)) {
    known = true;
    for (const item of body.feed_items) readV1Media(get(item, 'media_or_ad'), r);
  }
  if (Array.isArray(body.comments)) {
    known = true;
    for (const c of body.comments) readV1Comment(c, r.pageShortcode, r);
    const total = parseCount(body.comment_count);
    if (r.pageShortcode && total !== undefined) r.b.addPost({ id: r.pageShortcode, comments: total });
  }
  return known;
}

function readSharedData(shared: unknown, r: Reader): boolean {
  let known = false;
  for (const page of asArray(get(shared, 'entry_data', 'ProfilePage'))) {
    known = readJson(page, r) || known;
  }
  for (const page of asArray(get(shared, 'entry_data', 'PostPage'))) {
    known = readJson(page, r) || known;
  }
  return known;
}

/** Deep enough for `require[][3][0].__bbox.require[][3][1].__bbox.result`, and no deeper. */
const MAX_PREFETCH_DEPTH = 14;

/**
 * The `{ data }` results in a server-rendered `require` tree. The tree's layout changes with
 * every web release, so this looks for `__bbox.result.data` at any position, but visits only
 * arrays and `__bbox`/`require` wrappers, never the results' own contents.
 */
function prefetchedResults(tree: unknown): unknown[] {
  const results: unknown[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_PREFETCH_DEPTH) return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    const result = get(node, '__bbox', 'result');
    if (isRecord(get(result, 'data'))) {
      results.push(result);
      return;
    }
    visit(node.require, depth + 1);
    visit(get(node, '__bbox', 'require'), depth + 1);
  };
  visit(tree, 0);
  return results;
}

// ---------------------------------------------------------------- meta tags (logged-out pages)

/** The label beside each count in og:description, in the interest-list languages. */
const META_LABELS: readonly [field: 'followers' | 'following' | 'postCount' | 'likes' | 'comments', pattern: RegExp][] = [
  ['followers', /follower|seguidor|abonn[eé]s|abonnent|pengikut|takip[çc]i|フォロワー|팔로워|फ़ॉलोअर|फॉलोअर|متابع/iu],
  ['following', /following|seguindo|seguidos|siguiendo|gefolgt|abonnements|suivi|mengikuti|takip|フォロー中|팔로잉|फ़ॉलो कर रहे|يتابع|segui/iu],
  ['postCount', /posts?|publica|beitr|postingan|g[öo]nderi|投稿|게시물|पोस्ट|منشور/iu],
  ['likes', /likes?|me gusta|curtida|gef[äa]llt|j[’']aime|suka|be[ğg]en|いいね|좋아요|लाइक|पसंद|إعجاب|mi piace/iu],
  ['comments', /comment|kommentar|komentar|yorum|コメント|댓글|कमेंट|टिप्पणी|تعليق/iu],
];

/**
 * og:description of a logged-out profile or post page: "2,362 Followers, 136 Following, 224
 * Posts - See Instagram photos and videos from Name (@handle)", "990K likes, 8,873 comments -
 * natgeo on March 3, 2024: …", and the same in the page's language. Counts only.
 */
function readMetaDescription(description: string, r: Reader, url: string, lang: string | undefined): boolean {
  const dash = description.indexOf(' - ');
  const head = dash >= 0 ? description.slice(0, dash) : description;
  const counts: Partial<Record<(typeof META_LABELS)[number][0], number>> = {};
  // Pieces are separated by a comma and a space (thousands commas have none after them), or
  // by an ideographic comma.
  for (const piece of head.split(/[,،]\s+|[、，]/u)) {
    const value = parseCount(piece, lang);
    if (value === undefined) continue;
    const label = piece.replace(/[\d.,'’\u00a0\u202f\u2009\s]+/gu, ' ');
    const field = META_LABELS.find(([, pattern]) => pattern.test(label))?.[0];
    if (field && counts[field] === undefined) counts[field] = value;
  }
  const postId = postIdFromUrl('instagram', url);
  if (postId && (counts.likes !== undefined || counts.comments !== undefined)) {
    // The author's username opens the part after the dash in every language.
    const named = /^([A-Za-z0-9._]{1,30})(?:\s|:|$)/.exec(dash >= 0 ? description.slice(dash + 3) : '')?.[1];
    r.b.addPost({ id: postId, authorHandle: normalizeHandle(named), likes: counts.likes, comments: counts.comments });
    return true;
  }
  const handle =
    handleFromPagePath('instagram', parseUrl(url)?.pathname ?? '') ?? normalizeHandle(/\(@([A-Za-z0-9._]{1,30})\)/.exec(description)?.[1]);
  if (!postId && handle && counts.followers !== undefined) {
    r.b.addProfile({ handle, followers: counts.followers, following: counts.following, postCount: counts.postCount });
    return true;
  }
  return false;
}

export const instagramAdapter: PlatformAdapter = {
  ...registryAddressing('instagram'),

  fromScripts(scripts: readonly ScriptText[], ctx) {
    const r = newReader(ctx);
    return safeRun(r.b, () => {
      let found = false;
      const texts = readableScripts(scripts, (m) => r.b.warn(m)).map((s) => s.text);
      // __additionalDataLoaded carries the fuller profile, so it is read first (more trusted).
      for (const text of texts) {
        if (!text.includes('__additionalDataLoaded(')) continue;
        const extra = findCallJson(text, '__additionalDataLoaded');
        if (extra?.ok) found = readJson(extra.value, r) || found;
        else if (extra) r.b.warn(`__additionalDataLoaded: ${extra.reason}`);
      }
      for (const text of texts) {
        if (!text.includes('_sharedData')) continue;
        const shared = findAssignedJson(text, '_sharedData');
        if (shared?.ok) found = readSharedData(shared.value, r) || found;
        else if (shared) r.b.warn(`_sharedData: ${shared.reason}`);
      }
      // 2023+ pages: GraphQL results prefetched into `<script type="application/json" data-sjs>`.
      for (const text of texts) {
        if (!text.includes('RelayPrefetchedStreamCache')) continue;
        const parsed = parseWholeJson(text);
        if (!parsed.ok) {
          r.b.warn(`prefetched GraphQL script: ${parsed.reason}`);
          continue;
        }
        for (const result of prefetchedResults(parsed.value)) found = readJson(result, r) || found;
      }
      if (!found) r.b.warn('no Instagram profile or post state in the page scripts');
    });
  },

  fromMetaTags(tags, ctx) {
    const r = newReader(ctx);
    r.b.source = 'meta-tags';
    return safeRun(r.b, () => {
      const description = metaContent(tags, 'og:description') ?? metaContent(tags, 'description');
      if (!description) {
        r.b.warn('no og:description meta tag');
        return;
      }
      if (!readMetaDescription(description, r, ctx?.url ?? '', typeof ctx?.lang === 'string' ? ctx.lang : undefined)) {
        r.b.warn('og:description states no counts this adapter reads');
      }
    });
  },

  fromApiResponse(apiUrl, body, ctx) {
    // Parsed once: the allow-list and the post it names both read it.
    const api = parseUrl(apiUrl);
    const r = newReader(ctx, api);
    return safeRun(r.b, () => {
      if (!api || !isAllowedApiUrl('instagram', api)) {
        r.b.warn('response address is not on the Instagram allow-list');
        return;
      }
      if (!readJson(body, r)) r.b.warn('response has no Instagram shape this adapter knows');
    }, { warnIfEmpty: true });
  },
};
