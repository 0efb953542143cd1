/**
 * The formats known only from documentation (TikTok `__NEXT_DATA__` profile pages, X
 * `UserMedia`, Instagram `xdt_shortcode_media` and `xdt_…web_info` + comments connection),
 * built at bench time as their documented envelope filled with real records of the same kind
 * from ../shared/realpages. Our fixtures' invented records carry only the fields we read
 * (0.2–0.8 KiB), so timed on them the parse floor is small and the per-record reading weighs
 * several times what it does on a real response. What is real and what is documented in each
 * is listed in docs/capture.md ("Documented formats on real records"). Nothing built here is
 * written to disk: the real payloads stay in ../shared.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Json = Record<string, unknown>;

export interface EnvelopeCase {
  /** What the bench line is named after. */
  label: string;
  /** Where the records come from and what the envelope is. */
  source: string;
  text: string;
  apiUrl: string;
  pageUrl: string;
  /** The real records put in, as the adapter must read them back (checked by a test). */
  records: { posts: number; comments: number };
}

export interface PageCase {
  label: string;
  source: string;
  html: string;
  /** Exactly the state text the page embeds: the floor parses this. */
  state: string;
  pageUrl: string;
  records: { posts: number; comments: number };
}

function readJson(dir: string, file: string): unknown {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every value under `key` anywhere in `value`, outermost first. The search stops at an object
 * that has the key unless `nested` (the comments of a reply thread under a comment, say).
 */
function collect(value: unknown, key: string, nested = false, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) {
    for (const v of value) collect(v, key, nested, out);
  } else if (isJson(value)) {
    if (key in value) {
      out.push(value[key]);
      if (!nested) return out;
    }
    for (const v of Object.values(value)) collect(v, key, nested, out);
  }
  return out;
}

