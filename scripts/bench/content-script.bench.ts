/**
 * The content scripts' cost to the page they run in. The page's own tasks are long (a 1 MB
 * inline JSON is slow to parse for the page too), so the long-task API cannot tell whose time
 * it was. Instead V8's sampling profiler attributes main-thread time to script URLs: the
 * total self time of our scripts (chrome-extension://…) while the largest real pages load
 * and are captured. If that total is under 50 ms, no task of ours can be a long task.
 * The floor is the page's own script time in the same profile.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchExtensionBrowser } from '../../test/e2e/browser';
import type { BenchSuite, Measurement } from './measurement';

const PAGES = [
  { file: 'youtube/yta-watch-page-surface-go.html', url: 'https://www.youtube.com/watch?v=GJLlxj_dtq8' },
  { file: 'youtube/np-results-page-embedded-ytInitialData.html', url: 'https://www.youtube.com/results?search_query=' },
  { file: 'instagram/igf-profile-page-sharedData.html', url: 'https://www.instagram.com/robertdowneyjr/' },
];

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time in ms of our scripts and of everything else with a URL, from one CPU profile. */
function attribute(profile: CpuProfile): { ours: number; page: number } {
  const urlOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  let ours = 0;
  let page = 0;
  profile.samples.forEach((id, i) => {
    const url = urlOf.get(id) ?? '';
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (url.includes('-extension://')) ours += ms;
    else if (url) page += ms;
  });
  return { ours, page };
}

const suite: BenchSuite = {
  name: 'content-script',
  async run(ctx) {
    if (!ctx.realpagesDir) return [{ name: 'content-script: skipped (../shared/realpages absent)', value: NaN, unit: 'ms' }];
    const out: Measurement[] = [];
    const browser = await launchExtensionBrowser();
    try {
      for (const p of PAGES) {
        const body = await readFile(path.join(ctx.realpagesDir, p.file), 'utf8');
        await browser.serve(p.url, body);
        const runs: { ours: number; page: number }[] = [];
        for (let i = 0; i < 5; i++) {
          const page = await browser.context.newPage();
          const cdp = await browser.context.newCDPSession(page);
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
          await page.goto(p.url);
          await page.waitForTimeout(1_500);
          const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
          runs.push(attribute(profile));
          await page.close();
        }
        runs.sort((a, b) => a.ours - b.ours);
        const median = runs[Math.floor(runs.length / 2)]!;
        out.push({
          name: `content scripts: main-thread time on ${path.basename(p.file)} (${(body.length / 1e6).toFixed(1)} MB)`,
          value: median.ours,
          unit: 'ms',
          floor: median.page,
          floorName: "the page's own scripts",
          ratio: median.page > 0 ? median.ours / median.page : undefined,
          goal: '< 50 ms in total (so no long task)',
          met: median.ours < 50,
        });
      }
    } finally {
      await browser.close();
    }
    return out;
  },
};
export default suite;
