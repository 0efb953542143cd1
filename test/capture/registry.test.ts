/** Conventions enforced by test: every adapter is registered, covered by fixtures and allow-listed. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../lib/capture/batch';
import { ADAPTERS, adapterForApiUrl, adapterForUrl } from '../../lib/capture/registry';
import { REPO_ROOT } from './realpages';

describe('adapter registry', () => {
  it('has exactly one adapter per platform', () => {
    expect(ADAPTERS.map((a) => a.platform).sort()).toEqual([...PLATFORMS].sort());
  });

  it.each(ADAPTERS.map((a) => [a.platform, a] as const))('%s: https match patterns that its handlesUrl accepts', (_p, adapter) => {
    expect(adapter.matches.length).toBeGreaterThan(0);
    for (const pattern of adapter.matches) {
      expect(pattern).toMatch(/^https:\/\/[^/*]+\/\*$/);
      expect(adapter.handlesUrl(pattern.replace('/*', '/some/page'))).toBe(true);
    }
  });

  it.each(ADAPTERS.map((a) => [a.platform] as const))('%s: a page fixture and an API fixture exist', (platform) => {
    const dir = join(REPO_ROOT, 'test', 'fixtures', platform);
    expect(existsSync(dir)).toBe(true);
    const files = readdirSync(dir);
    expect(files.some((f) => f.endsWith('.html'))).toBe(true);
    expect(files.some((f) => f.endsWith('.json'))).toBe(true);
  });

  it.each([
    ['https://www.youtube.com/@kurzgesagt/videos', 'youtube'],
    ['https://m.youtube.com/watch?v=abc', 'youtube'],
    ['https://www.instagram.com/robertdowneyjr/', 'instagram'],
    ['https://www.tiktok.com/@zg.520', 'tiktok'],
    ['https://x.com/XDevelopers', 'x'],
    ['https://twitter.com/XDevelopers', 'x'],
    ['https://example.com/youtube.com', undefined],
    ['https://notyoutube.com/', undefined],
    ['not a url', undefined],
  ])('adapterForUrl(%s) = %s', (url, platform) => {
    expect(adapterForUrl(url)?.platform).toBe(platform);
  });

  it.each([
    ['https://www.youtube.com/youtubei/v1/next?prettyPrint=false', 'youtube'],
    ['https://www.youtube.com/youtubei/v1/browse?prettyPrint=false', 'youtube'],
    ['https://youtubei.googleapis.com/youtubei/v1/player?t=1', 'youtube'],
    ['https://www.youtube.com/youtubei/v1/log_event?alt=json', undefined],
    ['https://www.youtube.com/youtubei/v1/account/account_menu', undefined],
    ['https://www.instagram.com/graphql/query/?query_hash=x', 'instagram'],
    ['https://www.instagram.com/api/graphql', 'instagram'],
    ['https://www.instagram.com/api/v1/users/web_profile_info/?username=a', 'instagram'],
    ['https://i.instagram.com/api/v1/users/1518284433/info/', 'instagram'],
    ['https://www.instagram.com/api/v1/feed/user/1518284433/', 'instagram'],
    ['https://www.instagram.com/api/v1/feed/user/robertdowneyjr/username/', 'instagram'],
    ['https://www.instagram.com/api/v1/media/3100000001795300000/comments/', 'instagram'],
    ['https://www.instagram.com/api/v1/clips/user/', 'instagram'],
    ['https://www.instagram.com/api/v1/direct_v2/inbox/', undefined],
    ['https://www.instagram.com/api/v1/accounts/edit/', undefined],
    ['https://www.tiktok.com/api/user/detail/?uniqueId=a', 'tiktok'],
    ['https://www.tiktok.com/api/post/item_list/?secUid=a', 'tiktok'],
    ['https://www.tiktok.com/api/comment/list/?aweme_id=1', 'tiktok'],
    ['https://www.tiktok.com/api/im/message/', undefined],
    ['https://x.com/i/api/graphql/abc-_1/UserByScreenName?variables=%7B%7D', 'x'],
    ['https://x.com/i/api/graphql/abc/UserTweets', 'x'],
    ['https://x.com/i/api/graphql/abc/TweetDetail', 'x'],
    ['https://x.com/i/api/graphql/abc/SearchTimeline', 'x'],
    ['https://x.com/i/api/graphql/abc/Followers', 'x'],
    ['https://x.com/i/api/graphql/abc/DMInboxTimeline', undefined],
    ['https://x.com/i/api/1.1/account/settings.json', undefined],
    ['https://evil.example/youtubei/v1/next', undefined],
    ['http://www.youtube.com.evil.example/youtubei/v1/next', undefined],
  ])('adapterForApiUrl(%s) = %s', (url, platform) => {
    expect(adapterForApiUrl(url)?.platform).toBe(platform);
  });

  it('no adapter module pulls zod into content scripts (only the background parses with it)', () => {
    const dir = join(REPO_ROOT, 'lib', 'capture');
    const runtime = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'batch-schema.ts');
    for (const file of runtime) {
      const source = readFileSync(join(dir, file), 'utf8');
      const valueImports = source.split('\n').filter((l) => /^import (?!type )/.test(l));
      expect(valueImports.filter((l) => /'zod'|batch-schema/.test(l)), file).toEqual([]);
    }
  });
});
