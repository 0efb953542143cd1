/**
 * The formats today's pages use that no real payload shows yet, each from a fixture built on
 * its documented shape (test/fixtures/PROVENANCE.md), each with its full expected reading.
 */
import { describe, expect, it } from 'vitest';
import { inlineScriptsFromHtml } from '../../lib/capture/html-scripts';
import { instagramAdapter } from '../../lib/capture/instagram';
import { tiktokAdapter } from '../../lib/capture/tiktok';
import { youtubeAdapter } from '../../lib/capture/youtube';
import { xAdapter } from '../../lib/capture/x';
import { ctxFor, fixture, valid } from './realpages';

const json = (platform: string, file: string): unknown => JSON.parse(fixture(platform, file));
const IG_GRAPHQL = 'https://www.instagram.com/graphql/query';

describe('Instagram web GraphQL documents, 2024–2026', () => {
  it('data.xdt_shortcode_media: the post (plays, likes, parent-comment count) and its comments with replies', () => {
    const batch = valid(
      instagramAdapter.fromApiResponse(IG_GRAPHQL, json('instagram', 'graphql-xdt-shortcode-media-2025.json'), ctxFor('https://www.instagram.com/p/DF5nadiaK02/')),
    );
    expect(batch.posts).toEqual([
      {
        platform: 'instagram',
        id: 'DF5nadiaK02',
        authorHandle: 'nadiaknits',
        text: 'Blocking the new cardigan #knitting #handmade',
        hashtags: ['knitting', 'handmade'],
        likes: 153,
        comments: 17,
        views: 4_651, // plays, not the older video_view_count
        publishedAt: 1_738_700_000_000,
      },
    ]);
    expect(batch.comments.map((c) => [c.id, c.authorHandle, c.replyToId])).toEqual([
      ['18050000000000001', 'woolandwhim', undefined],
      ['18050000000000002', 'nadiaknits', '18050000000000001'],
      ['18050000000000003', 'pia.purls', undefined],
    ]);
    expect(batch.comments.every((c) => c.postId === 'DF5nadiaK02')).toBe(true);
    expect(batch.warnings).toEqual([]);
  });

  it('xdt web_info and the comments connection: the post the page shows and its comments', () => {
    const batch = valid(
      instagramAdapter.fromApiResponse(IG_GRAPHQL, json('instagram', 'graphql-xdt-web-info-and-comments-2025.json'), ctxFor('https://www.instagram.com/reel/DF5nadiaK03/')),
    );
    expect(batch.posts).toEqual([
      {
        platform: 'instagram',
        id: 'DF5nadiaK03',
        authorHandle: 'nadiaknits',
        text: 'Sock heel in 60 seconds #knitting',
        hashtags: ['knitting'],
        likes: 2_048,
        comments: 96,
        views: 30_500,
        publishedAt: 1_738_800_000_000,
      },
    ]);
    expect(batch.comments).toEqual([
      { platform: 'instagram', id: '18060000000000001', postId: 'DF5nadiaK03', authorHandle: 'loop.and.lark', authorName: 'Lark', text: 'Finally a heel I understand', likes: 12, publishedAt: 1_738_803_600_000 },
      { platform: 'instagram', id: '18060000000000002', postId: 'DF5nadiaK03', authorHandle: 'yarnbarn_ines', authorName: 'Ines', text: 'Saved! 🧶', likes: 3, publishedAt: 1_738_807_200_000 },
    ]);
    expect(batch.warnings).toEqual([]);
  });

  it('xdt user timeline connection: the profile grid; a photo has no view count', () => {
    const batch = valid(
      instagramAdapter.fromApiResponse(IG_GRAPHQL, json('instagram', 'graphql-xdt-user-timeline-2025.json'), ctxFor('https://www.instagram.com/nadiaknits/')),
    );
    expect(batch.posts.map((p) => [p.id, p.likes, p.comments, p.views])).toEqual([
      ['DF5nadiaK04', 311, 22, undefined],
      ['DF5nadiaK05', 980, 41, 12_040],
    ]);
    expect(batch.posts.every((p) => p.authorHandle === 'nadiaknits')).toBe(true);
  });

  it('api/v1/media/<id>/info/: the post with its first comments (allow-listed)', () => {
    const url = 'https://www.instagram.com/api/v1/media/3400000000000000001/info/';
    expect(instagramAdapter.handlesApiUrl(url)).toBe(true);
    const batch = valid(instagramAdapter.fromApiResponse(url, json('instagram', 'v1-media-info-2024.json'), ctxFor('https://www.instagram.com/p/C9xNadiaK06/')));
    expect(batch.posts).toEqual([
      expect.objectContaining({ id: 'C9xNadiaK06', authorHandle: 'nadiaknits', likes: 512, comments: 3, publishedAt: 1_720_000_000_000 }),
    ]);
    expect(batch.comments.map((c) => [c.id, c.postId, c.authorHandle])).toEqual([
      ['18070000000000001', 'C9xNadiaK06', 'ravelry.rae'],
      ['18070000000000002', 'C9xNadiaK06', 'knit.kofi'],
    ]);
  });
});

