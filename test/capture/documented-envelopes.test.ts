/**
 * The bench's goal lines for the formats known only from documentation time their documented
 * envelope filled with real records (test/tools/bench/capture-envelopes.ts). These tests check
 * that the adapters read every real record put in, so the bench times reading them, not an
 * envelope the adapter passes over.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptsFromHtml } from '../../lib/capture/html-scripts';
import { instagramAdapter } from '../../lib/capture/instagram';
import { tiktokAdapter } from '../../lib/capture/tiktok';
import { xAdapter } from '../../lib/capture/x';
import {
  instagramShortcodeMedia,
  instagramUserTimeline,
  instagramWebInfoAndComments,
  tiktokNextDataPage,
  tiktokReplyList,
  xUserMedia,
  type EnvelopeCase,
} from '../tools/bench/capture-envelopes';
import { HAVE_REALPAGES, REALPAGES_DIR, REPO_ROOT, ctxFor, valid } from './realpages';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');

describe.skipIf(!HAVE_REALPAGES)('documented envelopes filled with real records', () => {
  it.each([
    ['X UserMedia', () => [xAdapter, xUserMedia(REALPAGES_DIR, FIXTURES)] as const],
    ['Instagram xdt_shortcode_media', () => [instagramAdapter, instagramShortcodeMedia(REALPAGES_DIR)] as const],
    ['Instagram xdt web_info + comments', () => [instagramAdapter, instagramWebInfoAndComments(REALPAGES_DIR)] as const],
    ['Instagram xdt user timeline', () => [instagramAdapter, instagramUserTimeline(REALPAGES_DIR)] as const],
    ['TikTok reply list', () => [tiktokAdapter, tiktokReplyList(REALPAGES_DIR)] as const],
  ])('%s: every real record is read', (_name, make) => {
    const [adapter, e]: readonly [typeof xAdapter, EnvelopeCase] = make();
    const batch = valid(adapter.fromApiResponse(e.apiUrl, JSON.parse(e.text), ctxFor(e.pageUrl)));
    expect(batch.warnings).toEqual([]);
    expect({ posts: batch.posts.length, comments: batch.comments.length }).toEqual(e.records);
    // Real records are several KiB each, unlike our fixtures' few hundred bytes.
    expect(e.text.length / (e.records.posts + e.records.comments)).toBeGreaterThan(1_000);
  });

  it('X UserMedia: the grid holds real tweets with media, each once', () => {
    const e = xUserMedia(REALPAGES_DIR, FIXTURES);
    const batch = xAdapter.fromApiResponse(e.apiUrl, JSON.parse(e.text), ctxFor(e.pageUrl));
    const invented = new Set(['1860000000000000100', '1860000000000000103']);
    const real = batch.posts.filter((p) => !invented.has(p.id));
    expect(real).toHaveLength(e.records.posts - 2);
    expect(real.every((p) => p.authorHandle !== 'inesbuildsmaps')).toBe(true);
  });

  it('TikTok reply list: every real comment answers the comment the request names', () => {
    const e = tiktokReplyList(REALPAGES_DIR);
    const batch = tiktokAdapter.fromApiResponse(e.apiUrl, JSON.parse(e.text), ctxFor(e.pageUrl));
    const parent = new URL(e.apiUrl).searchParams.get('comment_id');
    expect(new Set(batch.comments.map((c) => c.replyToId))).toEqual(new Set([parent]));
  });

  it('TikTok __NEXT_DATA__ page: every real item is a post, the real user a profile', () => {
    const page = tiktokNextDataPage(REALPAGES_DIR, FIXTURES);
    const batch = valid(tiktokAdapter.fromScripts(inlineScriptsFromHtml(page.html), ctxFor(page.pageUrl)));
    expect(batch.warnings).toEqual([]);
    expect(batch.posts).toHaveLength(page.records.posts);
    expect(batch.profiles.map((p) => p.handle)).toContain('zg.520');
    expect(page.state.length / page.records.posts).toBeGreaterThan(10_000);
  });
});
