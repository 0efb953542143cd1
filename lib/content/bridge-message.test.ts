import { describe, expect, it } from 'vitest';
import { BRIDGE_SOURCE, looksLikePlatformApi, readBridgeMessage } from './bridge-message';

describe('readBridgeMessage', () => {
  it.each<[string, unknown, boolean]>([
    ['a well-formed hand-off', { source: BRIDGE_SOURCE, url: 'https://www.youtube.com/youtubei/v1/next', body: '{}' }, true],
    ['another source', { source: 'evil', url: 'https://x.com/', body: '{}' }, false],
    ['a non-string body', { source: BRIDGE_SOURCE, url: 'https://x.com/', body: { a: 1 } }, false],
    ['a huge url', { source: BRIDGE_SOURCE, url: 'h'.repeat(9000), body: '' }, false],
    ['null', null, false],
  ])('%s → accepted: %s', (_label, data, ok) => {
    // The hand-off travels as a JSON string (an event detail object does not cross worlds).
    expect(readBridgeMessage(JSON.stringify(data)) !== null).toBe(ok);
  });

  it.each<[string, unknown]>([
    ['text that is not JSON', 'persona-lens'],
    ['an object instead of a string', { source: BRIDGE_SOURCE, url: 'https://x.com/', body: '{}' }],
    ['a number', 42],
  ])('refuses %s', (_label, detail) => {
    expect(readBridgeMessage(detail)).toBeNull();
  });
});

describe('looksLikePlatformApi', () => {
  it.each([
    ['https://www.youtube.com/youtubei/v1/next?prettyPrint=false', true],
    ['https://x.com/i/api/graphql/abc/TweetDetail?variables=%7B%7D', true],
    ['https://www.tiktok.com/api/comment/list/?aweme_id=1', true],
    ['https://www.instagram.com/api/v1/media/1/comments/', true],
    ['https://www.youtube.com/s/player/abc/base.js', false],
    ['https://i.ytimg.com/vi/abc/hqdefault.jpg', false],
  ])('%s → %s', (url, expected) => expect(looksLikePlatformApi(url)).toBe(expected));
});
