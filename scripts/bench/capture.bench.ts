/**
 * Capture cost against its floor: for each platform, the time from response text to
 * CaptureBatch (JSON.parse included, as the page bridge must parse too) divided by a bare
 * JSON.parse of the same text, on that platform's largest real payload. The adapters read
 * known paths instead of walking the tree, so the goal is at most 1.5x the parse alone.
 * A page measurement (HTML → inline scripts → balanced scan → parse → batch) is reported
 * against JSON.parse of the state it embeds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlatformAdapter } from '../../lib/capture/adapter';
import { findAssignedJson } from '../../lib/capture/embedded-json';
import { inlineScriptsFromHtml } from '../../lib/capture/html-scripts';
import { instagramAdapter } from '../../lib/capture/instagram';
import { tiktokAdapter } from '../../lib/capture/tiktok';
import { xAdapter } from '../../lib/capture/x';
import { youtubeAdapter } from '../../lib/capture/youtube';
import { medianMs, type BenchSuite, type Measurement } from './measurement';

const GOAL = 1.5;
const WARMUP = 10;
const BURST = 8;
const SAMPLES = 15;
const CAPTURED_AT = Date.UTC(2026, 10, 29);

interface ApiCase {
  adapter: PlatformAdapter;
  file: string;
  apiUrl: string;
  pageUrl: string;
}

/** The largest real payload of each platform (by bytes) and the address it came from. */
const API_CASES: readonly ApiCase[] = [
  {
    adapter: youtubeAdapter,
    file: 'youtube/np-watch-next-replies.json',
    apiUrl: 'https://www.youtube.com/youtubei/v1/next?prettyPrint=false',
    pageUrl: 'https://www.youtube.com/watch?v=xaQJbozY_Is',
  },
  {
    adapter: instagramAdapter,
    file: 'instagram/igf-graphql-user-timeline-media.json',
    apiUrl: 'https://www.instagram.com/graphql/query/?query_hash=x',
    pageUrl: 'https://www.instagram.com/robertdowneyjr/',
  },
  {
    adapter: tiktokAdapter,
    file: 'tiktok/tikhub-web-comment-list-7603296357641735445.json',
    apiUrl: 'https://www.tiktok.com/api/comment/list/?aweme_id=7603296357641735445',
    pageUrl: 'https://www.tiktok.com/@x/video/7603296357641735445',
  },
  {
    adapter: xAdapter,
    file: 'x/tws-UserTweets.json',
    apiUrl: 'https://x.com/i/api/graphql/q/UserTweets',
    pageUrl: 'https://x.com/XDevelopers',
  },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Median per-run times of `floor` and `value`, sampled alternately in bursts after a warm-up.
 * Parsing a 900 KB response fills the young generation, so a scavenge falls every few runs;
 * timing single runs let it land on the same side each time (bimodal 1.4 ms / 7 ms medians),
 * and forcing a collection before each run shrank the heap and made every run pay for it. A
 * burst of runs spreads the collections over both sides in proportion to what they allocate,
 * which is what the page pays too.
 */
async function paired(floor: () => unknown, value: () => unknown): Promise<{ floor: number; value: number }> {
  await medianMs(floor, WARMUP, 0);
  await medianMs(value, WARMUP, 0);
  const burst = (fn: () => unknown): number => {
    const t0 = performance.now();
    for (let k = 0; k < BURST; k++) fn();
    return (performance.now() - t0) / BURST;
  };
  const floors: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    floors.push(burst(floor));
    values.push(burst(value));
  }
  return { floor: median(floors), value: median(values) };
}

function ratioMeasurement(name: string, value: number, floor: number, note: string): Measurement {
  const ratio = value / floor;
  return { name, value, unit: 'ms', floor, floorName: 'JSON.parse', ratio, goal: `<= ${GOAL}x floor`, met: ratio <= GOAL, note };
}

const suite: BenchSuite = {
  name: 'capture',
  async run(ctx) {
    if (!ctx.realpagesDir) {
      return [{ name: 'capture: skipped', value: NaN, unit: 'count', note: 'no ../shared/realpages' }];
    }
    const dir = ctx.realpagesDir;
    const out: Measurement[] = [];
    for (const c of API_CASES) {
      const text = readFileSync(path.join(dir, c.file), 'utf8');
      const pageCtx = { url: c.pageUrl, capturedAt: CAPTURED_AT };
      let records = 0;
      const { floor, value } = await paired(
        () => JSON.parse(text),
        () => {
          const batch = c.adapter.fromApiResponse(c.apiUrl, JSON.parse(text), pageCtx);
          records = batch.profiles.length + batch.posts.length + batch.comments.length;
        },
      );
      out.push(
        ratioMeasurement(
          `capture/${c.adapter.platform} extract (${path.basename(c.file)})`,
          value,
          floor,
          `${(text.length / 1024).toFixed(0)} KiB, ${records} records`,
        ),
      );
    }

    // A whole watch page: HTML → inline scripts → state → batch, against parsing the state alone.
    const html = readFileSync(path.join(dir, 'youtube/yta-watch-page-surface-go.html'), 'utf8');
    const states: string[] = [];
    for (const s of inlineScriptsFromHtml(html)) {
      for (const name of ['ytInitialData', 'ytInitialPlayerResponse']) {
        const found = s.text.includes(name) ? findAssignedJson(s.text, name) : undefined;
        if (found?.ok) states.push(JSON.stringify(found.value));
      }
    }
    const pageCtx = { url: 'https://www.youtube.com/watch?v=GJLlxj_dtq8', capturedAt: CAPTURED_AT };
    const { floor, value } = await paired(
      () => states.map((s) => JSON.parse(s)),
      () => youtubeAdapter.fromScripts(inlineScriptsFromHtml(html), pageCtx),
    );
    out.push({
      name: 'capture/youtube page (yta-watch-page-surface-go.html)',
      value,
      unit: 'ms',
      floor,
      floorName: 'JSON.parse of embedded state',
      ratio: value / floor,
      note: `${(html.length / 1024).toFixed(0)} KiB HTML; includes finding the scripts (no goal: the floor omits that)`,
    });
    return out;
  },
};

export default suite;
