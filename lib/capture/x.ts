/**
 * X (Twitter): GraphQL timeline responses (`UserByScreenName`, `UserTweets`, `TweetDetail`,
 * `SearchTimeline`, `Followers`) and, on a full page load, `window.__INITIAL_STATE__`'s entity
 * store. Users come in two shapes that both still circulate: 2026 (`core.screen_name`,
 * `relationship_counts.followers`, `tweet_counts.tweets`) and older (`legacy.screen_name`,
 * `legacy.followers_count`, `legacy.statuses_count`); the newer is read first.
 *
 * In a `TweetDetail` the focal tweet is a post and the replies under it are its comments.
 */
import type { CaptureContext, PlatformAdapter } from './adapter';
import { BatchBuilder } from './batch-builder';
import { parseCount } from './counts';
import { parseRelativeDate } from './dates';
import { findAssignedJson, readableScripts, type ScriptText } from './embedded-json';
import { normalizeHandle } from './handles';
import { hashtagsFromText, uniqueHashtags } from './hashtags';
import { asArray, asRecord, asString, get, getPath, isRecord, type JsonRecord } from './json-access';
import { safeRun } from './safe-run';
import { isAllowedApiUrl, postIdFromUrl, registryAddressing } from './platforms';


interface Reader {
  b: BatchBuilder;
  /** The focal tweet of a /status/<id> page: replies under it become its comments. */
  focalId?: string;
  /**
   * Handles of the users already read. X repeats an author's whole user record under each of
   * their tweets, and within one response the copies are the same (checked on every real
   * payload in ../shared/realpages/x, by handle and by rest_id: no repeat differs in a field
   * read here), so each user is read once rather than once per tweet.
   */
  usersRead: Set<string>;
}

function newReader(ctx: CaptureContext): Reader {
  const r: Reader = { b: new BatchBuilder('x', ctx), usersRead: new Set() };
  const id = postIdFromUrl('x', ctx?.url);
  if (id) r.focalId = id;
  return r;
}

/**
 * The hot readers below take each level once with `asRecord(…) ?? NONE` and then read its
 * fields directly: every such read site sees one record shape, which V8 can optimise, while the
 * one shared read inside `get` sees every shape of the response and stays slow.
 */
const NONE: JsonRecord = {};

function readUser(user: unknown, r: Reader): string | undefined {
  if (!isRecord(user)) return undefined;
  const legacy = asRecord(user.legacy) ?? NONE;
  const core = asRecord(user.core) ?? NONE;
  const handle = normalizeHandle(core.screen_name) ?? normalizeHandle(legacy.screen_name);
  if (!handle || r.usersRead.has(handle)) return handle;
  r.usersRead.add(handle);
  const flags = [user.is_blue_verified, get(user.verification, 'verified'), legacy.verified];
  const verified = flags.includes(true) ? true : flags.includes(false) ? false : undefined;
  const relationships = asRecord(user.relationship_counts) ?? NONE;
  r.b.addProfile({
    handle,
    displayName: asString(core.name) ?? asString(legacy.name),
    followers: parseCount(relationships.followers, r.b.lang) ?? parseCount(legacy.followers_count, r.b.lang),
    following: parseCount(relationships.following, r.b.lang) ?? parseCount(legacy.friends_count, r.b.lang),
    postCount: parseCount(get(user.tweet_counts, 'tweets'), r.b.lang) ?? parseCount(legacy.statuses_count, r.b.lang),
    verified,
    bio: (asString(get(user.profile_bio, 'description')) ?? asString(legacy.description)) || undefined,
  });
  return handle;
}

function unwrapTweet(result: unknown): unknown {
  return isRecord(result) && result.__typename === 'TweetWithVisibilityResults' ? result.tweet : result;
}