/** First of each id, in order. */
function uniqueBy<T>(items: readonly T[], id: (item: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return items.filter((item) => {
    const key = id(item);
    if (key === undefined || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * TikTok profile page of 2021–2022: `<script id="__NEXT_DATA__">` with
 * `props.pageProps.{userInfo, items}` (the envelope: our fixture page, documented shape).
 * `items[]` are itemStructs, the same objects as `item_list` entries and the search results'
 * `item`: the 11 real items of the web search file and the one of the item list file;
 * `userInfo` is the real `api/user/detail` one.
 */
export function tiktokNextDataPage(realpages: string, fixtures: string): PageCase {
  const search = readJson(realpages, 'tiktok/tikhub-web-search-general-tiktok.json') as { data: { item?: Json }[] };
  const itemList = readJson(realpages, 'tiktok/rapidapi-get-user-post.json');
  const detail = readJson(realpages, 'tiktok/rapidapi-get-user-detail.json');
  const items = uniqueBy(
    [...search.data.map((entry) => entry.item).filter(isJson), ...(collect(itemList, 'itemList')[0] as Json[])],
    (item) => item.id,
  );
  const userInfo = collect(detail, 'userInfo')[0] as Json;
  const html = readFileSync(path.join(fixtures, 'tiktok/next-data-profile-2022.html'), 'utf8');
  const open = /(<script id="__NEXT_DATA__"[^>]*>)([\s\S]*?)(<\/script>)/;
  const doc = JSON.parse(open.exec(html)![2]!) as { props: { pageProps: Json } };
  doc.props.pageProps.userInfo = { user: userInfo.user, stats: userInfo.stats };
  doc.props.pageProps.items = items;
  const state = JSON.stringify(doc);
  const handle = (userInfo.user as Json).uniqueId as string;
  return {
    label: `tiktok page (__NEXT_DATA__ envelope, ${items.length} real items)`,
    source: 'our fixture page; userInfo from rapidapi-get-user-detail, items from tikhub-web-search-general-tiktok + rapidapi-get-user-post',
    html: html.replace(open, (_m, before: string, _s: string, after: string) => `${before}${state}${after}`),
    state,
    pageUrl: `https://www.tiktok.com/@${handle}`,
    records: { posts: items.length, comments: 0 },
  };
}

/** Whether a tweet result carries media, as every tweet in a UserMedia grid does. */
function hasMedia(result: unknown): boolean {
  const tweet = isJson(result) && isJson(result.tweet) ? result.tweet : result;
  const legacy = isJson(tweet) ? tweet.legacy : undefined;
  const media = isJson(legacy) && isJson(legacy.extended_entities) ? legacy.extended_entities.media : undefined;
  return Array.isArray(media) && media.length > 0;
}

/**
 * X `UserMedia` (documented: our fixture's `timeline_v2` envelope with its `profile-grid-0`
 * `VerticalGrid` module). The grid's `tweet_results.result` objects are the same Tweet objects
 * as any user timeline's (twscrape parses UserMedia with the same `parse_tweets` as UserTweets
 * and keeps the tweets with media): here the tweets with media of the two 2026-shape files,
 * tws-UserTweets and tws-ListLatestTweetsTimeline, each once.
 */
export function xUserMedia(realpages: string, fixtures: string): EnvelopeCase {
  const results = ['x/tws-UserTweets.json', 'x/tws-ListLatestTweetsTimeline.json'].flatMap((file) =>
    collect(readJson(realpages, file), 'tweet_results').map((r) => (isJson(r) ? r.result : undefined)),
  );
  const tweets = uniqueBy(results.filter(hasMedia) as Json[], (t) => (isJson(t.tweet) ? t.tweet.rest_id : t.rest_id));
  const doc = readJson(fixtures, 'x/user-media-2024.json') as Json;
  const timeline = ((((doc.data as Json).user as Json).result as Json).timeline_v2 as Json).timeline as { instructions: Json[] };
  const grid = (timeline.instructions.find((i) => i.type === 'TimelineAddEntries')!.entries as Json[])[0]!.content as Json;
  grid.items = tweets.map((tweet) => {
    const id = (isJson(tweet.tweet) ? tweet.tweet.rest_id : tweet.rest_id) as string;
    return {
      entryId: `profile-grid-0-tweet-${id}`,
      item: { itemContent: { itemType: 'TimelineTweet', __typename: 'TimelineTweet', tweet_results: { result: tweet } } },
    };
  });
  // The pinned entry and the module continuation keep our fixture's two invented tweets.
  const handle = 'inesbuildsmaps';
  return {
    label: `UserMedia envelope, ${tweets.length} real tweets in its grid`,
    source: 'our fixture envelope; grid tweets from tws-UserTweets + tws-ListLatestTweetsTimeline (those with media)',
    text: JSON.stringify(doc),
    apiUrl: 'https://x.com/i/api/graphql/q/UserMedia',
    pageUrl: `https://x.com/${handle}/media`,
    records: { posts: tweets.length + 2, comments: 0 },
  };
}

/**
 * Instagram post page document (2024–2026): `data.xdt_shortcode_media` (documented), a
 * GraphQL media node under a new name. The node is the real GraphQL media node of
 * igf-graphql-user-timeline-media (2020: the same field names the documented object has:
 * shortcode, owner, taken_at_timestamp, edge_media_preview_like, edge_media_to_caption,
 * video_view_count) and its `edge_media_to_parent_comment` the real GraphQL comment nodes of
 * igf-graphql-media-comments (2021; `id`, `text`, `created_at`, `owner`).
 */
export function instagramShortcodeMedia(realpages: string): EnvelopeCase {
  const timeline = readJson(realpages, 'instagram/igf-graphql-user-timeline-media.json');
  const media = (collect(timeline, 'edges')[0] as { node: Json }[])[0]!.node;
  const comments = readJson(realpages, 'instagram/igf-graphql-media-comments.json');
  const connection = collect(comments, 'edge_media_to_comment')[0] as Json;
  const node = { ...media, edge_media_to_parent_comment: connection };
  const edges = connection.edges as unknown[];
  return {
    label: `xdt_shortcode_media envelope, a real media node and ${edges.length} real comments`,
    source: 'documented envelope; media node from igf-graphql-user-timeline-media, comments from igf-graphql-media-comments',
    text: JSON.stringify({ data: { xdt_shortcode_media: node }, extensions: { is_final: true }, status: 'ok' }),
    apiUrl: 'https://www.instagram.com/graphql/query',
    pageUrl: `https://www.instagram.com/p/${String(media.shortcode)}/`,
    records: { posts: 1, comments: edges.length },
  };
}

/**
 * Instagram reel/post document (2024–2026): `xdt_api__v1__media__shortcode__web_info.items[]`
 * and `xdt_api__v1__media__media_id__comments__connection.edges[].node` (documented), which
 * hold private-API media and comments: here the first post of the real v1 home feed
 * (igf-v1-feed-timeline) and every distinct real v1 comment of the v1 files (`comments` and
 * `preview_comments` of the home feed and the reels feed).
 */
export function instagramWebInfoAndComments(realpages: string): EnvelopeCase {
  const feed = readJson(realpages, 'instagram/igf-v1-feed-timeline.json') as { feed_items: { media_or_ad?: Json }[] };
  const reels = readJson(realpages, 'instagram/igf-v1-clips-user-reels.json');
  const media = feed.feed_items.map((f) => f.media_or_ad).find((m) => isJson(m) && typeof m.code === 'string')!;
  const v1Comments = [feed, reels].flatMap((doc) =>
    ['comments', 'preview_comments'].flatMap((key) => collect(doc, key, true).flat()),
  ) as Json[];
  const comments = uniqueBy(v1Comments.filter(isJson), (c) => c.pk);
  // The media's own first comments are read too (web_info items are full v1 media).
  const ownComments = uniqueBy(
    [...((media.comments as Json[] | undefined) ?? []), ...((media.preview_comments as Json[] | undefined) ?? [])],
    (c) => c.pk,
  );
  const doc = {
    data: {
      xdt_api__v1__media__shortcode__web_info: { items: [media] },
      xdt_api__v1__media__media_id__comments__connection: {
        edges: comments.map((node) => ({ node, cursor: '' })),
        page_info: { has_next_page: false, end_cursor: null },
      },
    },
    extensions: { is_final: true },
    status: 'ok',
  };
  const distinct = new Set([...comments, ...ownComments].map((c) => c.pk)).size;
  return {
    label: `xdt web_info + comments envelope, a real v1 media and ${comments.length} real v1 comments`,
    source: 'documented envelope; media from igf-v1-feed-timeline, comments from igf-v1-feed-timeline + igf-v1-clips-user-reels',
    text: JSON.stringify(doc),
    apiUrl: 'https://www.instagram.com/graphql/query',
    pageUrl: `https://www.instagram.com/p/${String(media.code)}/`,
    records: { posts: 1, comments: distinct },
  };
}

/**
 * Instagram profile grid document (2024–2026): `xdt_api__v1__feed__user_timeline_graphql_connection.edges[].node`
 * (documented) holds v1 media: here the 12 real posts of the v1 home feed (igf-v1-feed-timeline,
 * `feed_items[].media_or_ad`), of several authors where a profile grid's are one.
 */
export function instagramUserTimeline(realpages: string): EnvelopeCase {
  const feed = readJson(realpages, 'instagram/igf-v1-feed-timeline.json') as { feed_items: { media_or_ad?: Json }[] };
  const media = feed.feed_items.map((f) => f.media_or_ad).filter((m): m is Json => isJson(m) && typeof m.code === 'string');
  const comments = new Set(
    media.flatMap((m) => [...((m.comments as Json[] | undefined) ?? []), ...((m.preview_comments as Json[] | undefined) ?? [])].map((c) => c.pk)),
  );
  const doc = {
    data: {
      xdt_api__v1__feed__user_timeline_graphql_connection: {
        edges: media.map((node, i) => ({ node, cursor: String(i) })),
        page_info: { has_next_page: true, end_cursor: String(media.length - 1) },
      },
    },
    extensions: { is_final: true },
    status: 'ok',
  };
  const author = (media[0]!.user as Json).username as string;
  return {
    label: `xdt user timeline envelope, ${media.length} real v1 media`,
    source: 'documented envelope; media from igf-v1-feed-timeline',
    text: JSON.stringify(doc),
    apiUrl: 'https://www.instagram.com/graphql/query',
    pageUrl: `https://www.instagram.com/${author}/`,
    // Full v1 media carry their first comments, which are read too.
    records: { posts: media.length, comments: comments.size },
  };
}

/**
 * TikTok reply list (`api/comment/list/reply`, documented: the same envelope as the comment
 * list, `comments[]`, `cursor`, `has_more`, `total`), holding the 19 real comments of the real
 * comment list, unchanged: their `reply_id` is "0", so the adapter takes the parent from the
 * request's `comment_id`, as it does for a reply list whose items lack it.
 */
export function tiktokReplyList(realpages: string): EnvelopeCase {
  const list = readJson(realpages, 'tiktok/tikhub-web-comment-list-7603296357641735445.json') as Json & { comments: Json[] };
  const parent = '7603297000000000000';
  const doc = { comments: list.comments, cursor: list.comments.length, has_more: 1, total: list.comments.length, status_code: 0 };
  return {
    label: `reply list envelope, ${list.comments.length} real comments`,
    source: 'documented envelope; comments from tikhub-web-comment-list',
    text: JSON.stringify(doc),
    apiUrl: `https://www.tiktok.com/api/comment/list/reply/?item_id=7603296357641735445&comment_id=${parent}&count=20&cursor=0`,
    pageUrl: 'https://www.tiktok.com/@x/video/7603296357641735445',
    records: { posts: 1, comments: list.comments.length },
  };
}
