/**
 * The content scripts' cost to the page they run in, per task. The long-task API cannot say
 * whose a task was, so the page is loaded under the DevTools timeline trace and each
 * main-thread task (RunTask) that ran any of our scripts (a chrome-extension:// URL) is
 * measured whole. Goal: none over 50 ms, the long-task line. The floor is the page's own
 * longest task in the same trace. The suite also reports our scripts' total main-thread time
 * from the sampling profiler.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchExtensionBrowser } from '../../e2e/browser';
import type { BenchSuite, Measurement } from './measurement';

interface BenchPage {
  file: string;
  url: string;
  /** An API response the page's own script fetches (served at `apiUrl`); `file` is then its body. */
  apiUrl?: string;
  /** `file` is one of our fixtures (test/fixtures), not a real page. */
  fixture?: boolean;
}

/**
 * Every platform's largest page and its largest API response in ../shared/realpages (our own
 * fixtures in test/fixtures are all under 11 KB; TikTok has no real page, so its fixture page
 * stands in). API responses are handed over by the bridge, parsed and read in the content script.
 */
const PAGES: BenchPage[] = [
  { file: 'youtube/yta-watch-page-surface-go.html', url: 'https://www.youtube.com/watch?v=GJLlxj_dtq8' },
  { file: 'youtube/np-results-page-embedded-ytInitialData.html', url: 'https://www.youtube.com/results?search_query=' },
  {
    file: 'youtube/np-watch-next-replies.json',
    url: 'https://www.youtube.com/watch?v=xaQJbozY_Is',
    apiUrl: 'https://www.youtube.com/youtubei/v1/next?prettyPrint=false',
  },
  { file: 'instagram/igf-profile-page-sharedData.html', url: 'https://www.instagram.com/robertdowneyjr/' },
  {
    file: 'instagram/igf-v1-feed-timeline.json',
    url: 'https://www.instagram.com/',
    apiUrl: 'https://www.instagram.com/api/v1/feed/timeline/',
  },
  { file: 'tiktok/profile-page.html', url: 'https://www.tiktok.com/@kalle.climbs', fixture: true },
  {
    file: 'tiktok/tikhub-web-search-general-tiktok.json',
    url: 'https://www.tiktok.com/search?q=TikTok',
    apiUrl: 'https://www.tiktok.com/api/search/general/full/?keyword=TikTok',
  },
  { file: 'x/profile-page.html', url: 'https://x.com/inesbuildsmaps', fixture: true },
  // The largest real payload of all (2.9 MB).
  {
    file: 'x/tws-ListLatestTweetsTimeline.json',
    url: 'https://x.com/i/lists/1494877848087187461',
    apiUrl: 'https://x.com/i/api/graphql/LV64djPRhnsVhGCK76s13w/ListLatestTweetsTimeline?variables=%7B%7D',
  },
];

const FIXTURES_DIR = path.resolve(import.meta.dirname, '../../fixtures');

/** A bare page whose script fetches the API response, as the platform's own scripts would. */
function fetchingPage(apiUrl: string): string {
  return `<!doctype html><html><body><script>fetch(${JSON.stringify(apiUrl)}).then((r) => r.text()).then(() => document.body.dataset.loaded = 'yes');</script></body></html>`;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

async function trace(cdp: CDPSession, load: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
    transferMode: 'ReportEvents',
  });
  await load();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Longest task that ran our scripts, and the longest task overall, in ms. */
function longestTasks(events: TraceEvent[]): { ours: number; any: number } {
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  const ourCalls = events.filter((e) => {
    const data = e.args?.data;
    const url = data?.url ?? data?.scriptName ?? '';
    return url.includes('-extension://') && (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile');
  });
  let ours = 0;
  let any = 0;
  for (const t of tasks) {
    any = Math.max(any, t.dur! / 1000);
    const mine = ourCalls.some((c) => c.pid === t.pid && c.tid === t.tid && c.ts >= t.ts && c.ts <= t.ts + t.dur!);
    if (mine) ours = Math.max(ours, t.dur! / 1000);
  }
  return { ours, any };
}

const suite: BenchSuite = {
  name: 'content-script',
  async run(ctx) {
    if (!ctx.realpagesDir) return [{ name: 'content-script: skipped (../shared/realpages absent)', value: NaN, unit: 'ms' }];
    const out: Measurement[] = [];
    const browser = await launchExtensionBrowser();
    try {
      for (const p of PAGES) {
        const body = await readFile(path.join(p.fixture ? FIXTURES_DIR : ctx.realpagesDir, p.file), 'utf8');
        if (p.apiUrl) {
          await browser.serve(p.url, fetchingPage(p.apiUrl));
          await browser.serve(p.apiUrl, body, 'application/json');
        } else {
          await browser.serve(p.url, body);
        }
        const runs: { ours: number; any: number }[] = [];
        for (let i = 0; i < 5; i++) {
          const page = await browser.context.newPage();
          const cdp = await browser.context.newCDPSession(page);
          const events = await trace(cdp, async () => {
            await page.goto(p.url);
            await page.waitForTimeout(1_500);
          });
          runs.push(longestTasks(events));
          await page.close();
        }
        runs.sort((a, b) => a.ours - b.ours);
        const median = runs[Math.floor(runs.length / 2)]!;
        out.push({
          name: `content scripts: longest task of ours on ${path.basename(p.file)} (${(body.length / 1e6).toFixed(p.fixture ? 3 : 1)} MB${p.fixture ? ', our fixture' : ''})`,
          value: median.ours,
          unit: 'ms',
          floor: median.any,
          floorName: 'longest task on the page',
          goal: '<= 50 ms',
          met: median.ours <= 50,
          note: `median of 5 loads; all runs: ${runs.map((r) => r.ours.toFixed(0)).join(', ')} ms`,
        });
      }
    } finally {
      await browser.close();
    }
    return out;
  },
};
export default suite;
