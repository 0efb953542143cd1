/**
 * Our own fixture pages (invented people, realistic shapes), each with its full expected
 * batch. The end-to-end suite serves the same files, so a change here shows up there too.
 */
import { describe, expect, it } from 'vitest';
import { inlineScriptsFromHtml } from '../../lib/capture/html-scripts';
import { instagramAdapter } from '../../lib/capture/instagram';
import { tiktokAdapter } from '../../lib/capture/tiktok';
import { xAdapter } from '../../lib/capture/x';
import { youtubeAdapter } from '../../lib/capture/youtube';
import { CAPTURED_AT, DAY, YEAR, ctxFor, fixture, valid } from './realpages';

describe('YouTube fixtures', () => {
  it('channel videos page: pageHeader profile, both grid shapes, duplicates and playlists dropped', () => {
    const url = 'https://www.youtube.com/@lumenworkshop/videos';
    const batch = valid(youtubeAdapter.fromScripts(inlineScriptsFromHtml(fixture('youtube', 'channel-videos-page.html')), ctxFor(url)));
    expect(batch).toEqual({
      platform: 'youtube',
      sourceUrl: url,
      capturedAt: CAPTURED_AT,
      profiles: [
        {
          platform: 'youtube',
          handle: 'lumenworkshop',
          displayName: 'Lumen Workshop',
          followers: 184_000,
          postCount: 212,
          verified: true,
          bio: 'Slow furniture, sharp tools, honest mistakes.\nNew build every other Sunday.',
        },
      ],
      posts: [
        {
          platform: 'youtube',
          id: 'Lw0rkShp001',
          authorHandle: 'lumenworkshop',
          text: 'Building a walnut desk with hand tools only #woodworking #handtools',
          hashtags: ['woodworking', 'handtools'],
          views: 48_213,
          publishedAt: CAPTURED_AT - 3 * DAY,
        },
        {
          platform: 'youtube',
          id: 'Lw0rkShp002',
          authorHandle: 'lumenworkshop',
          text: 'Why my dovetails finally fit (and yours will too)',
          hashtags: [],
          views: 1_200_000,
          publishedAt: CAPTURED_AT - 14 * DAY,
        },
        {
          platform: 'youtube',
          id: 'Lw0rkShp003',
          authorHandle: 'lumenworkshop',
          text: 'Members Q&A live',
          hashtags: [],
          views: 0, // the page says "No views"
          publishedAt: CAPTURED_AT - 30 * DAY,
        },
        {
          platform: 'youtube',
          id: 'Lw0rkShp004',
          authorHandle: 'lumenworkshop',
          text: 'Sharpening 101: a 20 minute routine',
          hashtags: [],
          views: 310_552,
          publishedAt: CAPTURED_AT - YEAR,
        },
      ],
      comments: [],
      warnings: [],
    });
  });

  it('comments continuation (next): header count and commentEntityPayload joins', () => {
    const url = 'https://www.youtube.com/watch?v=Lw0rkShp001';
    const body = JSON.parse(fixture('youtube', 'comments-next.json')) as unknown;
    const batch = valid(youtubeAdapter.fromApiResponse('https://www.youtube.com/youtubei/v1/next?prettyPrint=false', body, ctxFor(url)));
    expect(batch.posts).toEqual([{ platform: 'youtube', id: 'Lw0rkShp001', comments: 1_482, hashtags: [] }]);
    expect(batch.comments).toEqual([
      {
        platform: 'youtube',
        id: 'UgyLumenComment1AaABAg',
        postId: 'Lw0rkShp001',
        authorHandle: 'oakandember',
        text: 'The glue-up at 6:40 saved my whole weekend. Which clamps are those? #woodworking',
        likes: 312,
        publishedAt: CAPTURED_AT - 2 * DAY,
      },
      {
        platform: 'youtube',
        id: 'UgyLumenComment2AaABAg',
        postId: 'Lw0rkShp001',
        authorHandle: 'mira.planes',
        text: 'Finally someone who shows the mistakes too 🙌',
        likes: 1_100,
        publishedAt: CAPTURED_AT - 3 * DAY,
      },
      {
        platform: 'youtube',
        id: 'UgyLumenComment3AaABAg',
        postId: 'Lw0rkShp001',
        authorHandle: 'petro-shavings',
        text: 'Vielen Dank! Endlich verstehe ich das Schärfen.',
        publishedAt: CAPTURED_AT - DAY,
      },
    ]);
    expect(batch.warnings).toEqual([]);
  });
});

