import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tiktokAdapter } from '../../lib/capture/tiktok';

const body = JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/tiktok/comment-list.json'), 'utf8')) as unknown;
const api = 'https://www.tiktok.com/api/comment/list/?aweme_id=7444000000000000001&count=20';

describe('TikTok comment list on a video page', () => {
  it.each([
    // The page address names the video's author: the comments belong to that creator.
    ['https://www.tiktok.com/@kalle.climbs/video/7444000000000000001', 'kalle.climbs'],
    // Another video's page, or a page without a video: no author is invented.
    ['https://www.tiktok.com/@kalle.climbs/video/7000000000000000000', undefined],
    ['https://www.tiktok.com/foryou', undefined],
  ])('on %s the post author is %s', (pageUrl, author) => {
    const batch = tiktokAdapter.fromApiResponse(api, body, { url: pageUrl, capturedAt: 1_764_000_000_000 });
    const post = batch.posts.find((p) => p.id === '7444000000000000001');
    expect(post?.authorHandle).toBe(author);
    expect(batch.comments.length).toBeGreaterThan(0);
  });
});