describe('TikTok', () => {
  it('__NEXT_DATA__ profile page (2021–2022): the profile and its videos', () => {
    const html = fixture('tiktok', 'next-data-profile-2022.html');
    const batch = valid(tiktokAdapter.fromScripts(inlineScriptsFromHtml(html), ctxFor('https://www.tiktok.com/@mirobakes')));
    expect(batch.profiles).toEqual([
      { platform: 'tiktok', handle: 'mirobakes', displayName: 'Miro Bakes', followers: 58_200, following: 311, postCount: 142, verified: false, bio: 'Sourdough every day' },
    ]);
    expect(batch.posts).toEqual([
      {
        platform: 'tiktok',
        id: '7100000000000000001',
        authorHandle: 'mirobakes',
        text: 'Crumb shot #sourdough #baking',
        hashtags: ['sourdough', 'baking'],
        views: 40_100,
        likes: 3_900,
        comments: 88,
        shares: 41,
        publishedAt: 1_650_000_000_000,
      },
    ]);
    expect(batch.warnings).toEqual([]);
    // The same page without its id (bare text) is recognised by its opening key.
    const bare = inlineScriptsFromHtml(html).map((s) => s.text);
    expect(valid(tiktokAdapter.fromScripts(bare, ctxFor('https://www.tiktok.com/@mirobakes'))).profiles).toHaveLength(1);
  });

  it('api/comment/list/reply: replies name their parent comment', () => {
    const batch = valid(
      tiktokAdapter.fromApiResponse(
        'https://www.tiktok.com/api/comment/list/reply/?comment_id=7444000000000100001&item_id=7444000000000000001',
        json('tiktok', 'comment-reply-list.json'),
        ctxFor('https://www.tiktok.com/@kalle.climbs/video/7444000000000000001'),
      ),
    );
    expect(batch.comments.map((c) => [c.id, c.postId, c.authorHandle, c.replyToId])).toEqual([
      ['7444000000000100101', '7444000000000000001', 'kalle.climbs', '7444000000000100001'],
      ['7444000000000100102', '7444000000000000001', 'boulder.bea', '7444000000000100001'],
    ]);
  });
});