/** Adds a tweet as a post, or as a comment when it replies within the focal conversation. */
function readTweet(result: unknown, r: Reader, asReply: boolean): void {
  const tweet = unwrapTweet(result);
  if (!isRecord(tweet)) return;
  const legacy = asRecord(tweet.legacy) ?? NONE;
  // A retweet's counts are the original's: keep the original, drop the wrapper.
  const retweeted = asRecord(legacy.retweeted_status_result)?.result;
  const authorRecord = asRecord(asRecord(tweet.core)?.user_results)?.result;
  if (retweeted !== undefined) {
    readUser(authorRecord, r);
    readTweet(retweeted, r, false);
    return;
  }
  const id = asString(tweet.rest_id) ?? asString(legacy.id_str);
  if (!id) return;
  const author = readUser(authorRecord, r);
  const text = asString(get(tweet.note_tweet, 'note_tweet_results', 'result', 'text')) ?? asString(legacy.full_text);
  const publishedAt = parseRelativeDate(asString(legacy.created_at), r.b.capturedAt);
  const likes = parseCount(legacy.favorite_count, r.b.lang);
  const inReplyTo = asString(legacy.in_reply_to_status_id_str);
  const postId = r.focalId ?? asString(legacy.conversation_id_str);

  if (asReply && id !== postId) {
    if (!author) return; // a reply is a comment or nothing; it never becomes a post
    r.b.addComment({
      id,
      postId,
      authorHandle: author,
      authorName: asString(get(authorRecord, 'core', 'name')) ?? asString(get(authorRecord, 'legacy', 'name')),
      text: text ?? '',
      likes,
      publishedAt,
      replyToId: inReplyTo && inReplyTo !== postId ? inReplyTo : undefined,
    });
    return;
  }
  const platformTags: string[] = [];
  for (const h of asArray(asRecord(legacy.entities)?.hashtags)) {
    const tag = isRecord(h) ? asString(h.text) : undefined;
    if (tag) platformTags.push(tag);
  }
  r.b.addPost({
    id,
    authorHandle: author,
    text,
    hashtags: uniqueHashtags(platformTags, hashtagsFromText(text)),
    likes,
    comments: parseCount(legacy.reply_count, r.b.lang),
    shares: parseCount(legacy.retweet_count, r.b.lang),
    views: parseCount(asRecord(tweet.views)?.count, r.b.lang),
    publishedAt,
  });
}

function readItemContent(value: unknown, r: Reader, asReply: boolean): void {
  const content = asRecord(value);
  if (!content) return;
  const tweet = asRecord(content.tweet_results)?.result;
  if (tweet !== undefined) readTweet(tweet, r, asReply);
  const user = asRecord(content.user_results)?.result;
  if (user !== undefined) readUser(user, r);
}

function readEntry(value: unknown, r: Reader): void {
  const entry = asRecord(value) ?? NONE;
  const entryId = asString(entry.entryId) ?? '';
  // Under a focal tweet every conversation thread is a reply; elsewhere threads are posts.
  const asReply = r.focalId !== undefined && entryId.startsWith('conversationthread-');
  const content = asRecord(entry.content) ?? NONE;
  readItemContent(content.itemContent, r, asReply);
  for (const item of asArray(content.items)) readItemContent(asRecord(asRecord(item)?.item)?.itemContent, r, asReply);
}

function readInstructions(instructions: unknown, r: Reader): void {
  for (const instruction of asArray(instructions)) {
    for (const entry of asArray(get(instruction, 'entries'))) readEntry(entry, r);
    if (isRecord(get(instruction, 'entry'))) readEntry(get(instruction, 'entry'), r);
    // "Show more replies" adds to an existing conversation module.
    for (const item of asArray(get(instruction, 'moduleItems'))) {
      const asReply = r.focalId !== undefined && (asString(get(item, 'entryId')) ?? '').startsWith('conversationthread-');
      readItemContent(get(item, 'item', 'itemContent'), r, asReply);
    }
  }
}

const TIMELINE_PATHS: readonly (readonly string[])[] = [
  ['data', 'threaded_conversation_with_injections_v2', 'instructions'],
  ['data', 'threaded_conversation_with_injections', 'instructions'],
  ['data', 'user', 'result', 'timeline', 'timeline', 'instructions'],
  ['data', 'user', 'result', 'timeline_v2', 'timeline', 'instructions'],
  ['data', 'search_by_raw_query', 'search_timeline', 'timeline', 'instructions'],
  ['data', 'list', 'tweets_timeline', 'timeline', 'instructions'],
];

