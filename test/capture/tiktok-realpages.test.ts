/**
 * The TikTok adapter against real payloads. The rapidapi-* files wrap TikTok's response in
 * an outer `{ data }` (the RapidAPI envelope); the page receives the inner object, so that is
 * what the adapter is given.
 */
import { describe, expect, it } from 'vitest';
import { get } from '../../lib/capture/json-access';
import { tiktokAdapter } from '../../lib/capture/tiktok';
import { HAVE_REALPAGES, ctxFor, realJson, valid } from './realpages';

describe.skipIf(!HAVE_REALPAGES)('TikTok real payloads', () => {
  it('user detail (rapidapi-get-user-detail.json): exact statsV2 counts win', () => {
    const body = get(realJson('tiktok', 'rapidapi-get-user-detail.json'), 'data');
    const batch = valid(tiktokAdapter.fromApiResponse('https://www.tiktok.com/api/user/detail/?uniqueId=zg.520', body, ctxFor('https://www.tiktok.com/@zg.520')));
    expect(batch.profiles).toEqual([
      {
        platform: 'tiktok',
        handle: 'zg.520',
        displayName: '小邹旅行🇨🇳',
        followers: 427_682, // statsV2; stats says 427700
        following: 176,
        postCount: 1_605,
        verified: false,
        bio: '账号出售，需要的联系VX:zmk1086',
      },
    ]);
    expect(batch.warnings).toEqual([]);
  });

  it('item list (rapidapi-get-user-post.json)', () => {
    const body = get(realJson('tiktok', 'rapidapi-get-user-post.json'), 'data');
    const batch = valid(tiktokAdapter.fromApiResponse('https://www.tiktok.com/api/post/item_list/?secUid=x&count=35', body, ctxFor('https://www.tiktok.com/@zg.520')));
    expect(batch.posts).toEqual([
      {
        platform: 'tiktok',
        id: '7513039993741397256',
        authorHandle: 'zg.520',
        text: '高铁穿过莆田市湄洲湾跨海特大桥#china #中国高铁🚅 ',
        hashtags: ['china', '中国高铁🚅'],
        views: 1_900_000,
        likes: 68_300,
        comments: 1_502,
        shares: 2_528,
        publishedAt: 1_749_265_942_000,
      },
    ]);
    expect(batch.profiles).toEqual([expect.objectContaining({ handle: 'zg.520', followers: 427_700, postCount: 1_605 })]);
  });

  it('comment list (tikhub-web-comment-list-7603296357641735445.json)', () => {
    const body = realJson('tiktok', 'tikhub-web-comment-list-7603296357641735445.json');
    const batch = valid(
      tiktokAdapter.fromApiResponse(
        'https://www.tiktok.com/api/comment/list/?aweme_id=7603296357641735445&count=20&cursor=0',
        body,
        ctxFor('https://www.tiktok.com/@someone/video/7603296357641735445'),
      ),
    );
    // The video's author comes from the page address (/@someone/video/<id>), not the response.
    expect(batch.posts).toEqual([{ platform: 'tiktok', id: '7603296357641735445', authorHandle: 'someone', comments: 227, hashtags: [] }]);
    expect(batch.comments).toHaveLength(19);
    expect(batch.comments[0]).toEqual({
      platform: 'tiktok',
      id: '7603301260598838032',
      postId: '7603296357641735445',
      authorHandle: 'zainjutt.31',
      authorName: '☠️زین وینس',
      text: '', // a sticker-only comment: it has no words, but it is a comment
      likes: 2,
      publishedAt: 1_770_281_693_000,
    });
    expect(batch.comments[1]).toMatchObject({ authorHandle: 'shanu3_007', text: 'Hi oyyyyyyyyy ❤️🥀😁' });
    expect(batch.comments[18]).toMatchObject({
      id: '7603296849801544449',
      authorHandle: 'muzaffarghr7',
      text: 'wadiii hayyyyatiiiiii',
      likes: 0,
      publishedAt: 1_770_280_520_000,
    });
  });
  it('web search (tikhub-web-search-general-tiktok.json): 11 videos with exact statsV2 and their authors, 1 account card', () => {
    const body = realJson('tiktok', 'tikhub-web-search-general-tiktok.json');
    const batch = valid(
      tiktokAdapter.fromApiResponse('https://www.tiktok.com/api/search/general/full/?keyword=TikTok&offset=0', body, ctxFor('https://www.tiktok.com/search?q=TikTok')),
    );
    expect(batch.posts).toHaveLength(11);
    expect(batch.posts[0]).toMatchObject({
      id: '7603296357641735445',
      authorHandle: 'dua_zahra014',
      views: 12_100,
      likes: 2_887,
      comments: 179,
      shares: 38,
      hashtags: ['foryou', 'سارائیکی', 'viralvideo', 'tiktok', 'growmyaccount'],
    });
    expect(batch.profiles.find((p) => p.handle === 'dua_zahra014')).toMatchObject({ followers: 398_400, following: 3, postCount: 1_062 });
    // The account card (type 4): private-API field names.
    expect(batch.profiles.find((p) => p.handle === 'tiktok')).toEqual({
      platform: 'tiktok',
      handle: 'tiktok',
      displayName: 'TikTok',
      followers: 92_700_000,
      bio: 'One TikTok can make a big impact',
    });
    expect(batch.profiles).toHaveLength(12);
    expect(batch.warnings).toEqual([]);
  });
});
