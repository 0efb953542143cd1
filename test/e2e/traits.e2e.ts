/**
 * The traits the built extension derives are the ones lib/traits derives in Node. The bundle
 * is not the source: the language detector's n-gram table ships packed at build time
 * (wxt.config.ts) and is decoded in the service worker, while Node packs eld's own module. So
 * a watch page of comments in many languages is captured in real Chromium, and every member's
 * stored traits must equal what the same comments give in Node, through the same adapter.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineScriptsFromHtml } from '../../lib/capture/html-scripts';
import { adapterForUrl } from '../../lib/capture/registry';
import { commentTraits } from '../../lib/background/comment-traits';
import { youtubeWatchPage, type SampleWatchPage } from '../fixtures/demo/youtube-watch-pages';
import { generateComments } from '../tools/bench/traits.bench';
import { launchExtensionBrowser, type ExtensionBrowser } from './browser';

let browser: ExtensionBrowser;
beforeEach(async () => {
  browser = await launchExtensionBrowser();
});
afterEach(async () => {
  await browser?.close();
});

const COMMENTS = 300;
const URL = 'https://www.youtube.com/watch?v=traitsSame01';

function page(): SampleWatchPage {
  // The bench's comments: short praise, sentences in six languages, emoji, spam, brand names.
  const comments = generateComments(COMMENTS, 11).map((c, i) => ({
    id: `UgxTraits${String(i).padStart(6, '0')}AaBb`,
    // One comment per member, so each member's traits are one comment's.
    handle: `${c.handle}x${i}`,
    name: c.name || undefined,
    text: c.text ?? '',
  }));
  return {
    videoId: 'traitsSame01',
    title: 'Street food across Lisbon',
    views: '12,034 views',
    published: '2 days ago',
    owner: { handle: 'lenatravels', name: 'Lena Travels', subscribers: '245K subscribers' },
    comments,
  };
}

const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

describe('traits in the built extension', { retry: 1 }, () => {
  it('are the traits lib/traits gives in Node for the same comments', async () => {
    const html = youtubeWatchPage(page());
    const batch = adapterForUrl(URL)!.fromScripts(inlineScriptsFromHtml(html), { url: URL, capturedAt: Date.now() });
    expect(batch.comments).toHaveLength(COMMENTS);
    const inNode = batch.comments.map(commentTraits);
    // Not a test of nothing: the comments hold several languages, known and unknown.
    expect(new Set(inNode.map((t) => t.language)).size).toBeGreaterThanOrEqual(5);

    await browser.serve(URL, html);
    const tab = await browser.context.newPage();
    await tab.goto(URL);
    const stored = () =>
      browser.inExtension(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('persona-lens');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        try {
          if (!db.objectStoreNames.contains('members')) return [];
          return await new Promise<unknown[]>((resolve, reject) => {
            const req = db.transaction('members', 'readonly').objectStore('members').getAll();
            req.onsuccess = () => resolve((req.result as { traits: unknown }[]).map((m) => m.traits));
            req.onerror = () => reject(req.error);
          });
        } finally {
          db.close();
        }
      }, undefined);
    await expect.poll(async () => (await stored()).length, { timeout: 30_000 }).toBe(COMMENTS);
    expect(sorted(await stored())).toEqual(sorted(inNode));
  });
});