describe('Instagram fixtures', () => {
  it('profile page with window._sharedData', () => {
    const url = 'https://www.instagram.com/tessaferments/';
    const batch = valid(instagramAdapter.fromScripts(inlineScriptsFromHtml(fixture('instagram', 'profile-page.html')), ctxFor(url)));
    expect(batch.profiles).toEqual([
      {
        platform: 'instagram',
        handle: 'tessaferments',
        displayName: 'Tessa Ferments',
        followers: 23_817,
        following: 412,
        postCount: 318,
        verified: false,
        bio: 'Small-batch kombucha & miso notes from Lisbon 🍶\n#fermentation every Friday',
      },
    ]);
    expect(batch.posts).toEqual([
      {
        platform: 'instagram',
        id: 'C9xTessA01',
        authorHandle: 'tessaferments',
        text: 'Day 14 of the miso. It smells like toasted hazelnuts now. #miso #fermentation #koji',
        hashtags: ['miso', 'fermentation', 'koji'],
        likes: 1_842,
        comments: 96,
        publishedAt: 1_795_300_000_000,
      },
      {
        platform: 'instagram',
        id: 'C9xTessA02',
        authorHandle: 'tessaferments',
        text: 'Second ferment flavours ranked, reel ⬇️ #kombucha',
        hashtags: ['kombucha'],
        likes: 5_120,
        comments: 233,
        views: 40_211,
        publishedAt: 1_794_800_000_000,
      },
      // no caption: no text, rather than an empty one
      { platform: 'instagram', id: 'C9xTessA03', authorHandle: 'tessaferments', hashtags: [], likes: 733, comments: 12, publishedAt: 1_794_000_000_000 },
    ]);
    expect(batch.comments).toEqual([
      {
        platform: 'instagram',
        id: '18020000000000001',
        postId: 'C9xTessA01',
        authorHandle: 'lukas.bakes',
        text: 'How salty do you start it? Mine always goes sour 😅',
        likes: 4,
        publishedAt: 1_795_303_600_000,
      },
      {
        platform: 'instagram',
        id: '18020000000000002',
        postId: 'C9xTessA01',
        authorHandle: 'anaverde_',
        text: 'Hazelnuts?! Need this in my life',
        likes: 1,
        publishedAt: 1_795_310_000_000,
      },
    ]);
    expect(batch.warnings).toEqual([]);
  });

  it('2023+ profile page: GraphQL results prefetched into data-sjs JSON scripts', () => {
    const url = 'https://www.instagram.com/ravi.draws.trains/';
    const scripts = inlineScriptsFromHtml(fixture('instagram', 'profile-page-2024.html'));
    const batch = valid(instagramAdapter.fromScripts(scripts, ctxFor(url)));
    expect(batch.profiles).toEqual([
      {
        platform: 'instagram',
        handle: 'ravi.draws.trains',
        displayName: 'Ravi — rail sketches',
        followers: 9_412,
        following: 287,
        postCount: 154,
        verified: false,
        bio: 'Ink sketches of every station on the line 🚉 #urbansketchers',
      },
    ]);
    expect(batch.posts).toEqual([
      {
        platform: 'instagram',
        id: 'DAraviSk01',
        authorHandle: 'ravi.draws.trains',
        text: 'Platform 4 at dawn. 40 minutes, one pen. #urbansketchers #railway',
        hashtags: ['urbansketchers', 'railway'],
        likes: 611,
        comments: 28,
        publishedAt: 1_795_500_000_000,
      },
      {
        platform: 'instagram',
        id: 'DAraviSk02',
        authorHandle: 'ravi.draws.trains',
        text: 'Signal box study',
        hashtags: [],
        likes: 402,
        comments: 9,
        views: 12_877,
        publishedAt: 1_795_000_000_000,
      },
    ]);
    expect(batch.comments).toEqual([
      {
        platform: 'instagram',
        id: '18090000000000001',
        postId: 'DAraviSk01',
        authorHandle: 'maja_inks',
        authorName: 'Maja',
        text: 'The lamp posts!! so good',
        likes: 3,
        publishedAt: 1_795_503_000_000,
      },
    ]);
    expect(batch.warnings).toEqual([]);
    // the same from bare script texts
    expect(valid(instagramAdapter.fromScripts(scripts.map((s) => s.text), ctxFor(url))).posts).toHaveLength(2);
  });

  it('v1 media comments with a threaded reply', () => {
    const body = JSON.parse(fixture('instagram', 'media-comments.json')) as unknown;
    const batch = valid(
      instagramAdapter.fromApiResponse(
        // The id whose shortcode is C9xTessA01 (instagram-shortcode.ts).
        'https://www.instagram.com/api/v1/media/53415613509406005/comments/?can_support_threading=true&permalink_enabled=false',
        body,
        ctxFor('https://www.instagram.com/p/C9xTessA01/'),
      ),
    );
    expect(batch.posts).toEqual([{ platform: 'instagram', id: 'C9xTessA01', comments: 96, hashtags: [] }]);
    expect(batch.comments.map((c) => [c.authorHandle, c.authorName, c.text, c.likes, c.replyToId])).toEqual([
      ['lukas.bakes', 'Lukas Brenner', 'How salty do you start it? Mine always goes sour 😅', 4, undefined],
      ['tessaferments', 'Tessa Ferments', '@lukas.bakes 6% by weight, and keep it under 20°C!', 11, '18051111111111111'],
      ['noor.kitchen', 'Noor', 'Saving this for my koji experiments #koji', 0, undefined],
      ['anaverde_', undefined, 'Hazelnuts?! Need this in my life', 1, undefined],
    ]);
    expect(batch.comments.every((c) => c.postId === 'C9xTessA01')).toBe(true);
    expect(batch.comments[0]?.publishedAt).toBe(1_795_303_600_000);
  });

  it.each([
    ['a profile page, whose address names no post', 'https://www.instagram.com/tessaferments/'],
    ['another post page: the response names its own post', 'https://www.instagram.com/p/C9xTessA02/'],
  ])('v1 media comments on %s belong to the post their address names by id', (_label, pageUrl) => {
    const body = JSON.parse(fixture('instagram', 'media-comments.json')) as unknown;
    const batch = valid(instagramAdapter.fromApiResponse('https://www.instagram.com/api/v1/media/53415613509406005/comments/', body, ctxFor(pageUrl)));
    expect(batch.comments).toHaveLength(4);
    expect(batch.comments.every((c) => c.postId === 'C9xTessA01')).toBe(true);
    expect(batch.posts).toEqual([{ platform: 'instagram', id: 'C9xTessA01', comments: 96, hashtags: [] }]);
  });
});