function readGraphql(body: unknown, r: Reader): boolean {
  if (!isRecord(body)) return false;
  let known = false;
  // A TweetDetail lists ancestors and then the focal tweet as "tweet-<id>" entries ahead of the
  // reply threads; the page's /status/<id> picks among them, else the last one is the focal.
  const tweetEntries: string[] = [];
  for (const instruction of asArray(get(body, 'data', 'threaded_conversation_with_injections_v2', 'instructions'))) {
    for (const entry of asArray(get(instruction, 'entries'))) {
      const m = /^tweet-(\d+)$/.exec(asString(get(entry, 'entryId')) ?? '');
      if (m?.[1]) tweetEntries.push(m[1]);
    }
  }
  if (tweetEntries.length > 0 && (r.focalId === undefined || !tweetEntries.includes(r.focalId))) {
    r.focalId = tweetEntries[tweetEntries.length - 1];
  }
  for (const path of TIMELINE_PATHS) {
    const instructions = getPath(body, path);
    if (Array.isArray(instructions)) {
      known = true;
      readInstructions(instructions, r);
    }
  }
  const user = get(body, 'data', 'user', 'result');
  if (isRecord(user) && ('core' in user || 'legacy' in user)) {
    known = true;
    readUser(user, r);
  }
  // A single timeline entry, as some tools save one.
  if (typeof body.entryId === 'string' && isRecord(body.content)) {
    known = true;
    readEntry(body, r);
  }
  return known;
}

/** `window.__INITIAL_STATE__` keeps users and tweets in flat, legacy-shaped entity maps. */
function readInitialState(state: unknown, r: Reader): boolean {
  const users = get(state, 'entities', 'users', 'entities');
  const tweets = get(state, 'entities', 'tweets', 'entities');
  if (!isRecord(users) && !isRecord(tweets)) return false;
  const handles = new Map<string, string>();
  if (isRecord(users)) {
    for (const [id, user] of Object.entries(users)) {
      const handle = readUser({ legacy: user, is_blue_verified: get(user, 'is_blue_verified') }, r);
      if (handle) handles.set(asString(get(user, 'id_str')) ?? id, handle);
    }
  }
  if (isRecord(tweets)) {
    for (const [id, tweet] of Object.entries(tweets)) {
      const userId = asString(get(tweet, 'user_id_str')) ?? asString(get(tweet, 'user'));
      const author = userId ? handles.get(userId) : undefined;
      const text = asString(get(tweet, 'full_text')) ?? asString(get(tweet, 'text'));
      const tags = asArray(get(tweet, 'entities', 'hashtags')).map((h) => asString(get(h, 'text')) ?? '');
      r.b.addPost({
        id: asString(get(tweet, 'id_str')) ?? id,
        authorHandle: author,
        text,
        hashtags: uniqueHashtags(tags, hashtagsFromText(text)),
        likes: parseCount(get(tweet, 'favorite_count'), r.b.lang),
        comments: parseCount(get(tweet, 'reply_count'), r.b.lang),
        shares: parseCount(get(tweet, 'retweet_count'), r.b.lang),
        views: parseCount(get(tweet, 'ext_views', 'count'), r.b.lang) ?? parseCount(get(tweet, 'views', 'count'), r.b.lang),
        publishedAt: parseRelativeDate(asString(get(tweet, 'created_at')), r.b.capturedAt),
      });
    }
  }
  return true;
}

export const xAdapter: PlatformAdapter = {
  ...registryAddressing('x'),

  fromScripts(scripts: readonly ScriptText[], ctx) {
    const r = newReader(ctx);
    return safeRun(r.b, () => {
      let found = false;
      for (const { text } of readableScripts(scripts, (m) => r.b.warn(m))) {
        if (!text.includes('__INITIAL_STATE__')) continue;
        const state = findAssignedJson(text, '__INITIAL_STATE__');
        if (state?.ok) found = readInitialState(state.value, r) || found;
        else if (state) r.b.warn(`__INITIAL_STATE__: ${state.reason}`);
      }
      if (!found) r.b.warn('no window.__INITIAL_STATE__ with users or tweets in the page scripts');
    });
  },

  fromApiResponse(apiUrl, body, ctx) {
    const r = newReader(ctx);
    return safeRun(r.b, () => {
      if (!isAllowedApiUrl('x', apiUrl)) {
        r.b.warn('response address is not on the X allow-list');
        return;
      }
      if (!readGraphql(body, r)) r.b.warn('response has no X GraphQL shape this adapter knows');
    }, { warnIfEmpty: true });
  },
};
