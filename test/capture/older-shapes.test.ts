/**
 * Shapes no saved payload covers but pages still serve somewhere: YouTube's c4 header and
 * pre-2024 comment renderer, TikTok's SIGI_STATE, Instagram's PostPage and v1 feed. Small
 * invented examples, shaped after the platforms' documented structures.
 */
import { describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../lib/capture/instagram';
import { tiktokAdapter } from '../../lib/capture/tiktok';
import { youtubeAdapter } from '../../lib/capture/youtube';
import { CAPTURED_AT, DAY, ctxFor, valid } from './realpages';

describe('YouTube older shapes', () => {
  it('c4TabbedHeaderRenderer channel header, gridVideoRenderer on the Home shelf', () => {
    const data = {
      header: {
        c4TabbedHeaderRenderer: {
          channelId: 'UCfakeOldHeader000000000',
          title: 'Ferro Garden',
          subscriberCountText: { simpleText: '12.4K subscribers' },
          videosCountText: { runs: [{ text: '87' }, { text: ' videos' }] },
          channelHandleText: { runs: [{ text: '@ferrogarden' }] },
          badges: [{ metadataBadgeRenderer: { style: 'BADGE_STYLE_TYPE_VERIFIED' } }],
        },
      },
      contents: {
        twoColumnBrowseResultsRenderer: {
          tabs: [
            {
              tabRenderer: {
                title: 'Home',
                content: {
                  sectionListRenderer: {
                    contents: [
                      {
                        itemSectionRenderer: {
                          contents: [
                            {
                              shelfRenderer: {
                                content: {
                                  horizontalListRenderer: {
                                    items: [
                                      {
                                        gridVideoRenderer: {
                                          videoId: 'FerroVid001',
                                          title: { simpleText: 'Repotting a 40 year old fig' },
                                          viewCountText: { simpleText: '3,210 views' },
                                          publishedTimeText: { simpleText: '5 days ago' },
                                        },
                                      },
                                    ],
                                  },
                                },
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              },
            },
          ],
        },
      },
    };
    const batch = valid(
      youtubeAdapter.fromScripts([`var ytInitialData = ${JSON.stringify(data)};`], ctxFor('https://www.youtube.com/channel/UCfakeOldHeader000000000')),
    );
    expect(batch.profiles).toEqual([
      { platform: 'youtube', handle: 'ferrogarden', displayName: 'Ferro Garden', followers: 12_400, postCount: 87, verified: true },
    ]);
    expect(batch.posts).toEqual([
      {
        platform: 'youtube',
        id: 'FerroVid001',
        authorHandle: 'ferrogarden',
        text: 'Repotting a 40 year old fig',
        hashtags: [],
        views: 3_210,
        publishedAt: CAPTURED_AT - 5 * DAY,
      },
    ]);
  });

  it('pre-2024 commentRenderer threads', () => {
    const body = {
      onResponseReceivedEndpoints: [
        {
          appendContinuationItemsAction: {
            continuationItems: [
              {
                commentThreadRenderer: {
                  comment: {
                    commentRenderer: {
                      commentId: 'UgwOldStyle0001',
                      authorText: { simpleText: '@figfan' },
                      authorEndpoint: { browseEndpoint: { browseId: 'UCx', canonicalBaseUrl: '/@figfan' } },
                      contentText: { runs: [{ text: 'Great ' }, { text: 'tips!' }] },
                      publishedTimeText: { runs: [{ text: '2 weeks ago' }] },
                      voteCount: { simpleText: '1.2K' },
                    },
                  },
                },
              },
            ],
          },
        },
      ],
    };
    const batch = valid(youtubeAdapter.fromApiResponse('https://www.youtube.com/youtubei/v1/next', body, ctxFor('https://www.youtube.com/watch?v=FerroVid001')));
    expect(batch.comments).toEqual([
      {
        platform: 'youtube',
        id: 'UgwOldStyle0001',
        postId: 'FerroVid001',
        authorHandle: 'figfan',
        text: 'Great tips!',
        likes: 1_200,
        publishedAt: CAPTURED_AT - 14 * DAY,
      },
    ]);
  });
});

describe('YouTube home feed lockups', () => {
  it('take the author from the channel link and never read its name as a count', () => {
    const part = (content: string) => ({ text: { content } });
    const data = {
      contents: {
        twoColumnBrowseResultsRenderer: {
          tabs: [
            {
              tabRenderer: {
                content: {
                  richGridRenderer: {
                    contents: [
                      {
                        richItemRenderer: {
                          content: {
                            lockupViewModel: {
                              contentId: 'HomeFeed001',
                              contentType: 'LOCKUP_CONTENT_TYPE_VIDEO',
                              metadata: {
                                lockupMetadataViewModel: {
                                  title: { content: 'Ten knots in five minutes' },
                                  metadata: {
                                    contentMetadataViewModel: {
                                      metadataRows: [
                                        {
                                          metadataParts: [
                                            {
                                              text: {
                                                content: '5 Minute Knots',
                                                commandRuns: [{ startIndex: 0, length: 14, onTap: { innertubeCommand: { browseEndpoint: { browseId: 'UCk', canonicalBaseUrl: '/@5minuteknots' } } } }],
                                              },
                                            },
                                          ],
                                        },
                                        { metadataParts: [part('88K views'), part('6 days ago')] },
                                      ],
                                    },
                                  },
                                },
                              },
                            },
                          },
                        },
                      },
                    ],
                  },
                },
              },
            },
          ],
        },
      },
    };
    const batch = valid(youtubeAdapter.fromApiResponse('https://www.youtube.com/youtubei/v1/browse', data, ctxFor('https://www.youtube.com/')));
    expect(batch.posts).toEqual([
      {
        platform: 'youtube',
        id: 'HomeFeed001',
        authorHandle: '5minuteknots',
        text: 'Ten knots in five minutes',
        hashtags: [],
        views: 88_000,
        publishedAt: CAPTURED_AT - 6 * DAY,
      },
    ]);
  });
});

describe('YouTube search results', () => {
  it('videoRenderer owners come from ownerText, one author per result', () => {
    const video = (id: string, title: string, owner: string, views: string, when: string) => ({
      videoRenderer: {
        videoId: id,
        title: { runs: [{ text: title }] },
        ownerText: { runs: [{ text: owner, navigationEndpoint: { browseEndpoint: { browseId: 'UCx', canonicalBaseUrl: `/@${owner}` } } }] },
        viewCountText: { simpleText: views },
        publishedTimeText: { simpleText: when },
      },
    });
    const data = {
      contents: {
        twoColumnSearchResultsRenderer: {
          primaryContents: {
            sectionListRenderer: {
              contents: [
                { itemSectionRenderer: { contents: [video('Search00001', 'Knife sharpening #diy', 'edgecraft', '1,024 views', '1 day ago'), video('Search00002', 'Whetstones compared', 'stonelab', 'No views', '3 hours ago')] } },
                { continuationItemRenderer: { trigger: 'CONTINUATION_TRIGGER_ON_ITEM_SHOWN' } },
              ],
            },
          },
        },
      },
    };
    const batch = valid(youtubeAdapter.fromScripts([{ text: `var ytInitialData = ${JSON.stringify(data)};` }], ctxFor('https://www.youtube.com/results?search_query=whetstone')));
    expect(batch.posts).toEqual([
      { platform: 'youtube', id: 'Search00001', authorHandle: 'edgecraft', text: 'Knife sharpening #diy', hashtags: ['diy'], views: 1_024, publishedAt: CAPTURED_AT - DAY },
      { platform: 'youtube', id: 'Search00002', authorHandle: 'stonelab', text: 'Whetstones compared', hashtags: [], views: 0, publishedAt: CAPTURED_AT - 3 * 3_600_000 },
    ]);
    expect(batch.profiles).toEqual([]);
  });
});

describe('TikTok SIGI_STATE', () => {
  it('reads UserModule and ItemModule', () => {
    const state = {
      AppContext: { appContext: { language: 'en' } },
      UserModule: {
        users: { 'mo.bakes': { uniqueId: 'mo.bakes', nickname: 'Mo', signature: 'bread', verified: true } },
        stats: { 'mo.bakes': { followerCount: 5100, followingCount: 12, videoCount: 40, heartCount: 90000 } },
      },
      ItemModule: {
        '7100000000000000001': {
          id: '7100000000000000001',
          desc: 'sourdough at 3am #bread #baking',
          createTime: '1700000000',
          author: 'mo.bakes',
          stats: { playCount: 12000, diggCount: 800, commentCount: 31, shareCount: 5 },
        },
      },
    };
    const scripts = [`window['SIGI_STATE']=${JSON.stringify(state)};window['SIGI_RETRY']={}`];
    const batch = valid(tiktokAdapter.fromScripts(scripts, ctxFor('https://www.tiktok.com/@mo.bakes')));
    expect(batch.profiles).toEqual([
      { platform: 'tiktok', handle: 'mo.bakes', displayName: 'Mo', followers: 5_100, following: 12, postCount: 40, verified: true, bio: 'bread' },
    ]);
    expect(batch.posts).toEqual([
      {
        platform: 'tiktok',
        id: '7100000000000000001',
        authorHandle: 'mo.bakes',
        text: 'sourdough at 3am #bread #baking',
        hashtags: ['bread', 'baking'],
        views: 12_000,
        likes: 800,
        comments: 31,
        shares: 5,
        publishedAt: 1_700_000_000_000,
      },
    ]);
  });
});

describe('Instagram PostPage and v1 feed', () => {
  it('reads a post page from _sharedData with its preview comments', () => {
    const shared = {
      entry_data: {
        PostPage: [
          {
            graphql: {
              shortcode_media: {
                shortcode: 'CxPostPage1',
                owner: { username: 'lina.knits' },
                is_video: false,
                taken_at_timestamp: 1_700_000_000,
                edge_media_to_caption: { edges: [{ node: { text: 'new #sweater pattern' } }] },
                edge_media_preview_like: { count: 420 },
                edge_media_to_parent_comment: {
                  count: 9,
                  edges: [
                    {
                      node: {
                        id: '1790001',
                        text: 'gorgeous colours',
                        created_at: 1_700_000_500,
                        owner: { username: 'wool.and.tea' },
                        edge_liked_by: { count: 2 },
                        edge_threaded_comments: { edges: [{ node: { id: '1790002', text: 'thank you!', created_at: 1_700_000_900, owner: { username: 'lina.knits' } } }] },
                      },
                    },
                  ],
                },
              },
            },
          },
        ],
      },
    };
    const batch = valid(instagramAdapter.fromScripts([`window._sharedData = ${JSON.stringify(shared)};`], ctxFor('https://www.instagram.com/p/CxPostPage1/')));
    expect(batch.posts).toEqual([
      {
        platform: 'instagram',
        id: 'CxPostPage1',
        authorHandle: 'lina.knits',
        text: 'new #sweater pattern',
        hashtags: ['sweater'],
        likes: 420,
        comments: 9,
        publishedAt: 1_700_000_000_000,
      },
    ]);
    expect(batch.comments.map((c) => [c.id, c.authorHandle, c.replyToId])).toEqual([
      ['1790001', 'wool.and.tea', undefined],
      ['1790002', 'lina.knits', '1790001'],
    ]);
  });

  it('v1 feed items with counts hidden by the author', () => {
    const body = {
      items: [
        { code: 'CxHidden01', taken_at: 1_700_000_000, like_and_view_counts_disabled: true, like_count: 0, comment_count: 3, user: { username: 'quiet.one' }, caption: null },
      ],
      status: 'ok',
    };
    const batch = valid(instagramAdapter.fromApiResponse('https://www.instagram.com/api/v1/feed/user/123/', body, ctxFor('https://www.instagram.com/quiet.one/')));
    expect(batch.posts).toEqual([
      { platform: 'instagram', id: 'CxHidden01', authorHandle: 'quiet.one', hashtags: [], comments: 3, publishedAt: 1_700_000_000_000 },
    ]);
  });
});