describe('YouTube Shorts player overlay (2025)', () => {
  const REEL = 'https://www.youtube.com/youtubei/v1/reel/reel_item_watch?prettyPrint=false';
  const SHORT = {
    platform: 'youtube',
    id: 'Kf3rmentAb1',
    authorHandle: 'tomasferments',
    text: 'Kimchi in 40 seconds #fermentation #kimchi',
    hashtags: ['fermentation', 'kimchi'],
    likes: 1_234, // the button's "1.2K", spelled out in its accessibility text
  };

  it('a full reel_item_watch response: the short, its channel, title and exact likes', () => {
    // From the feed (/shorts/ with another id, or none): the response names its own video.
    const batch = valid(youtubeAdapter.fromApiResponse(REEL, json('youtube', 'shorts-reel-item-watch-2025.json'), ctxFor('https://www.youtube.com/feed/subscriptions')));
    expect(batch.posts).toEqual([SHORT]);
    expect(batch.warnings).toEqual([]);
  });

  it('a Shorts page: ytInitialData has the same overlay, ytInitialPlayerResponse adds the views', () => {
    const data = fixture('youtube', 'shorts-reel-item-watch-2025.json');
    const player = { videoDetails: { videoId: 'Kf3rmentAb1', title: 'Kimchi in 40 seconds #fermentation #kimchi', viewCount: '48210' } };
    const page = `<html><body><script>var ytInitialPlayerResponse = ${JSON.stringify(player)};</script><script>var ytInitialData = ${data};</script></body></html>`;
    const batch = valid(youtubeAdapter.fromScripts(inlineScriptsFromHtml(page), ctxFor('https://www.youtube.com/shorts/Kf3rmentAb1')));
    expect(batch.posts).toEqual([{ ...SHORT, views: 48_210 }]);
  });

  it('the older overlay: header renderer and a numeric like count', () => {
    const body = {
      overlay: {
        reelPlayerOverlayRenderer: {
          reelPlayerHeaderSupportedRenderers: {
            reelPlayerHeaderRenderer: {
              reelTitleText: { runs: [{ text: 'Kimchi in 40 seconds' }] },
              channelTitleText: { runs: [{ text: 'Tomas Ferments' }] },
              channelNavigationEndpoint: { browseEndpoint: { browseId: 'UCfict10nal0000000000001', canonicalBaseUrl: '/@tomasferments' } },
            },
          },
          likeButton: { likeButtonRenderer: { likeCount: 1_234 } },
        },
      },
    };
    const batch = valid(youtubeAdapter.fromApiResponse(REEL, body, ctxFor('https://www.youtube.com/shorts/Kf3rmentAb1')));
    expect(batch.posts).toEqual([{ platform: 'youtube', id: 'Kf3rmentAb1', authorHandle: 'tomasferments', text: 'Kimchi in 40 seconds', hashtags: [], likes: 1_234 }]);
  });

  it('a display name is no handle', () => {
    const body = JSON.parse(fixture('youtube', 'shorts-reel-item-watch-2025.json')) as { overlay: { reelPlayerOverlayRenderer: { metapanel: { reelMetapanelViewModel: { metadataItems: Record<string, unknown>[] } } } } };
    body.overlay.reelPlayerOverlayRenderer.metapanel.reelMetapanelViewModel.metadataItems[0] = { reelChannelBarViewModel: { channelName: { content: 'Tomas Ferments' } } };
    const batch = valid(youtubeAdapter.fromApiResponse(REEL, body, ctxFor('https://www.youtube.com/shorts/Kf3rmentAb1')));
    expect(batch.posts[0]!.authorHandle).toBeUndefined();
  });
});

