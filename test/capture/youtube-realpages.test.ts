/** The YouTube adapter against real InnerTube payloads saved by other projects (see PROVENANCE.md). */
import { describe, expect, it } from 'vitest';
import { inlineScriptsFromHtml } from '../../lib/capture/html-scripts';
import { youtubeAdapter } from '../../lib/capture/youtube';
import { CAPTURED_AT, DAY, HAVE_REALPAGES, YEAR, ctxFor, realJson, realpage, valid } from './realpages';

const BROWSE = 'https://www.youtube.com/youtubei/v1/browse?prettyPrint=false';
const NEXT = 'https://www.youtube.com/youtubei/v1/next?prettyPrint=false';
const PLAYER = 'https://youtubei.googleapis.com/youtubei/v1/player?prettyPrint=false&t=A2hBvtJRe';
const WEEK = 7 * DAY;

function api(url: string, file: string, page: string) {
  return valid(youtubeAdapter.fromApiResponse(url, realJson('youtube', file), ctxFor(page)));
}

describe.skipIf(!HAVE_REALPAGES)('YouTube real payloads', () => {
  it('channel browse, videoRenderer shape (np-channel-kurzgesagt-browse.json)', () => {
    const batch = api(BROWSE, 'np-channel-kurzgesagt-browse.json', 'https://www.youtube.com/@kurzgesagt/videos');
    expect(batch.profiles).toEqual([
      {
        platform: 'youtube',
        handle: 'kurzgesagt',
        displayName: 'Kurzgesagt – In a Nutshell',
        followers: 25_000_000,
        postCount: 337,
        verified: true,
        bio: expect.stringMatching(/^Animation videos explaining things with optimistic nihilism/),
      },
    ]);
    expect(batch.posts).toHaveLength(30);
    expect(batch.posts[0]).toEqual({
      platform: 'youtube',
      id: 'D0WQK7cMJn8',
      authorHandle: 'kurzgesagt',
      text: 'We Made A New Channel!',
      hashtags: [],
      views: 1_545_374,
      publishedAt: CAPTURED_AT - 10 * DAY,
    });
    expect(batch.posts[1]).toMatchObject({ id: 'pHJIhxZEoxg', views: 2_989_906, publishedAt: CAPTURED_AT - 2 * WEEK });
    expect(batch.posts[29]).toMatchObject({
      id: 'reSfF60-2S4',
      text: 'Is The World Getting More Violent?',
      views: 4_578_875,
      authorHandle: 'kurzgesagt',
    });
    expect(batch.posts.every((p) => p.authorHandle === 'kurzgesagt' && p.views !== undefined)).toBe(true);
    expect(batch.comments).toEqual([]);
    expect(batch.warnings).toEqual([]);
  });

  it('channel browse, lockupViewModel shape (np-channel-videos-tab-browse.json)', () => {
    const batch = api(BROWSE, 'np-channel-videos-tab-browse.json', 'https://www.youtube.com/@creativecommons/videos');
    expect(batch.profiles).toEqual([
      expect.objectContaining({ handle: 'creativecommons', displayName: 'Creative Commons', followers: 8_840, postCount: 258 }),
    ]);
    expect(batch.profiles[0]?.verified).toBeUndefined();
    expect(batch.posts).toHaveLength(30);
    expect(batch.posts[0]).toEqual({
      platform: 'youtube',
      id: 'BD-LB23rRBE',
      authorHandle: 'creativecommons',
      text: 'Expert Panel III: Global Perspectives on Open Heritage and Diversity, Inclusion, and Sustainability',
      hashtags: [],
      views: 28,
      publishedAt: CAPTURED_AT - 13 * DAY,
    });
    expect(batch.posts.every((p) => p.views !== undefined && p.publishedAt !== undefined)).toBe(true);
  });

  it('channel videos continuation (np-channel-videos-tab-continuation.json): author from the page address', () => {
    const batch = api(BROWSE, 'np-channel-videos-tab-continuation.json', 'https://www.youtube.com/@creativecommons/videos');
    expect(batch.profiles).toEqual([]);
    expect(batch.posts).toHaveLength(30);
    expect(batch.posts[0]).toMatchObject({ id: 'CIFHx7_z3Vc', views: 117, publishedAt: CAPTURED_AT - YEAR, authorHandle: 'creativecommons' });
    expect(batch.posts[29]).toMatchObject({ id: '9c1Kl8ElHug', views: 107, publishedAt: CAPTURED_AT - 2 * YEAR });
  });

  it('watch next (np-watch-next-thomas.json): the video and its owner', () => {
    const batch = api(NEXT, 'np-watch-next-thomas.json', 'https://www.youtube.com/watch?v=D00Au7k3i6o');
    expect(batch.profiles).toEqual([{ platform: 'youtube', handle: 'marcodude5', displayName: 'Nekolife', followers: 40 }]);
    expect(batch.posts).toEqual([
      {
        platform: 'youtube',
        id: 'D00Au7k3i6o',
        authorHandle: 'marcodude5',
        text: 'what the fuck am i doing with my life',
        hashtags: [],
        views: 228,
        likes: 5,
        comments: 7,
        publishedAt: Date.UTC(2016, 7, 28),
      },
    ]);
    expect(batch.comments).toEqual([]);
  });

  it('watch next (np-watch-next-replies.json): exact likes from the button\'s accessibility label, rounded comments from the header', () => {
    const batch = api(NEXT, 'np-watch-next-replies.json', 'https://www.youtube.com/watch?v=xaQJbozY_Is');
    expect(batch.profiles).toEqual([
      { platform: 'youtube', handle: 'kurzgesagt', displayName: 'Kurzgesagt – In a Nutshell', followers: 25_000_000 },
    ]);
    expect(batch.posts).toEqual([
      expect.objectContaining({
        id: 'xaQJbozY_Is',
        authorHandle: 'kurzgesagt',
        text: 'What Dinosaurs ACTUALLY Looked Like?',
        views: 14_488_039,
        likes: 561_259, // the label's "along with 561,259 other people", not the button's "561K"
        comments: 21_000,
      }),
    ]);
  });

  it('comments joined from commentEntityPayload (np-comments-thomas-continuation.json)', () => {
    const batch = api(NEXT, 'np-comments-thomas-continuation.json', 'https://www.youtube.com/watch?v=D00Au7k3i6o');
    expect(batch.posts).toEqual([{ platform: 'youtube', id: 'D00Au7k3i6o', comments: 7, hashtags: [] }]);
    expect(batch.comments).toHaveLength(3);
    expect(batch.comments[0]).toEqual({
      platform: 'youtube',
      id: 'Ugj1yo5xTCQt9HgCoAEC',
      postId: 'D00Au7k3i6o',
      authorHandle: 'Nicky-mg4up',
      text: 'Category: Education (now in 1080p)',
      likes: 1,
      publishedAt: CAPTURED_AT - 9 * YEAR,
    });
    expect(batch.comments[1]).toMatchObject({ authorHandle: 'LicensedTaddus', text: '10/10' });
    expect(batch.comments[1]?.likes).toBeUndefined(); // the page shows no like count
    expect(batch.comments[2]).toMatchObject({
      authorHandle: 'Triggerhappyfan-cx7iy',
      text: expect.stringMatching(/^What are you doing with your life\n[\s\S]*also stop deleting all of your videos$/),
    });
  });

  it('top-level comments (np-comments-replies-continuation.json)', () => {
    const batch = api(NEXT, 'np-comments-replies-continuation.json', 'https://www.youtube.com/watch?v=xaQJbozY_Is');
    expect(batch.posts).toEqual([{ platform: 'youtube', id: 'xaQJbozY_Is', comments: 21_051, hashtags: [] }]);
    expect(batch.comments).toHaveLength(20);
    expect(batch.comments[0]).toEqual({
      platform: 'youtube',
      id: 'UgwSOM0QHBLysE3vZE54AaABAg',
      postId: 'xaQJbozY_Is',
      authorHandle: 'kurzgesagt',
      text: 'The 12,022 Calendar is sold out check out more scienc-y products created with love here: https://kgs.link/shop-151',
      likes: 9_800,
      publishedAt: CAPTURED_AT - 4 * YEAR,
    });
    expect(batch.comments[1]).toMatchObject({ authorHandle: 'MoreConsole', likes: 22_000 });
    expect(batch.comments[19]).toMatchObject({
      id: 'Ugw5yr5LKV04LEoTCkt4AaABAg',
      authorHandle: 'fennic3391',
      text: '"How intensely amazing these creatures must have been"\n\nHits wayy to hard',
      likes: 1_600,
    });
    expect(batch.comments.every((c) => c.replyToId === undefined)).toBe(true);
  });

  it('replies carry replyToId (np-comments-replies-replycontinuation.json)', () => {
    const batch = api(NEXT, 'np-comments-replies-replycontinuation.json', 'https://www.youtube.com/watch?v=xaQJbozY_Is');
    expect(batch.comments).toHaveLength(10);
    expect(batch.comments[0]).toEqual({
      platform: 'youtube',
      id: 'UgwSOM0QHBLysE3vZE54AaABAg.9TOrAAD78Z59TP5tOBhBXP',
      postId: 'xaQJbozY_Is',
      authorHandle: 'andrefarfan4372',
      text: 'First',
      likes: 52,
      publishedAt: CAPTURED_AT - 4 * YEAR,
      replyToId: 'UgwSOM0QHBLysE3vZE54AaABAg',
    });
    expect(batch.comments[9]).toMatchObject({ authorHandle: 'SpaceWaffler', text: expect.stringMatching(/^\s@andrefarfan4372\s+im 2nd yessss$/u), likes: 5 });
    expect(batch.comments.every((c) => c.replyToId === 'UgwSOM0QHBLysE3vZE54AaABAg')).toBe(true);
  });

  it('comments with hours-old dates (np-comments-heartedbycreator-continuation.json)', () => {
    const batch = api(NEXT, 'np-comments-heartedbycreator-continuation.json', 'https://www.youtube.com/watch?v=heartedvid1');
    expect(batch.posts).toEqual([{ platform: 'youtube', id: 'heartedvid1', comments: 68, hashtags: [] }]);
    expect(batch.comments).toHaveLength(20);
    expect(batch.comments[0]).toMatchObject({
      id: 'Ugz1Zrohy_1rB1ecwJF4AaABAg',
      authorHandle: 'LiteralGhost8',
      text: expect.stringMatching(/^Apparently in this mod you’re a serial killer/),
      likes: 14,
      publishedAt: CAPTURED_AT - 14 * 3_600_000,
    });
    expect(batch.comments[19]).toMatchObject({
      id: 'UgwL2rP1faO6gXwXyOt4AaABAg',
      authorHandle: 'Takeoutfries',
      text: expect.stringMatching(/^32:58 this is the first time in my life/),
    });
  });

  it('player response (np-player-pewdiepie-visionos.json): exact views, no handle to invent', () => {
    const batch = api(PLAYER, 'np-player-pewdiepie-visionos.json', 'https://www.youtube.com/watch?v=7PIMiDcwNvc');
    expect(batch.profiles).toEqual([]);
    expect(batch.posts).toEqual([
      { platform: 'youtube', id: '7PIMiDcwNvc', text: 'Marzia & Felix - Wedding 19.08.2019', hashtags: [], views: 41_613_592 },
    ]);
  });

  it('watch page HTML (yta-watch-page-surface-go.html): player and initial data merged', () => {
    const html = realpage('youtube', 'yta-watch-page-surface-go.html');
    const batch = valid(youtubeAdapter.fromScripts(inlineScriptsFromHtml(html), ctxFor('https://www.youtube.com/watch?v=GJLlxj_dtq8')));
    expect(batch.profiles).toEqual([{ platform: 'youtube', handle: 'Dave2D', displayName: 'Dave2D', followers: 3_680_000 }]);
    expect(batch.posts).toEqual([
      {
        platform: 'youtube',
        id: 'GJLlxj_dtq8',
        authorHandle: 'Dave2D',
        text: 'Surface Go Review - It’s Awesome',
        hashtags: [],
        views: 1_856_109, // exact, from the player response
        likes: 43_864, // exact, not the button's "43K"
        publishedAt: Date.parse('2018-08-02T06:00:08-07:00'),
        comments: 2_700,
      },
    ]);
    expect(batch.warnings).toEqual([]);
  });

  it('search results page with an empty query (np-results-page-embedded-ytInitialData.html): nothing to capture', () => {
    const html = realpage('youtube', 'np-results-page-embedded-ytInitialData.html');
    const batch = valid(youtubeAdapter.fromScripts(inlineScriptsFromHtml(html), ctxFor('https://www.youtube.com/results?search_query=')));
    expect(batch).toMatchObject({ profiles: [], posts: [], comments: [], warnings: [] });
  });
  it('Shorts player (np-reel-item-watch-lofigirl-live.json): reel_item_watch wraps a player response', () => {
    const batch = api(
      'https://youtubei.googleapis.com/youtubei/v1/reel/reel_item_watch?prettyPrint=false&t=867fZ6WKSXg3&id=X4VbdwhkE10&$fields=playerResponse',
      'np-reel-item-watch-lofigirl-live.json',
      'https://www.youtube.com/shorts/X4VbdwhkE10',
    );
    expect(batch.posts).toEqual([
      { platform: 'youtube', id: 'X4VbdwhkE10', text: 'lofi hip hop radio 📚 beats to relax/study to', hashtags: [], views: 754_262 },
    ]);
    expect(batch.warnings).toEqual([]);
  });

  it('live watch next (np-watch-next-lofigirl-live.json): "10,226 watching now" is no view count; exact likes; start date', () => {
    const batch = api(NEXT, 'np-watch-next-lofigirl-live.json', 'https://www.youtube.com/watch?v=X4VbdwhkE10');
    expect(batch.profiles).toEqual([expect.objectContaining({ handle: 'LofiGirl', followers: 15_800_000 })]);
    expect(batch.posts).toHaveLength(1);
    expect(batch.posts[0]).toMatchObject({
      id: 'X4VbdwhkE10',
      authorHandle: 'LofiGirl',
      likes: 5_366, // "along with 5,366 other people", not the button's "5.3k"
      publishedAt: Date.UTC(2026, 5, 4), // "Started streaming on 4 Jun 2026"
    });
    expect(batch.posts[0]!.views).toBeUndefined();
    expect(batch.warnings).toEqual([]);
  });
  it('live and Shorts watch pages as HTML: the same state embedded in the page reads the same', () => {
    const live = realpage('youtube', 'np-watch-next-lofigirl-live.json');
    const livePage = `<html><body><script>var ytInitialData = ${live};</script></body></html>`;
    const liveBatch = valid(youtubeAdapter.fromScripts(inlineScriptsFromHtml(livePage), ctxFor('https://www.youtube.com/watch?v=X4VbdwhkE10')));
    expect(liveBatch.posts).toEqual(api(NEXT, 'np-watch-next-lofigirl-live.json', 'https://www.youtube.com/watch?v=X4VbdwhkE10').posts);
    const reel = realJson('youtube', 'np-reel-item-watch-lofigirl-live.json') as { playerResponse: unknown };
    const shortsPage = `<html><body><script>var ytInitialPlayerResponse = ${JSON.stringify(reel.playerResponse)};</script></body></html>`;
    const shorts = valid(youtubeAdapter.fromScripts(inlineScriptsFromHtml(shortsPage), ctxFor('https://m.youtube.com/shorts/X4VbdwhkE10')));
    expect(shorts.posts).toEqual([expect.objectContaining({ id: 'X4VbdwhkE10', views: 754_262 })]);
  });

  // The Spanish watch page of the issue: the button says "14 K", its label has the exact 14.434.
  const LIKE_VIEW_MODEL = [
    'videoActions', 'menuRenderer', 'topLevelButtons', 0, 'segmentedLikeDislikeButtonViewModel', 'likeButtonViewModel',
    'likeButtonViewModel', 'toggleButtonViewModel', 'toggleButtonViewModel', 'defaultButtonViewModel', 'buttonViewModel',
  ] as const;
  function spanishWatch(title: string, label: string | undefined): unknown {
    const body = realJson('youtube', 'np-watch-next-replies.json') as Record<string, unknown>;
    const contents = (body as { contents: { twoColumnWatchNextResults: { results: { results: { contents: Record<string, unknown>[] } } } } })
      .contents.twoColumnWatchNextResults.results.results.contents;
    let node: Record<string | number, unknown> = contents.find((c) => 'videoPrimaryInfoRenderer' in c)!.videoPrimaryInfoRenderer as Record<string, unknown>;
    for (const key of LIKE_VIEW_MODEL) node = node[key] as Record<string | number, unknown>;
    node.title = title;
    if (label === undefined) delete node.accessibilityText;
    else node.accessibilityText = label;
    return body;
  }
  it.each<[string, string | undefined, number]>([
    ['14 K', 'Marca este video con "Me gusta" junto con otras 14.434 personas', 14_434],
    ['14 K', undefined, 14_000],
    ['14 K', 'Marca este video con "Me gusta" junto con otras 2 personas', 14_000], // disagrees: the rounded count stays
    ['1,2 M', 'junto con otras 1.249.999 personas', 1_249_999],
  ])('likes "%s" with label %j → %d', (title, label, likes) => {
    const body = spanishWatch(title, label);
    const batch = valid(youtubeAdapter.fromApiResponse(NEXT, body, ctxFor('https://www.youtube.com/watch?v=xaQJbozY_Is')));
    expect(batch.posts[0]!.likes).toBe(likes);
  });

  it('the comment count stated under the video (comments entry point), where no panel header states it', () => {
    const body = realJson('youtube', 'np-watch-next-replies.json') as { engagementPanels?: unknown; contents: { twoColumnWatchNextResults: { results: { results: { contents: unknown[] } } } } };
    delete body.engagementPanels;
    const without = valid(youtubeAdapter.fromApiResponse(NEXT, body, ctxFor('https://www.youtube.com/watch?v=xaQJbozY_Is')));
    expect(without.posts[0]!.comments).toBeUndefined();
    body.contents.twoColumnWatchNextResults.results.results.contents.push({
      itemSectionRenderer: { contents: [{ commentsEntryPointHeaderRenderer: { headerText: { simpleText: 'Comentarios' }, commentCount: { simpleText: '1,2 mil' } } }], sectionIdentifier: 'comments-entry-point' },
    });
    const batch = valid(youtubeAdapter.fromApiResponse(NEXT, body, ctxFor('https://www.youtube.com/watch?v=xaQJbozY_Is')));
    expect(batch.posts[0]!.comments).toBe(1_200);
  });
  it.each<[string | undefined, number]>([
    ['tr', 1_200], // Turkish B is bin: a thousand
    [undefined, 1_200_000_000], // without the page's language the English reading holds
  ])('subscribers "1,2 B abone" on a page in %s → %d', (lang, followers) => {
    const body = realJson('youtube', 'np-watch-next-replies.json') as { contents: { twoColumnWatchNextResults: { results: { results: { contents: Record<string, unknown>[] } } } } };
    const secondary = body.contents.twoColumnWatchNextResults.results.results.contents.find((c) => 'videoSecondaryInfoRenderer' in c)!
      .videoSecondaryInfoRenderer as { owner: { videoOwnerRenderer: { subscriberCountText: unknown } } };
    secondary.owner.videoOwnerRenderer.subscriberCountText = { simpleText: '1,2 B abone' };
    const ctx = { ...ctxFor('https://www.youtube.com/watch?v=xaQJbozY_Is'), ...(lang ? { lang } : {}) };
    const batch = valid(youtubeAdapter.fromApiResponse(NEXT, body, ctx));
    expect(batch.profiles[0]).toMatchObject({ handle: 'kurzgesagt', followers });
  });
});
