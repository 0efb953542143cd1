/**
 * One benchmark harness (`npm run bench`) collects measurements from every suite in
 * test/tools/bench/*.bench.ts. A suite exports `run(ctx)` and returns Measurements. Where a
 * measurement has a floor (a bare JSON.parse, a raw IndexedDB put, scikit-learn's NMF …),
 * the floor is measured in the same run on the same machine and the ratio is what we track,
 * because absolute times on a shared 2-core machine mean little.
 */
import { readFileSync } from 'node:fs';

export interface Measurement {
  /** Suite-qualified name, e.g. "capture/youtube extract (np-watch-next-replies.json)". */
  name: string;
  value: number;
  unit: 'ms' | 'bytes' | 'ratio' | 'ops/s' | 'count' | 'MB';
  /** The floor's value in the same unit, when the measurement has one. */
  floor?: number;
  floorName?: string;
  /** value / floor (or floor / value for throughputs), when a floor exists. */
  ratio?: number;
  /** The goal as text, e.g. "<= 1.5x floor" or "<= 100 ms". */
  goal?: string;
  /** Whether the goal is met; undefined when there is no goal. */
  met?: boolean;
  note?: string;
}

export interface BenchContext {
  /** Absolute path of the built Chrome extension (.output/chrome-mv3). */
  extensionDir: string;
  /** Absolute path of ../shared/realpages, or null when absent. */
  realpagesDir: string | null;
  /** Where suites may write artefacts. */
  outDir: string;
}

export interface BenchSuite {
  name: string;
  run(ctx: BenchContext): Promise<Measurement[]>;
}

/** Median wall time in ms of `fn` over `runs` runs after `warmup` runs. */
export async function medianMs(fn: () => unknown, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/** Busy and total CPU time of the whole machine so far, in clock ticks (/proc/stat), or undefined. */
function machineCpuTicks(): { busy: number; total: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    // idle and iowait are the fourth and fifth fields.
    return { busy: total - (fields[3] ?? 0) - (fields[4] ?? 0), total };
  } catch {
    return undefined;
  }
}

/**
 * Waits (at most a minute) until the machine has been at least 90% idle for a second. A suite
 * that ends leaves work behind (a closing browser, a database compacting), and without this it
 * was charged to the next suite: NMF measured 1.06x scikit-learn right after the extension
 * suite and 0.74x alone, on the same code.
 */
export async function untilMachineQuiet(): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 1_000) {
    const a = machineCpuTicks();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const b = machineCpuTicks();
    if (!a || !b || b.total === a.total || (b.busy - a.busy) / (b.total - a.total) < 0.1) return;
  }
}