describe('TikTok replies and photo posts', () => {
  const REPLY_API = 'https://www.tiktok.com/api/comment/list/reply/?comment_id=7444000000000100001&item_id=7444000000000000001&count=20&cursor=0';

  it.each([
    [
      'with their own aweme_id and reply_id, on the video page',
      'https://www.tiktok.com/@kalle.climbs/video/7444000000000000001',
      false,
      [{ platform: 'tiktok', id: '7444000000000000001', authorHandle: 'kalle.climbs', hashtags: [] }],
    ],
    // Opened from the For You feed, where the page address names no video, and items without
    // aweme_id or reply_id: the request address (item_id, comment_id) still places them.
    ['without aweme_id and reply_id, on the For You feed', 'https://www.tiktok.com/foryou', true, []],
  ])('api/comment/list/reply %s: every reply is linked to its post and parent comment', (_label, pageUrl, strip, posts) => {
    const body = json('tiktok', 'comment-reply-list.json') as { comments: Record<string, unknown>[] };
    if (strip) {
      for (const c of body.comments) {
        delete c.aweme_id;
        delete c.reply_id;
      }
    }
    const batch = valid(tiktokAdapter.fromApiResponse(REPLY_API, body, ctxFor(pageUrl)));
    expect(batch.comments.map((c) => [c.id, c.postId, c.authorHandle, c.authorName, c.replyToId, c.likes])).toEqual([
      ['7444000000000100101', '7444000000000000001', 'kalle.climbs', 'Kalle', '7444000000000100001', 5],
      ['7444000000000100102', '7444000000000000001', 'boulder.bea', 'Bea', '7444000000000100001', 1],
    ]);
    // The list's `total` (2) counts the parent comment's replies: it is not the video's comment count.
    expect(batch.posts).toEqual(posts);
  });

  it('a comment list names no parent: its comments are top-level', () => {
    const body = json('tiktok', 'comment-reply-list.json') as { comments: Record<string, unknown>[] };
    for (const c of body.comments) delete c.reply_id;
    const api = 'https://www.tiktok.com/api/comment/list/?aweme_id=7444000000000000001&comment_id=7444000000000100001';
    const batch = valid(tiktokAdapter.fromApiResponse(api, body, ctxFor('https://www.tiktok.com/foryou')));
    expect(batch.comments.map((c) => c.replyToId)).toEqual([undefined, undefined]);
  });

  it('__DEFAULT_SCOPE__["webapp.photo-detail"]: a photo post reads like a video', () => {
    const item = { id: '7444000000000000009', desc: 'Crag at dawn #climbing', createTime: 1_733_000_000, author: { uniqueId: 'kalle.climbs', nickname: 'Kalle' }, stats: { diggCount: 40, commentCount: 3, shareCount: 1, playCount: 900 } };
    const state = { __DEFAULT_SCOPE__: { 'webapp.photo-detail': { itemInfo: { itemStruct: item } } } };
    const script = { id: '__UNIVERSAL_DATA_FOR_REHYDRATION__', type: 'application/json', text: JSON.stringify(state) };
    const batch = valid(tiktokAdapter.fromScripts([script], ctxFor('https://www.tiktok.com/@kalle.climbs/photo/7444000000000000009')));
    expect(batch.posts).toEqual([
      { platform: 'tiktok', id: '7444000000000000009', authorHandle: 'kalle.climbs', text: 'Crag at dawn #climbing', hashtags: ['climbing'], likes: 40, comments: 3, shares: 1, views: 900, publishedAt: 1_733_000_000_000 },
    ]);
  });
});

describe('X timeline modules', () => {
  it('UserMedia (allow-listed): the pinned entry, the grid module and its continuation', () => {
    const url = 'https://x.com/i/api/graphql/abc123/UserMedia?variables=%7B%7D';
    expect(xAdapter.handlesApiUrl(url)).toBe(true);
    const batch = valid(xAdapter.fromApiResponse(url, json('x', 'user-media-2024.json'), ctxFor('https://x.com/inesbuildsmaps/media')));
    expect(batch.posts.map((p) => [p.id, p.likes, p.comments, p.shares, p.views])).toEqual([
      ['1860000000000000100', 840, 31, 120, 90_210],
      ['1860000000000000101', 210, 4, 12, 15_000],
      ['1860000000000000102', 330, 9, 25, 22_000],
      ['1860000000000000103', 150, 2, 8, 9_800],
    ]);
    expect(batch.posts.every((p) => p.authorHandle === 'inesbuildsmaps')).toBe(true);
    expect(batch.profiles).toEqual([expect.objectContaining({ handle: 'inesbuildsmaps', followers: 12_407, following: 388, postCount: 2_210 })]);
    expect(batch.warnings).toEqual([]);
  });
});
