/**
 * Persona benchmarks:
 *  - NMF on a 500 × 200 engagement-like matrix with k = 8, to convergence, against
 *    scikit-learn's NMF on the same matrix in the same run (Debian's python3-sklearn through
 *    test/tools/nmf-reference.py). Both sides time the same parts: validation, NNDSVDa init,
 *    iterations and the final error (scikit-learn's `fit`, timed inside Python, so no
 *    interpreter start-up or import; ours `nmf(V)` from the dense matrix, so our sparse copy
 *    is timed too). Both stop on scikit-learn's criterion (projected-gradient violation
 *    ≤ 1e-4 of the first iteration's, the same first iteration); ours sums the violation of
 *    both sweeps it does per product, which is stricter. Iteration counts and errors are
 *    reported, and the error ratio is a goal of its own. The time is informative, without a
 *    goal: the latent class model replaced NMF in the extension, so NMF is only the baseline
 *    the persona eval measures that model against, and is not in the bundle (issue 13 asked
 *    NMF to match scikit-learn "where it stays").
 *    scikit-learn runs twice per round: with its default OpenBLAS threads (2 here) and with
 *    one. The floor is the faster of the two, so we are compared with the best it does on
 *    this machine; the CPU ratio is against the single-threaded run, whose CPU time does
 *    not count BLAS threads spinning.
 *    Ours runs the same way, in a fresh process of its own that reads the same matrix file
 *    and reports the median of 9 timed fits (after 30 untimed ones: V8 takes a few dozen
 *    calls to settle on its final compiled code, which Cython has ahead of time; the first
 *    call's time is reported too). In
 *    the long-running bench process ours was at a disadvantage on a loaded machine: the
 *    kernel's scheduler favours a process that has just started over one that has been
 *    busy for seconds (at load 10: 56 ms in the bench process at 18 ms of CPU).
 *  - buildPersonas + fitFromSegments (all presets) for a synthetic profile with 100,000
 *    engagements from 20,000 members, the popup's path, through the public lib/personas API
 *    so it measures whichever engine is behind it. Goal ≤ 100 ms. Timed in a fresh process too (median of
 *    7 after 10 untimed runs), for the same reason; the note gives the first (cold) run, the
 *    time in the bench process and the CPU time of both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// The public API (lib/personas/index.ts), what the background calls, so the measurement
// follows whatever persona engine lands behind it.
import {
  buildPersonas,
  fitFromSegments,
  fitScore,
  matrix,
  mulberry32,
  nmf,
  PRESET_TARGET_PERSONAS,
  type AudienceMember,
  type Engagement,
  type Matrix,
  type PersonaComment,
  type PersonaInput,
  type PersonaPost,
  type SegmentDistribution,
} from '../../../lib/personas';
import { randInt } from '../../../lib/personas/random';
import { medianMs, type BenchSuite, type Measurement } from './measurement';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Debian's interpreter (python3-sklearn), not the pyenv one first on PATH; overridable to test the skip path. */
const PYTHON = process.env.PERSONA_BENCH_PYTHON ?? '/usr/bin/python3';

/**
 * Median CPU time (user + system) of fn: on the shared 2-core machine wall time also counts
 * time spent waiting for a core, so the notes give both.
 */
function cpuMedianMs(fn: () => unknown, runs = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[runs >> 1]!;
}

const load = (): string => `load ${loadavg()[0]!.toFixed(1)}`;

/** Poisson-ish counts from 8 planted factors: sparse, skewed, like group × post engagement. */
function engagementMatrix(rows: number, cols: number, k: number, seed: number): Matrix {
  const rng = mulberry32(seed);
  const W = Array.from({ length: rows * k }, () => (rng() < 0.3 ? -Math.log(1 - rng()) : 0));
  const H = Array.from({ length: k * cols }, () => (rng() < 0.3 ? -Math.log(1 - rng()) * 3 : 0));
  const V = matrix(rows, cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += W[i * k + t]! * H[t * cols + j]!;
      // Round a noisy rate to a count, as real engagement is.
      V.data[i * cols + j] = Math.max(0, Math.round(s + (rng() - 0.5)));
    }
  }
  return V;
}

