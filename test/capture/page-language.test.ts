/**
 * The page's language (`<html lang>`, handed to every adapter as `ctx.lang`) reaches the TikTok
 * and X readers, where a count written as text reads by it. Their APIs send counts as numbers
 * or digit strings, which read the same in every language; text such as "1,2 B" (Turkish: bin,
 * a thousand) or "4,7 M" (Indonesian: miliar, a billion) reads right only with the language.
 */
import { describe, expect, it } from 'vitest';
import { CaptureBatchSchema } from '../../lib/capture/batch-schema';
import { tiktokAdapter } from '../../lib/capture/tiktok';
import { xAdapter } from '../../lib/capture/x';

const AT = Date.UTC(2026, 10, 29);

function ctx(url: string, lang: string | undefined) {
  return { url, capturedAt: AT, ...(lang === undefined ? {} : { lang }) };
}

/** [page language, count as the page wrote it, what it must read as] */
const CASES: readonly [string | undefined, string, number | undefined][] = [
  ['es', '1,2 mil', 1_200],
  ['pt-BR', '1,2 mil', 1_200],
  ['de', '2,3 Mio.', 2_300_000],
  ['de-DE', '1.234 Beiträge', 1_234],
  ['fr', '4,69 M', 4_690_000],
  ['tr', '1,2 B', 1_200], // bin: a thousand
  [undefined, '1,2 B', 1_200_000_000], // without the language the English reading holds
  ['en', '1,2 B', 1_200_000_000],
  ['id', '4,7 M', 4_700_000_000], // miliar: a billion
  [undefined, '4,7 M', 4_700_000],
  ['hi', '1,27,696', 127_696], // lakh grouping only on Hindi pages
  [undefined, '1,27,696', undefined],
];

describe('TikTok readers get the page language', () => {
  it.each(CASES)('page in %s: followers "%s" → %s', (lang, text, expected) => {
    const body = { userInfo: { user: { uniqueId: 'kalle.climbs' }, stats: { followerCount: text, videoCount: 12 } } };
    const batch = tiktokAdapter.fromApiResponse('https://www.tiktok.com/api/user/detail/?uniqueId=kalle.climbs', body, ctx('https://www.tiktok.com/@kalle.climbs', lang));
    expect(CaptureBatchSchema.safeParse(batch).success).toBe(true);
    expect(batch.profiles).toEqual([{ platform: 'tiktok', handle: 'kalle.climbs', postCount: 12, ...(expected === undefined ? {} : { followers: expected }) }]);
  });

  it.each(CASES)('page in %s: comment likes "%s" → %s', (lang, text, expected) => {
    const body = { comments: [{ cid: '7', aweme_id: '7444000000000000001', text: 'nice', digg_count: text, user: { unique_id: 'ana' } }] };
    const batch = tiktokAdapter.fromApiResponse('https://www.tiktok.com/api/comment/list/?aweme_id=7444000000000000001', body, ctx('https://www.tiktok.com/@kalle.climbs/video/7444000000000000001', lang));
    expect(batch.comments[0]?.likes).toBe(expected);
  });
});

describe('X readers get the page language', () => {
  it.each(CASES)('page in %s: posts "%s" → %s', (lang, text, expected) => {
    const body = { data: { user: { result: { __typename: 'User', rest_id: '1', core: { screen_name: 'inesbuildsmaps' }, tweet_counts: { tweets: text } } } } };
    const batch = xAdapter.fromApiResponse('https://x.com/i/api/graphql/q/UserByScreenName', body, ctx('https://x.com/inesbuildsmaps', lang));
    expect(CaptureBatchSchema.safeParse(batch).success).toBe(true);
    expect(batch.profiles[0]?.postCount).toBe(expected);
  });

  it.each(CASES)('page in %s: tweet views "%s" → %s', (lang, text, expected) => {
    const tweet = {
      __typename: 'Tweet',
      rest_id: '1860000000000000100',
      core: { user_results: { result: { __typename: 'User', core: { screen_name: 'inesbuildsmaps' } } } },
      views: { count: text },
      legacy: { full_text: 'map', favorite_count: 3 },
    };
    const entry = { entryId: 'tweet-1860000000000000100', content: { itemContent: { tweet_results: { result: tweet } } } };
    const body = { data: { user: { result: { timeline_v2: { timeline: { instructions: [{ type: 'TimelineAddEntries', entries: [entry] }] } } } } } };
    const batch = xAdapter.fromApiResponse('https://x.com/i/api/graphql/q/UserTweets', body, ctx('https://x.com/inesbuildsmaps', lang));
    expect(batch.posts[0]).toMatchObject({ id: '1860000000000000100', likes: 3 });
    expect(batch.posts[0]?.views).toBe(expected);
  });

  it.each(CASES)('page state (__INITIAL_STATE__) in %s: followers "%s" → %s', (lang, text, expected) => {
    const state = { entities: { users: { entities: { 1: { id_str: '1', screen_name: 'inesbuildsmaps', followers_count: text } } } } };
    const batch = xAdapter.fromScripts([`window.__INITIAL_STATE__=${JSON.stringify(state)};`], ctx('https://x.com/inesbuildsmaps', lang));
    expect(batch.profiles[0]?.followers).toBe(expected);
  });
});