describe('TikTok fixtures', () => {
  it('profile page with __UNIVERSAL_DATA_FOR_REHYDRATION__, with and without the script id', () => {
    const url = 'https://www.tiktok.com/@kalle.climbs';
    const scripts = inlineScriptsFromHtml(fixture('tiktok', 'profile-page.html'));
    const expected = [
      {
        platform: 'tiktok',
        handle: 'kalle.climbs',
        displayName: 'Kalle | bouldering',
        followers: 88_391,
        following: 301,
        postCount: 412,
        verified: false,
        bio: 'V7 climber from Göteborg 🧗 training tips & fails',
      },
    ];
    const withIds = valid(tiktokAdapter.fromScripts(scripts, ctxFor(url)));
    expect(withIds.profiles).toEqual(expected);
    expect(withIds.warnings).toEqual([]);
    const bare = valid(tiktokAdapter.fromScripts(scripts.map((s) => s.text), ctxFor(url)));
    expect(bare.profiles).toEqual(expected);
  });

  it('comment list with a reply', () => {
    const body = JSON.parse(fixture('tiktok', 'comment-list.json')) as unknown;
    const batch = valid(
      tiktokAdapter.fromApiResponse(
        'https://www.tiktok.com/api/comment/list/?aid=1988&aweme_id=7444000000000000001&count=20&cursor=0',
        body,
        ctxFor('https://www.tiktok.com/@kalle.climbs/video/7444000000000000001'),
      ),
    );
    expect(batch.posts).toEqual([{ platform: 'tiktok', id: '7444000000000000001', authorHandle: 'kalle.climbs', comments: 1_873, hashtags: [] }]);
    expect(batch.comments).toHaveLength(4);
    expect(batch.comments[0]).toEqual({
      platform: 'tiktok',
      id: '7444100000000000001',
      postId: '7444000000000000001',
      authorHandle: 'sara_on_rock',
      authorName: 'Sara ⛰️',
      text: 'that heel hook at 0:12 is unreal',
      likes: 1_204,
      publishedAt: 1_795_800_000_000,
    });
    expect(batch.comments[2]).toMatchObject({ authorHandle: 'kalle.climbs', replyToId: '7444100000000000002', likes: 310 });
    expect(batch.comments[3]).toMatchObject({ authorHandle: 'user4829173650', text: 'ok but the fall at the end 💀', likes: 0 });
  });
});