function sklearnAvailable(): boolean {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

interface SklearnRun {
  seconds: number;
  cpuSeconds: number;
  error: number;
  iterations: number;
  sklearn: string;
  /** The OpenBLAS kernel set numpy ran with (threadpoolctl's "architecture"), when known. */
  blas?: string;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Rounds of (ours, scikit-learn) in turn; the shared machine's load drifts within seconds. */
const ROUNDS = 5;

/**
 * OPENBLAS_CORETYPE, when the environment sets it, forces OpenBLAS's kernel set: on an AMD
 * EPYC (Zen 5) with OPENBLAS_CORETYPE=Haswell set, scikit-learn took a third more CPU than
 * with the AVX-512 kernels OpenBLAS picks itself. The floor is scikit-learn at its best on
 * this CPU, so the variable is dropped for its runs and the note names the kernels used.
 */
const FORCED_CORETYPE = process.env.OPENBLAS_CORETYPE;
/** Set when scikit-learn failed without the forced kernels and ran with them instead. */
let coretypeKept = false;

/** scikit-learn's fit on the matrix file; `threads` limits OpenBLAS (undefined: its default). */
function runSklearn(file: string, k: number, threads?: number): SklearnRun {
  const run = (keepCoretype: boolean): SklearnRun => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    if (!keepCoretype) delete env.OPENBLAS_CORETYPE;
    if (threads !== undefined) Object.assign(env, { OPENBLAS_NUM_THREADS: String(threads), OMP_NUM_THREADS: String(threads) });
    const out = execFileSync(PYTHON, [path.join(ROOT, 'test/tools/nmf-reference.py'), 'bench', file, String(k)], { encoding: 'utf8', env });
    return JSON.parse(out.trim().split('\n').at(-1)!) as SklearnRun;
  };
  if (FORCED_CORETYPE === undefined || coretypeKept) return run(coretypeKept);
  try {
    return run(false);
  } catch {
    // Whoever set the variable may have had a reason (OpenBLAS misdetecting a CPU): keep it.
    coretypeKept = true;
    return run(true);
  }
}

/**
 * Our fit in a fresh Node process, the mirror of `nmf-reference.py bench`: same matrix file,
 * same timers (wall and process CPU per fit), median of `runs`, only the fit timed.
 */
const OURS_CHILD = `
import { readFileSync } from 'node:fs';
import { matrix, nmf } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'lib/personas/nmf/index.ts')).href)};
const spec = JSON.parse(readFileSync(process.env.PERSONA_NMF_MATRIX, 'utf8'));
const V = matrix(spec.rows, spec.cols, spec.data);
const options = { k: Number(process.env.PERSONA_NMF_K), seed: 0, stop: 'violation', tol: spec.tol, maxIter: spec.maxIter };
for (let i = 0; i < 30; i++) nmf(V, options);
const runs = [], cpu = [];
let result;
for (let i = 0; i < spec.runs; i++) {
  const t0 = performance.now(), c0 = process.cpuUsage();
  result = nmf(V, options);
  const c = process.cpuUsage(c0);
  runs.push((performance.now() - t0) / 1000);
  cpu.push((c.user + c.system) / 1e6);
}
const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
console.log(JSON.stringify({ seconds: med(runs), cpuSeconds: med(cpu), error: result.error, iterations: result.iterations }));
`;

/** Runs ES module code in a fresh Node process (with tsx) and parses its last output line. */
function runChild<T>(code: string, env: Record<string, string>): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}

function runOurs(file: string, k: number): Omit<SklearnRun, 'sklearn'> {
  return runChild(OURS_CHILD, { PERSONA_NMF_MATRIX: file, PERSONA_NMF_K: String(k) });
}

const moduleUrl = (relative: string): string => JSON.stringify(pathToFileURL(path.join(ROOT, relative)).href);

