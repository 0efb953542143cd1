/**
 * The popup shows the personas `npm run personas` prints for the same comments. Twelve watch
 * pages of one channel, commented on by two planted communities (US women into beauty and
 * Mexican men into gaming, on the same videos), are captured in real Chromium; the popup's
 * persona cards must then match, name for name and share for share, what the personas tool
 * computes in Node from the comments the same adapter reads from the same pages.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineScriptsFromHtml } from '../../lib/capture/html-scripts';
import { adapterForUrl } from '../../lib/capture/registry';
import { formatPercent } from '../../lib/ui/format';
import { youtubeWatchPage, type SampleWatchPage } from '../fixtures/demo/youtube-watch-pages';
import { generate, SCENARIOS } from '../tools/eval-personas';
import { personasOfLines, resultOutput, type CommentLine } from '../tools/personas';
import { launchExtensionBrowser, type ExtensionBrowser } from './browser';

let browser: ExtensionBrowser;
beforeEach(async () => {
  browser = await launchExtensionBrowser();
});
afterEach(async () => {
  await browser?.close();
});

const OWNER = { handle: 'plantedcreator', name: 'Planted Creator', subscribers: '120K subscribers' };
const videoId = (postId: string) => `pl${postId.padStart(9, '0')}`;
const urlOf = (id: string) => `https://www.youtube.com/watch?v=${id}`;

function pages(): SampleWatchPage[] {
  const { lines } = generate(SCENARIOS.find((s) => s.name === 'same posts, differ by language and gender')!, 4);
  const byPost = new Map<string, SampleWatchPage>();
  lines.forEach((l, i) => {
    const id = videoId(l.postId);
    const page = byPost.get(id) ?? { videoId: id, title: `Video ${l.postId}`, views: '10,000 views', published: '3 days ago', owner: OWNER, comments: [] };
    page.comments.push({ id: `UgxPersona${String(i).padStart(6, '0')}AaBb`, handle: l.handle, name: l.name, text: l.text });
    byPost.set(id, page);
  });
  return [...byPost.values()].sort((a, b) => (a.videoId < b.videoId ? -1 : 1));
}

describe('personas in the built extension', { retry: 1 }, () => {
  it('are the personas npm run personas prints for the same comments', async () => {
    const all = pages();
    // In Node: what the adapter reads from each page, as the tool's input lines.
    const lines: CommentLine[] = all.flatMap((p) => {
      const batch = adapterForUrl(urlOf(p.videoId))!.fromScripts(inlineScriptsFromHtml(youtubeWatchPage(p)), { url: urlOf(p.videoId), capturedAt: Date.now() });
      const hashtags = batch.posts.find((post) => post.id === p.videoId)?.hashtags ?? [];
      return batch.comments.map((c) => ({ platform: 'youtube' as const, creator: OWNER.handle, postId: c.postId!, handle: c.authorHandle, name: c.authorName, text: c.text, hashtags }));
    });
    expect(lines.length).toBe(all.reduce((n, p) => n + p.comments.length, 0));
    const expected = resultOutput(await personasOfLines(lines));
    // Not a test of nothing: two personas, one stated woman and one stated man.
    expect(expected.k).toBe(2);
    expect(expected.personas.map((p) => p.gender.value).sort()).toEqual(['female', 'male']);

    for (const p of all) {
      await browser.serve(urlOf(p.videoId), youtubeWatchPage(p));
      const tab = await browser.context.newPage();
      await tab.goto(urlOf(p.videoId));
      await expect.poll(() => browser.storedCount('comments'), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
      await tab.close();
    }
    await expect.poll(() => browser.storedCount('comments'), { timeout: 60_000 }).toBe(lines.length);

    const popup = await browser.openPopup(urlOf(all[0]!.videoId));
    const cards = popup.getByTestId('persona-card');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(expected.k);
    for (let i = 0; i < expected.k; i++) {
      const want = expected.personas[i]!;
      const card = cards.nth(i);
      expect(await card.locator('.persona-name').textContent()).toBe(want.name);
      expect(await card.textContent()).toContain(`${formatPercent(want.share)} of commenters · n=${want.members}`);
      for (const [dimension, trait] of [['gender', want.gender], ['language', want.language], ['region', want.region]] as const) {
        const chip = card.locator(`[data-dimension="${dimension}"]`);
        const state = trait.value === 'mixed' || trait.value === 'unknown' ? trait.value : 'stated';
        expect(await chip.getAttribute('data-state')).toBe(state);
        if (state !== 'unknown') expect(await chip.textContent()).toContain(formatPercent(trait.share));
      }
      if (want.quote) expect(await card.locator('.persona-quote').textContent()).toBe(`“${want.quote}”`);
    }
    await popup.close();
  });
});
