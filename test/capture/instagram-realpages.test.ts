/** The Instagram adapter against real payloads saved by other projects (see PROVENANCE.md). */
import { describe, expect, it } from 'vitest';
import { inlineScriptsFromHtml } from '../../lib/capture/html-scripts';
import { instagramAdapter } from '../../lib/capture/instagram';
import { HAVE_REALPAGES, ctxFor, realJson, realpage, valid } from './realpages';

const GRAPHQL = 'https://www.instagram.com/graphql/query/?query_hash=e769aa130647d2354c40ea6a439bfc08';

function api(url: string, file: string, page: string) {
  return valid(instagramAdapter.fromApiResponse(url, realJson('instagram', file), ctxFor(page)));
}

describe.skipIf(!HAVE_REALPAGES)('Instagram real payloads', () => {
  it('web_profile_info (igf-web_profile_info-robertdowneyjr.json)', () => {
    const batch = api(
      'https://www.instagram.com/api/v1/users/web_profile_info/?username=robertdowneyjr',
      'igf-web_profile_info-robertdowneyjr.json',
      'https://www.instagram.com/robertdowneyjr/',
    );
    expect(batch.profiles).toEqual([
      {
        platform: 'instagram',
        handle: 'robertdowneyjr',
        displayName: 'Robert Downey Jr. Official',
        followers: 52_979_346,
        following: 5,
        postCount: 419,
        verified: true,
        bio: 'Get involved: @officialfootprintcoalition 🌎🙏',
      },
    ]);
    expect(batch.posts).toEqual([]); // this fixture's edges list is empty
    expect(batch.warnings).toEqual([]);
  });

  it('v1 user info (igf-v1-user-info.json)', () => {
    const batch = api('https://i.instagram.com/api/v1/users/1518284433/info/', 'igf-v1-user-info.json', 'https://www.instagram.com/robertdowneyjr/');
    expect(batch.profiles).toEqual([
      expect.objectContaining({ handle: 'robertdowneyjr', followers: 50_857_062, following: 4, postCount: 400, verified: true }),
    ]);
  });

  it('profile page HTML (igf-profile-page-sharedData.html): __additionalDataLoaded', () => {
    const html = realpage('instagram', 'igf-profile-page-sharedData.html');
    const batch = valid(instagramAdapter.fromScripts(inlineScriptsFromHtml(html), ctxFor('https://www.instagram.com/robertdowneyjr/')));
    expect(batch.profiles).toEqual([
      {
        platform: 'instagram',
        handle: 'robertdowneyjr',
        displayName: 'Robert Downey Jr. Official',
        followers: 46_369_616,
        following: 50,
        postCount: 455,
        verified: true,
        bio: '@officialfootprintcoalition @coreresponse',
      },
    ]);
    // 12 timeline posts and 9 IGTV (felix) videos
    expect(batch.posts).toHaveLength(21);
    expect(batch.posts[0]).toEqual({
      platform: 'instagram',
      id: 'CA8XHDAFiP6',
      authorHandle: 'robertdowneyjr',
      hashtags: [],
      likes: 2_351_411,
      comments: 14_034,
      publishedAt: 1_591_123_310_000,
    });
    expect(batch.posts[20]).toMatchObject({ id: 'BltdJoqHX_f', text: 'The Dose', likes: 3_163, comments: 72, views: 80_431 });
    expect(batch.warnings).toEqual([]);
  });

  it('GraphQL user timeline with preview comments (igf-graphql-user-timeline-media.json)', () => {
    const batch = api(GRAPHQL, 'igf-graphql-user-timeline-media.json', 'https://www.instagram.com/robertdowneyjr/');
    expect(batch.posts).toHaveLength(12);
    expect(batch.posts[0]).toMatchObject({
      id: 'B7eUksNFA-K',
      authorHandle: 'robertdowneyjr',
      likes: 695_047,
      comments: 1_939,
      views: 2_726_827,
      hashtags: ['happybirthday', 'berlin', 'germany', 'stubbins', 'ladyrose', 'press', 'trudges', 'sweet'],
    });
    // a photo has no view count: absent, not 0
    expect(batch.posts.find((p) => p.id === 'B7cOJYHFnzL')).toMatchObject({ likes: 1_265_682, comments: 1_762 });
    expect(batch.posts.find((p) => p.id === 'B7cOJYHFnzL')?.views).toBeUndefined();
    expect(batch.posts[11]).toMatchObject({ id: 'B7Fdy_5lBih', likes: 2_434_569, comments: 4_474 });
    expect(batch.comments).toHaveLength(44);
    expect(batch.comments[0]).toEqual({
      platform: 'instagram',
      id: '17948315194338831',
      postId: 'B7eUksNFA-K',
      authorHandle: 'specksokeefe',
      text: 'Why does the Happy Birthday song always sound like a dirge??😖 Happy Birthday to your Bro!🙂',
      publishedAt: 1_588_863_975_000,
    });
    expect(batch.comments[43]).toMatchObject({ postId: 'B7Fdy_5lBih', authorHandle: 's.allard', text: '❤️❤️❤️😀' });
  });

  it('GraphQL media comments (igf-graphql-media-comments.json): post from the page address', () => {
    const batch = api(GRAPHQL, 'igf-graphql-media-comments.json', 'https://www.instagram.com/p/CIkNTHpFa4K/');
    expect(batch.posts).toEqual([{ platform: 'instagram', id: 'CIkNTHpFa4K', hashtags: [], comments: 45 }]);
    expect(batch.comments).toHaveLength(12);
    expect(batch.comments[0]).toEqual({
      platform: 'instagram',
      id: '17969014687354566',
      postId: 'CIkNTHpFa4K',
      authorHandle: 'myself_walker',
      text: 'Good themw',
      publishedAt: 1_607_919_868_000,
    });
    expect(batch.comments[11]).toMatchObject({ authorHandle: 'givemeface_', text: '🔥🔥🔥🔥🔥🔥' });
  });

  it('GraphQL media comments with no post address: comments kept without a postId', () => {
    const batch = api(GRAPHQL, 'igf-graphql-media-comments.json', 'https://www.instagram.com/');
    expect(batch.posts).toEqual([]);
    expect(batch.comments).toHaveLength(12);
    expect(batch.comments[0]).toEqual({
      platform: 'instagram',
      id: '17969014687354566',
      authorHandle: 'myself_walker',
      text: 'Good themw',
      publishedAt: 1_607_919_868_000,
    });
  });

  it('v1 reels (igf-v1-clips-user-reels.json)', () => {
    const batch = api('https://www.instagram.com/api/v1/clips/user/', 'igf-v1-clips-user-reels.json', 'https://www.instagram.com/noholita/reels/');
    expect(batch.profiles).toEqual([
      { platform: 'instagram', handle: 'noholita', displayName: 'NOHOLITA 🌹 Camille Callen', verified: true },
    ]);
    expect(batch.posts).toHaveLength(12);
    expect(batch.posts[0]).toEqual({
      platform: 'instagram',
      id: 'CPv3UqsBFvg',
      authorHandle: 'noholita',
      text: 'Une journée d’évasion en famille 🐮🌿',
      hashtags: [],
      likes: 16_965,
      comments: 80,
      views: 401_421,
      publishedAt: 1_622_916_710_000,
    });
    expect(batch.posts[11]).toMatchObject({ id: 'COFcLK6l26X', hashtags: ['collab'], likes: 18_066, views: 626_769 });
  });

  it('GraphQL hashtag page (igf-graphql-hashtag.json): top posts and recent media, glued tags split', () => {
    const batch = api(GRAPHQL, 'igf-graphql-hashtag.json', 'https://www.instagram.com/explore/tags/happybirthday/');
    expect(batch.posts).toHaveLength(43); // 9 top posts + 34 recent
    expect(batch.posts.every((p) => p.authorHandle === undefined)).toBe(true); // owners come as ids only
    const glued = batch.posts.find((p) => p.id === 'CKKANyoA3-M');
    expect(glued?.hashtags.slice(0, 4)).toEqual(['comingsoon', 'sleevegastrectomie', 'sleeve', 'operation']);
    expect(batch.posts.find((p) => p.id === 'CKsCopzFQH5')).toMatchObject({ likes: 0, comments: 0, publishedAt: 1_612_050_630_000 });
  });
  it('v1 home feed (igf-v1-feed-timeline.json): 12 posts from feed_items[].media_or_ad, their authors and preview comments', () => {
    const batch = api('https://www.instagram.com/api/v1/feed/timeline/', 'igf-v1-feed-timeline.json', 'https://www.instagram.com/');
    expect(batch.posts).toHaveLength(12);
    expect(batch.posts[0]).toMatchObject({
      id: 'Ccqn-Uyv0Gu',
      authorHandle: 'marvelstudios',
      likes: 660_599,
      comments: 1_092,
      publishedAt: 1_650_657_714_000,
    });
    expect(batch.profiles.map((p) => p.handle)).toEqual(expect.arrayContaining(['marvelstudios', 'robertdowneyjr']));
    expect(batch.comments.find((c) => c.id === '17946533866801143')).toMatchObject({
      postId: 'CcqwOyGvrNi',
      authorHandle: 'mongolstres',
      text: 'Selamat dan sukses...',
      likes: 182,
    });
    expect(batch.comments).toHaveLength(6);
    expect(batch.warnings).toEqual([]);
  });
});