/** The persona measurement's run in a fresh process: median wall and CPU time of 7 runs. */
const PERSONAS_CHILD = `
import { personasWorkload } from ${moduleUrl('test/tools/bench/personas.bench.ts')};
const work = personasWorkload();
let k = 0;
const run = () => {
  k = work();
};
const t0 = performance.now();
run();
const firstMs = performance.now() - t0;
for (let i = 0; i < 9; i++) run();
const wall = [], cpu = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now(), c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  wall.push(performance.now() - t0);
  cpu.push((c.user + c.system) / 1000);
}
const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
console.log(JSON.stringify({ ms: med(wall), cpuMs: med(cpu), firstMs, k }));
`;

async function nmfMeasurements(): Promise<Measurement[]> {
  const k = 8;
  const V = engagementMatrix(500, 200, k, 2026);
  const options = { k, seed: 0, stop: 'violation', tol: 1e-4, maxIter: 1000 } as const;
  // The first call of the process: the JIT has not compiled the loops yet (reported only).
  const t0 = performance.now();
  const ours = nmf(V, options);
  const coldMs = performance.now() - t0;
  const skipped = !sklearnAvailable();
  let skippedWhy = skipped ? `scikit-learn comparison skipped: ${PYTHON} with python3-sklearn not found (apt-get install python3-sklearn)` : '';
  const dir = await mkdtemp(path.join(tmpdir(), 'persona-nmf-'));
  const file = path.join(dir, 'matrix.json');
  await writeFile(file, JSON.stringify({ rows: V.rows, cols: V.cols, data: Array.from(V.data), tol: 1e-4, maxIter: 1000, runs: 9 }));
  const rounds: { ours: number; oursCpu: number; sk?: SklearnRun; sk1?: SklearnRun }[] = [];
  try {
    for (let r = 0; r < (skipped ? 1 : ROUNDS); r++) {
      const child = runOurs(file, k);
      const oursMs = child.seconds * 1000;
      const oursCpu = child.cpuSeconds * 1000;
      if (skipped) {
        rounds.push({ ours: oursMs, oursCpu });
        continue;
      }
      let sk: SklearnRun;
      let sk1: SklearnRun;
      try {
        sk = runSklearn(file, k);
        sk1 = runSklearn(file, k, 1);
      } catch (error) {
        // A broken Python setup should not hide our own numbers.
        skippedWhy = `scikit-learn run failed: ${String(error).slice(0, 120)}`;
        rounds.push({ ours: oursMs, oursCpu });
        break;
      }
      rounds.push({ ours: oursMs, oursCpu, sk, sk1 });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const oursMs = median(rounds.map((r) => r.ours));
  const oursCpu = median(rounds.map((r) => r.oursCpu));
  // The same fit in this long-running process, for comparison with the fresh one.
  const inProcessMs = await medianMs(() => nmf(V, options), 5, 2);
  // Our own default stop (relative change of the error ≤ 1e-4), for reference.
  const ownStop = nmf(V, { k, seed: 0 });
  const base: Measurement = {
    name: 'personas/nmf 500x200 k=8 to convergence (eval baseline, not in the extension)',
    value: oursMs,
    unit: 'ms',
    note: `ours: ${ours.iterations} it, error ${ours.error.toFixed(4)}, cpu ${oursCpu.toFixed(1)} ms, first call ${coldMs.toFixed(0)} ms, in the bench process ${inProcessMs.toFixed(1)} ms (default error-change stop: ${ownStop.iterations} it, error ${ownStop.error.toFixed(3)}); ${load()}`,
  };
  if (skippedWhy) return [{ ...base, note: `${base.note}; ${skippedWhy}` }];
  const sk = rounds[0]!.sk!;
  const skMs = (r: (typeof rounds)[number]) => Math.min(r.sk!.seconds, r.sk1!.seconds) * 1000;
  const skDefaultMs = median(rounds.map((r) => r.sk!.seconds * 1000));
  const skSingleMs = median(rounds.map((r) => r.sk1!.seconds * 1000));
  const skSingleCpu = median(rounds.map((r) => r.sk1!.cpuSeconds * 1000));
  // The ratio of each round, then the median: both sides of a round saw about the same load.
  const ratio = median(rounds.map((r) => r.ours / skMs(r)));
  return [
    {
      ...base,
      floor: median(rounds.map(skMs)),
      floorName: `scikit-learn ${sk.sklearn} NMF(cd, nndsvda), faster of 2 and 1 BLAS threads`,
      ratio,
      note: `${base.note}; sklearn: ${sk.iterations} it, error ${sk.error.toFixed(4)}, ${skDefaultMs.toFixed(1)} ms with default threads, ${skSingleMs.toFixed(1)} ms (cpu ${skSingleCpu.toFixed(1)}) with 1; cpu ratio ${(oursCpu / skSingleCpu).toFixed(2)}; OpenBLAS ${sk.blas ?? 'kernels unknown'}${FORCED_CORETYPE ? ` (OPENBLAS_CORETYPE=${FORCED_CORETYPE} ${coretypeKept ? 'kept: scikit-learn failed without it' : 'dropped'})` : ''}; median of ${ROUNDS} alternating rounds`,
    },
    {
      name: 'personas/nmf 500x200 k=8 error vs scikit-learn',
      value: ours.error / sk.error,
      unit: 'ratio',
      goal: '<= 1.02',
      met: ours.error / sk.error <= 1.02,
      note: `${ours.error.toFixed(4)} in ${ours.iterations} it vs ${sk.error.toFixed(4)} in ${sk.iterations} it`,
    },
  ];
}

const SEGMENTS = [
  { gender: 'female', language: 'en', region: 'US', interests: ['beauty', 'fashion'], tag: 'makeup' },
  { gender: 'male', language: 'de', region: 'DE', interests: ['gaming', 'tech'], tag: 'gaming' },
  { gender: 'female', language: 'es', region: 'MX', interests: ['fitness', 'health'], tag: 'fitness' },
  { gender: 'male', language: 'en', region: 'GB', interests: ['sports', 'fitness'], tag: 'football' },
  { gender: 'female', language: 'pt', region: 'BR', interests: ['food', 'travel'], tag: 'receita' },
] as const;

/** A profile with `engagements` engagements from ~engagements/5 members over 300 posts. */
export function syntheticProfile(engagements: number, seed: number): PersonaInput {
  const rng = mulberry32(seed);
  const nMembers = Math.round(engagements / 5);
  const nPosts = 300;
  const posts: PersonaPost[] = Array.from({ length: nPosts }, (_, j) => ({ id: `post${j}`, hashtags: [SEGMENTS[j % SEGMENTS.length]!.tag, 'daily'] }));
  const members: AudienceMember[] = [];
  const list: Engagement[] = [];
  const comments: PersonaComment[] = [];
  const lines = ['Where did you get this? Need it so much!', 'Please make a tutorial on this next time', 'Shipping was terrible, never again honestly', 'Love this so much, best video this week'];
  for (let i = 0; i < nMembers; i++) {
    const s = i % SEGMENTS.length;
    const seg = SEGMENTS[s]!;
    const key = `member${i}`;
    members.push({
      key,
      gender: rng() < 0.2 ? 'unknown' : seg.gender,
      language: rng() < 0.1 ? 'unknown' : seg.language,
      regions: rng() < 0.3 ? [] : [{ region: seg.region, p: 0.7 }, { region: 'OTHER', p: 0.3 }],
      interests: [{ category: seg.interests[rng() < 0.7 ? 0 : 1]!, score: 0.5 + rng() / 2 }, { category: 'music', score: rng() / 4 }],
      ageBand: rng() < 0.5 ? null : rng() < 0.5 ? '18-24' : '25-34',
      suspicious: rng() < 0.02,
    });
    comments.push({ memberKey: key, postId: `post${s}`, text: lines[i % lines.length]! });
  }
  for (let e = 0; e < engagements; e++) {
    const i = randInt(rng, nMembers);
    const s = i % SEGMENTS.length;
    // 85% on the segment's own posts, the rest anywhere.
    const j = rng() < 0.85 ? s + SEGMENTS.length * randInt(rng, nPosts / SEGMENTS.length) : randInt(rng, nPosts);
    list.push({ memberKey: `member${i}`, postId: `post${j}`, count: 1 });
  }
  return { members, engagements: list, posts, comments };
}

/**
 * What the popup computes for a profile with 100,000 engagements from 20,000 members: personas
 * (as lib/report/insights.ts asks for them: seed 0, default options), then fit to each preset from the segment counts the
 * storage layer keeps (computed outside the timed region). Returns k.
 */
export function personasWorkload(input = syntheticProfile(100_000, 7)): () => number {
  const segments = segmentsOf(input.members);
  return () => {
    const r = buildPersonas(input, { seed: 0 });
    for (const target of PRESET_TARGET_PERSONAS) fitFromSegments(segments, target);
    return r.status === 'ok' ? r.k : 0;
  };
}

export function segmentsOf(members: readonly AudienceMember[]): SegmentDistribution[] {
  const dims = {
    gender: (m: AudienceMember) => m.gender,
    language: (m: AudienceMember) => m.language,
    region: (m: AudienceMember) => m.regions[0]?.region ?? 'unknown',
    interest: (m: AudienceMember) => [...m.interests].sort((a, b) => b.score - a.score)[0]?.category ?? 'unknown',
    age: (m: AudienceMember) => m.ageBand ?? 'unknown',
  } as const;
  return (Object.keys(dims) as (keyof typeof dims)[]).map((dimension) => {
    const counts: Record<string, number> = {};
    let unknown = 0;
    for (const m of members) {
      if (m.suspicious) continue;
      const v = dims[dimension](m);
      if (v === 'unknown') unknown++;
      else counts[v] = (counts[v] ?? 0) + 1;
    }
    const n = Object.values(counts).reduce((a, b) => a + b, 0);
    return { dimension, n, unknown, counts };
  });
}

async function personaMeasurements(): Promise<Measurement[]> {
  const input = syntheticProfile(100_000, 7);
  const work = personasWorkload(input);
  let k = 0;
  const run = () => {
    k = work();
  };
  const fresh = runChild<{ ms: number; cpuMs: number; firstMs: number; k: number }>(PERSONAS_CHILD, {});
  const inProcessMs = await medianMs(run, 7, 2);
  const inProcessCpu = cpuMedianMs(run);
  const bootstrapMs = await medianMs(() => fitScore(input.members, PRESET_TARGET_PERSONAS[0]!, { seed: 1, bootstrap: 200 }), 5, 1);
  return [
    {
      name: 'personas/personas + fit x4, 100,000 engagements, 20,000 members',
      value: fresh.ms,
      unit: 'ms',
      goal: '<= 100 ms',
      met: fresh.ms <= 100,
      note: `buildPersonas + fitFromSegments (public lib/personas API); ${input.members.length} members, ${input.engagements.length} engagements, ${input.posts.length} posts, k=${fresh.k}; cpu ${fresh.cpuMs.toFixed(1)} ms, first (cold) run ${fresh.firstMs.toFixed(0)} ms; in the bench process ${inProcessMs.toFixed(1)} ms (cpu ${inProcessCpu.toFixed(1)}, k=${k}); ${load()}`,
    },
    {
      name: 'personas/fitScore bootstrap 200, 20k members',
      value: bootstrapMs,
      unit: 'ms',
      note: 'member-level fit with bootstrap interval (not the popup path)',
    },
  ];
}

const suite: BenchSuite = {
  name: 'personas',
  async run() {
    return [...(await nmfMeasurements()), ...(await personaMeasurements())];
  },
};
export default suite;
