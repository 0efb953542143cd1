/**
 * Logged-out Instagram pages (2024): no state in their scripts, only counts in og:description.
 * The fixtures are invented people in the shape the issue quotes from real pages
 * ("2,362 Followers, 136 Following, 224 Posts - See Instagram photos and videos from …",
 * "990K likes, 8,873 comments - …"); the localised lines follow Instagram's translations.
 */
import { describe, expect, it } from 'vitest';
import { inlineScriptsFromHtml } from '../../lib/capture/html-scripts';
import { instagramAdapter } from '../../lib/capture/instagram';
import { metaTagsFromHtml } from '../../lib/capture/meta-tags';
import { CAPTURED_AT, ctxFor, fixture, valid } from './realpages';

const meta = (description: string) => [{ key: 'og:description', content: description }];

describe('Instagram meta-tag fallback (logged-out pages)', () => {
  it('profile page: the scripts hold nothing; og:description gives the three counts, marked as meta-tags', () => {
    const html = fixture('instagram', 'logged-out-profile-2024.html');
    const url = 'https://www.instagram.com/nadiaknits/';
    const fromScripts = valid(instagramAdapter.fromScripts(inlineScriptsFromHtml(html), ctxFor(url)));
    expect(fromScripts.profiles).toEqual([]);
    const batch = valid(instagramAdapter.fromMetaTags!(metaTagsFromHtml(html), ctxFor(url)));
    expect(batch).toEqual({
      platform: 'instagram',
      sourceUrl: url,
      capturedAt: CAPTURED_AT,
      source: 'meta-tags',
      profiles: [{ platform: 'instagram', handle: 'nadiaknits', followers: 2_362, following: 136, postCount: 224 }],
      posts: [],
      comments: [],
      warnings: [],
    });
  });

  it('post page: likes and comments of the post the address names, its author from the description; no caption', () => {
    const html = fixture('instagram', 'logged-out-post-2024.html');
    const batch = valid(instagramAdapter.fromMetaTags!(metaTagsFromHtml(html), ctxFor('https://www.instagram.com/p/C9xNadiaK01/')));
    expect(batch.source).toBe('meta-tags');
    expect(batch.posts).toEqual([
      { platform: 'instagram', id: 'C9xNadiaK01', authorHandle: 'nadiaknits', likes: 990_000, comments: 8_873, hashtags: [] },
    ]);
    expect(batch.profiles).toEqual([]);
  });

  it.each<[string, string, string | undefined, { followers: number; following: number; postCount: number }]>([
    ['es', '2.362 seguidores, 136 seguidos, 224 publicaciones - Ver fotos y videos de Instagram de Tessa (@tessaferments)', 'es', { followers: 2_362, following: 136, postCount: 224 }],
    ['pt', '4,6 mil seguidores, 136 seguindo, 224 posts - Veja as fotos e vídeos do Instagram de Tessa (@tessaferments)', 'pt-BR', { followers: 4_600, following: 136, postCount: 224 }],
    ['de', '2.362 Follower, 136 gefolgt, 224 Beiträge - Sieh dir Fotos und Videos von Tessa (@tessaferments) an', 'de', { followers: 2_362, following: 136, postCount: 224 }],
    ['fr', '2 362 followers, 136 suivi(e)s, 224 publications - Voir les photos et vidéos Instagram de Tessa (@tessaferments)', 'fr', { followers: 2_362, following: 136, postCount: 224 }],
    ['it', '1,2 Mln follower, 136 seguiti, 224 post - Guarda foto e video di Instagram da Tessa (@tessaferments)', 'it', { followers: 1_200_000, following: 136, postCount: 224 }],
    ['tr', '14,4 B takipçi, 136 takip, 224 gönderi - Tessa (@tessaferments) Instagram fotoğraflarını ve videolarını gör', 'tr', { followers: 14_400, following: 136, postCount: 224 }],
    ['id', '2.362 Pengikut, 136 Mengikuti, 224 Postingan - Lihat foto dan video Instagram dari Tessa (@tessaferments)', 'id', { followers: 2_362, following: 136, postCount: 224 }],
    ['ja', 'フォロワー2,362人、フォロー中136人、投稿224件 - Tessa (@tessaferments)のInstagram写真と動画をチェックしよう', 'ja', { followers: 2_362, following: 136, postCount: 224 }],
  ])('profile description in %s', (_lang, description, lang, counts) => {
    const ctx = { ...ctxFor('https://www.instagram.com/tessaferments/'), ...(lang ? { lang } : {}) };
    const batch = valid(instagramAdapter.fromMetaTags!(meta(description), ctx));
    expect(batch.profiles).toEqual([{ platform: 'instagram', handle: 'tessaferments', ...counts }]);
  });

  it('reads nothing, with a warning, from a description without counts or without the tag', () => {
    const url = 'https://www.instagram.com/tessaferments/';
    const none = valid(instagramAdapter.fromMetaTags!(meta('See Instagram photos and videos from Tessa'), ctxFor(url)));
    expect(none.profiles).toEqual([]);
    expect(none.warnings).toEqual(['og:description states no counts this adapter reads']);
    const missing = valid(instagramAdapter.fromMetaTags!([], ctxFor(url)));
    expect(missing.warnings).toEqual(['no og:description meta tag']);
    // A reserved path names no creator: the counts there belong to nobody we know.
    const explore = valid(instagramAdapter.fromMetaTags!(meta('2,362 Followers, 136 Following, 224 Posts - See'), ctxFor('https://www.instagram.com/explore/')));
    expect(explore.profiles).toEqual([]);
  });
});
