import { describe, expect, it } from 'vitest';
import { handleFromUrl, isPostAddress, pageKey, platformOfUrl } from './page-address';

describe('platformOfUrl', () => {
  it.each([
    ['https://www.youtube.com/@kurzgesagt', 'youtube'],
    ['https://m.youtube.com/watch?v=abc', 'youtube'],
    ['https://www.instagram.com/natgeo/', 'instagram'],
    ['https://www.tiktok.com/@khaby.lame', 'tiktok'],
    ['https://x.com/XDevelopers', 'x'],
    ['http://www.youtube.com/@kurzgesagt', null], // plain http is never a real platform page
    ['https://youtube.com.evil.example/@a', null],
    ['https://notx.com/a', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(platformOfUrl(url)).toBe(expected);
  });
});

describe('pageKey', () => {
  it.each([
    ['https://www.youtube.com/@kurzgesagt/', 'https://www.youtube.com/@kurzgesagt'],
    ['https://m.youtube.com/watch?v=abc&t=10&si=track', 'https://www.youtube.com/watch?v=abc'],
    ['https://www.instagram.com/natgeo/?hl=en#top', 'https://www.instagram.com/natgeo'],
    ['https://twitter.example/', null],
  ])('%s → %s', (url, expected) => {
    expect(pageKey(url)).toBe(expected);
  });
});

describe('handleFromUrl', () => {
  it.each([
    ['https://www.youtube.com/@kurzgesagt/videos', { platform: 'youtube', handle: 'kurzgesagt' }],
    ['https://www.youtube.com/watch?v=abc', null],
    ['https://www.tiktok.com/@khaby.lame', { platform: 'tiktok', handle: 'khaby.lame' }],
    ['https://www.instagram.com/natgeo/', { platform: 'instagram', handle: 'natgeo' }],
    ['https://www.instagram.com/explore/', null],
    ['https://x.com/XDevelopers/status/1', { platform: 'x', handle: 'XDevelopers' }],
    ['https://x.com/home', null],
    ['https://www.youtube.com/@%E0%A4', null], // malformed escape
    ['https://x.com/<script>', null],
  ])('%s → %j', (url, expected) => {
    expect(handleFromUrl(url)).toEqual(expected);
  });
});

describe('isPostAddress', () => {
  it.each<[string, boolean]>([
    ['https://www.youtube.com/watch?v=abc123', true],
    ['https://www.youtube.com/watch', false],
    ['https://www.youtube.com/shorts/abc123', true],
    ['https://www.youtube.com/live/abc123', true],
    ['https://www.youtube.com/', false],
    ['https://www.youtube.com/results?search_query=travel', false],
    ['https://www.youtube.com/feed/subscriptions', false],
    ['https://www.instagram.com/p/Cx1/', true],
    ['https://www.instagram.com/reel/Cx1/', true],
    ['https://www.instagram.com/explore/', false],
    ['https://www.tiktok.com/@lena/video/1', false],
    ['https://example.com/watch?v=1', false],
  ])('%s → %s', (url, post) => {
    expect(isPostAddress(url)).toBe(post);
  });
});
