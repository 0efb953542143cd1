/** The X adapter against real GraphQL payloads (twscrape's mocks; see PROVENANCE.md). */
import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../lib/capture/x';
import { HAVE_REALPAGES, ctxFor, realJson, valid } from './realpages';

const G = 'https://x.com/i/api/graphql/Yka-W8dz7RaEuQNkroPkYw';

function api(op: string, file: string, page: string) {
  return valid(xAdapter.fromApiResponse(`${G}/${op}?variables=%7B%7D`, realJson('x', file), ctxFor(page)));
}

const DEPRECATION = 'Today, we are deprecating our Premium v1.1 API, including Premium Search and Account Activity API.';

describe.skipIf(!HAVE_REALPAGES)('X real payloads', () => {
  it('UserByScreenName, 2026 shape without legacy (tws-UserByScreenName-XDevelopers.json)', () => {
    const batch = api('UserByScreenName', 'tws-UserByScreenName-XDevelopers.json', 'https://x.com/XDevelopers');
    expect(batch.profiles).toEqual([
      {
        platform: 'x',
        handle: 'XDevelopers',
        displayName: 'Developers',
        followers: 695_695,
        following: 762,
        postCount: 4_319,
        verified: true,
        bio: 'The voice of the X Dev team and your official source for updates, news, and events, related to the X API.',
      },
    ]);
    expect(batch.warnings).toEqual([]);
  });

  it('TweetDetail, 2026 shape (tws-TweetDetail.json): focal post, replies as comments', () => {
    const batch = api('TweetDetail', 'tws-TweetDetail.json', 'https://x.com/XDevelopers/status/1649191520250245121');
    expect(batch.posts).toEqual([
      {
        platform: 'x',
        id: '1649191520250245121',
        authorHandle: 'XDevelopers',
        text: DEPRECATION,
        hashtags: [],
        likes: 426,
        comments: 93,
        shares: 202,
        views: 979_440,
        publishedAt: Date.UTC(2023, 3, 20, 23, 21, 13),
      },
    ]);
    expect(batch.comments).toHaveLength(36);
    expect(batch.comments[0]).toMatchObject({
      id: '1649191521323995138',
      postId: '1649191520250245121',
      authorHandle: 'XDevelopers',
      authorName: 'Developers',
      text: expect.stringMatching(/^On 3\/29 we announced that deprecations/),
      likes: 73,
    });
    expect(batch.comments[35]).toMatchObject({
      id: '1664148856903446528',
      authorHandle: 'DamuKonTan',
      authorName: 'Damu•Kon•Tan',
      text: expect.stringMatching(/^@TwitterDev My Twitter developer account was at the Elevated level/),
    });
    // commenters are profiles too (31: the author and 30 repliers)
    expect(batch.profiles).toHaveLength(31);
    expect(batch.profiles[0]).toMatchObject({ handle: 'XDevelopers', followers: 695_696 });
    expect(batch.profiles.find((p) => p.handle === 'DamuKonTan')).toMatchObject({ followers: 1, following: 30, postCount: 4 });
  });

  it('TweetDetail, 2025 legacy shape (tws-TweetDetail-2025-legacy.json)', () => {
    const batch = api('TweetDetail', 'tws-TweetDetail-2025-legacy.json', 'https://x.com/XDevelopers/status/1649191520250245121');
    expect(batch.posts).toEqual([
      expect.objectContaining({ id: '1649191520250245121', authorHandle: 'XDevelopers', likes: 453, comments: 100, shares: 220, views: 935_947 }),
    ]);
    expect(batch.profiles[0]).toEqual({
      platform: 'x',
      handle: 'XDevelopers',
      displayName: 'Developers',
      followers: 700_242,
      following: 746,
      postCount: 4_079,
      verified: true,
      bio: 'The voice of the X Dev team and your official source for updates, news, and events, related to the X API.',
    });
    expect(batch.profiles).toHaveLength(8);
    expect(batch.comments).toHaveLength(10);
    expect(batch.comments[0]).toMatchObject({ authorHandle: 'XDevelopers', likes: 77 });
    expect(batch.comments[0]?.replyToId).toBeUndefined(); // a direct reply to the focal tweet
    expect(batch.comments[9]).toMatchObject({
      id: '1667373163150278657',
      authorHandle: 'therealmck3nzie',
      authorName: 'McKenzie Girl',
      text: expect.stringMatching(/^Hey @TwitterDev 💕 not too sure how to give feedback/),
    });
  });

  it('TweetDetail, 2023 single entry (tws-TweetDetail-2023-old.json): a retweet keeps the original', () => {
    const batch = api('TweetDetail', 'tws-TweetDetail-2023-old.json', 'https://x.com/_AVICINTL/status/1665951747842641921');
    expect(batch.posts).toEqual([
      expect.objectContaining({
        id: '1665863576060575744',
        authorHandle: 'ChinaDaily',
        likes: 27,
        comments: 4,
        shares: 10,
        views: 5_188,
        text: expect.stringMatching(/^Today marks the arrival of a traditional Chinese solar term/),
      }),
    ]);
    expect(batch.profiles.map((p) => [p.handle, p.followers])).toEqual([
      ['_AVICINTL', 5_911],
      ['ChinaDaily', 4_161_285],
    ]);
  });

  it('UserTweets (tws-UserTweets.json): pinned entry, timeline and profile conversations', () => {
    const batch = api('UserTweets', 'tws-UserTweets.json', 'https://x.com/XDevelopers');
    expect(batch.posts).toHaveLength(21);
    expect(batch.posts[0]).toMatchObject({
      id: '2019881223666233717',
      authorHandle: 'XDevelopers',
      text: expect.stringMatching(/^Officially launching X API Pay-Per-Use/),
    });
    expect(batch.posts[1]).toMatchObject({ id: '2083289084567724316', authorHandle: 'benjitaylor', likes: 674, comments: 44, shares: 31 });
    expect(batch.posts[20]).toMatchObject({ id: '2072126677535346779', authorHandle: 'XDevelopers' });
    expect(batch.comments).toEqual([]);
    expect(batch.profiles).toHaveLength(13);
    expect(batch.profiles[0]).toMatchObject({ handle: 'XDevelopers', followers: 695_695 });
  });

  it('SearchTimeline (tws-SearchTimeline.json)', () => {
    const batch = api('SearchTimeline', 'tws-SearchTimeline.json', 'https://x.com/search?q=tesla');
    expect(batch.posts).toHaveLength(20);
    expect(batch.posts[0]).toMatchObject({ id: '2074976613713031490', authorHandle: 'piloly', text: expect.stringMatching(/^In Europe\*, 4.7k Tesla sales/) });
    expect(batch.posts[19]).toMatchObject({ id: '2074951212344992233', authorHandle: 'greentheonly' });
    expect(batch.profiles).toHaveLength(18);
    expect(batch.profiles[0]).toMatchObject({ handle: 'piloly', displayName: 'Roland Pircher', followers: 29_524, verified: true });
  });

  it('Followers (tws-Followers.json): 69 profiles', () => {
    const batch = api('Followers', 'tws-Followers.json', 'https://x.com/XDevelopers/followers');
    expect(batch.profiles).toHaveLength(69);
    expect(batch.profiles[0]).toEqual({
      platform: 'x',
      handle: 'leslieberland',
      displayName: 'Leslie Berland',
      followers: 127_315,
      following: 3_814,
      postCount: 11_683,
      verified: true,
      bio: 'CMO Verizon',
    });
    expect(batch.profiles[68]).toMatchObject({ handle: 'TeresaBetthdy', followers: 3, following: 68, postCount: 0, verified: false });
    expect(batch.posts).toEqual([]);
  });
  it('Likes, 2024 legacy shape under timeline_v2 (tws-Likes-2024-legacy.json): every liked tweet with its author', () => {
    const batch = api('Likes', 'tws-Likes-2024-legacy.json', 'https://x.com/XDevelopers/likes');
    expect(batch.posts).toHaveLength(40); // 40 tweet-* entries, 2 cursors
    expect(batch.posts[0]).toMatchObject({
      id: '1776254633599480130',
      authorHandle: 'EmpireStateBldg',
      text: 'I AM FINE',
      likes: 102_119,
      comments: 1_143,
      shares: 15_214,
      views: 6_673_140,
    });
    expect(batch.posts.every((p) => p.authorHandle !== undefined)).toBe(true);
    expect(batch.profiles.find((p) => p.handle === 'EmpireStateBldg')).toMatchObject({ followers: 305_334 });
    expect(batch.comments).toEqual([]);
    expect(batch.warnings).toEqual([]);
  });

  it('ListLatestTweetsTimeline, 2026 shape (tws-ListLatestTweetsTimeline.json): tweets and list-conversation modules', () => {
    const batch = api('ListLatestTweetsTimeline', 'tws-ListLatestTweetsTimeline.json', 'https://x.com/i/lists/1494877848087187461');
    // 86 tweet-* entries and 2 list-conversation modules of 2 tweets each.
    expect(batch.posts).toHaveLength(90);
    expect(batch.posts[0]).toMatchObject({ id: '2079663352238792963', authorHandle: 'PolymarketIntel', likes: 0, comments: 1, views: 421 });
    expect(batch.posts.find((p) => p.id === '2079635276758921343')).toMatchObject({ authorHandle: 'AVindman', likes: 144 });
    expect(batch.posts.find((p) => p.id === '2079644917861597428')).toMatchObject({ authorHandle: 'shashj', likes: 12 });
    expect(batch.posts.every((p) => p.authorHandle !== undefined)).toBe(true);
    expect(batch.profiles.find((p) => p.handle === 'PolymarketIntel')).toMatchObject({ followers: 829_006 });
    expect(batch.warnings).toEqual([]);
  });
});