describe('X fixtures', () => {
  it('profile page with window.__INITIAL_STATE__', () => {
    const url = 'https://x.com/inesbuildsmaps';
    const batch = valid(xAdapter.fromScripts(inlineScriptsFromHtml(fixture('x', 'profile-page.html')), ctxFor(url)));
    expect(batch.profiles).toEqual([
      {
        platform: 'x',
        handle: 'inesbuildsmaps',
        displayName: 'Ines Quintal',
        followers: 12_407,
        following: 388,
        postCount: 5_290,
        verified: false,
        bio: 'Cartographer turned frontend dev. Maps, type, and the odd #opendata rant.',
      },
    ]);
    expect(batch.posts).toEqual([
      {
        platform: 'x',
        id: '1860000000000000010',
        authorHandle: 'inesbuildsmaps',
        text: 'New hillshade style is live: softer ridges, crisper rivers. Thread on how #opendata elevation tiles made it possible 🧵',
        hashtags: ['opendata'],
        likes: 842,
        comments: 37,
        shares: 121,
        views: 58_210,
        publishedAt: Date.UTC(2026, 10, 23, 8, 30),
      },
    ]);
    expect(batch.warnings).toEqual([]);
  });

  it('TweetDetail with a nested reply and a TweetWithVisibilityResults wrapper', () => {
    const body = JSON.parse(fixture('x', 'tweet-detail.json')) as unknown;
    const batch = valid(
      xAdapter.fromApiResponse(
        'https://x.com/i/api/graphql/fakeQueryId00/TweetDetail?variables=%7B%22focalTweetId%22%3A%221860000000000000010%22%7D',
        body,
        ctxFor('https://x.com/inesbuildsmaps/status/1860000000000000010'),
      ),
    );
    expect(batch.posts.map((p) => [p.id, p.likes, p.comments, p.shares, p.views])).toEqual([['1860000000000000010', 842, 37, 121, 58_210]]);
    expect(batch.comments).toEqual([
      {
        platform: 'x',
        id: '1860000000000000021',
        postId: '1860000000000000010',
        authorHandle: 'tobi_tiles',
        authorName: 'Tobi',
        text: 'Those rivers look great. Which DEM did you use for the alps? #gischat',
        likes: 14,
        publishedAt: Date.UTC(2026, 10, 23, 9, 2, 11),
      },
      {
        platform: 'x',
        id: '1860000000000000022',
        postId: '1860000000000000010',
        authorHandle: 'inesbuildsmaps',
        authorName: 'Ines Quintal',
        text: 'Copernicus GLO-30, resampled. Post coming next week!',
        likes: 9,
        publishedAt: Date.UTC(2026, 10, 23, 9, 15, 40),
        replyToId: '1860000000000000021',
      },
      {
        platform: 'x',
        id: '1860000000000000031',
        postId: '1860000000000000010',
        authorHandle: 'cartocat',
        authorName: 'Carto Cat 🐈',
        text: 'saving this for my thesis maps 🙏',
        likes: 2,
        publishedAt: Date.UTC(2026, 10, 24, 18),
      },
    ]);
    expect(batch.profiles.map((p) => [p.handle, p.followers, p.verified])).toEqual([
      ['inesbuildsmaps', 12_407, false],
      ['tobi_tiles', 903, false],
      ['cartocat', 48, true],
    ]);
  });

  it('"show more replies" (TimelineAddToModule) adds comments to the focal tweet', () => {
    const detail = JSON.parse(fixture('x', 'tweet-detail.json')) as {
      data: { threaded_conversation_with_injections_v2: { instructions: { entries?: { content: { items?: unknown[] } }[] }[] } };
    };
    const reply = detail.data.threaded_conversation_with_injections_v2.instructions[0]?.entries?.[1]?.content.items?.[1];
    const body = {
      data: {
        threaded_conversation_with_injections_v2: {
          instructions: [{ type: 'TimelineAddToModule', moduleItems: [reply], moduleEntryId: 'conversationthread-1860000000000000021' }],
        },
      },
    };
    const batch = valid(
      xAdapter.fromApiResponse('https://x.com/i/api/graphql/q/TweetDetail', body, ctxFor('https://x.com/inesbuildsmaps/status/1860000000000000010')),
    );
    expect(batch.posts).toEqual([]);
    expect(batch.comments.map((c) => [c.id, c.postId, c.replyToId])).toEqual([
      ['1860000000000000022', '1860000000000000010', '1860000000000000021'],
    ]);
  });
});
