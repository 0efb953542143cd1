/**
 * A latent class model: a finite mixture in which each class has its own categorical
 * distribution per trait (gender, language, age band, interest …) and its own distribution
 * over a weighted bag of items (the posts a member engaged with). Fitted by EM; a missing
 * value (-1) simply contributes nothing, so "unknown" is treated as missing data rather than
 * a category of its own (the usual missing-at-random reading).
 *
 * Why this model and not NMF alone: NMF on audience-group × post counts only sees who
 * engages with what, so two communities on the same posts become one persona. A latent class
 * model sees the joint picture of each member, and when traits are independent of each other
 * and of the posts, one class explains the data best on held-out members (docs/personas.md).
 *
 * Dirichlet smoothing (add-α) keeps held-out likelihoods finite and penalises classes that
 * only fit noise, which is what lets held-out likelihood choose the number of classes.
 */
import type { Rng } from './random';

export interface CategoricalVariable {
  levels: number;
  /** Per member, a level in [0, levels) or -1 when unknown. */
  codes: Int32Array;
}

/** A weighted bag per member in compressed rows: member i holds index[ptr[i]..ptr[i+1]). */
export interface BagVariable {
  size: number;
  ptr: Int32Array;
  index: Int32Array;
  weight: Float64Array;
}

export interface LatentClassData {
  n: number;
  variables: CategoricalVariable[];
  bag: BagVariable | null;
}

export interface LatentClassModel {
  k: number;
  logPrior: Float64Array;
  /** Per variable, k × levels, row-major. */
  logTheta: Float64Array[];
  /** k × bag size, row-major (empty without a bag). */
  logPhi: Float64Array;
}

export interface FitOptions {
  maxIter?: number;
  /** Stop when the log-likelihood gains less than this relative amount. */
  tol?: number;
  /** Independent seeded starts; the best training likelihood wins. */
  restarts?: number;
}

/** Add-α pseudo-counts per level of a trait and per item of the bag. */
const ALPHA = 1;
const BETA = 0.1;

function logSumExp(x: Float64Array, k: number): number {
  let max = -Infinity;
  for (let t = 0; t < k; t++) if (x[t]! > max) max = x[t]!;
  let s = 0;
  for (let t = 0; t < k; t++) s += Math.exp(x[t]! - max);
  return max + Math.log(s);
}

/** log p(member i, class t) for every t, into `out`. */
function jointLog(model: LatentClassModel, data: LatentClassData, i: number, out: Float64Array): void {
  const { k } = model;
  for (let t = 0; t < k; t++) out[t] = model.logPrior[t]!;
  for (let v = 0; v < data.variables.length; v++) {
    const { levels, codes } = data.variables[v]!;
    const c = codes[i]!;
    if (c < 0) continue;
    const lt = model.logTheta[v]!;
    for (let t = 0; t < k; t++) out[t]! += lt[t * levels + c]!;
  }
  const bag = data.bag;
  if (bag) {
    const P = bag.size;
    for (let q = bag.ptr[i]!; q < bag.ptr[i + 1]!; q++) {
      const j = bag.index[q]!;
      const w = bag.weight[q]!;
      for (let t = 0; t < k; t++) out[t]! += w * model.logPhi[t * P + j]!;
    }
  }
}

/** log p(member) for each member in `rows`, in that order. */
export function memberLogLikelihoods(model: LatentClassModel, data: LatentClassData, rows: Int32Array): Float64Array {
  const buf = new Float64Array(model.k);
  const out = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    jointLog(model, data, rows[r]!, buf);
    out[r] = logSumExp(buf, model.k);
  }
  return out;
}

/** The most probable class of each member in `rows` (default: all), ties to the lower class index. */
export function assignClasses(model: LatentClassModel, data: LatentClassData, rows?: Int32Array): Int32Array {
  const n = rows ? rows.length : data.n;
  const out = new Int32Array(n);
  const buf = new Float64Array(model.k);
  for (let r = 0; r < n; r++) {
    jointLog(model, data, rows ? rows[r]! : r, buf);
    let best = 0;
    for (let t = 1; t < model.k; t++) if (buf[t]! > buf[best]!) best = t;
    out[r] = best;
  }
  return out;
}

/** Builds the model from responsibilities (the M step). */
function mStep(data: LatentClassData, rows: Int32Array, resp: Float64Array, k: number): LatentClassModel {
  const classMass = new Float64Array(k);
  for (let r = 0; r < rows.length; r++) for (let t = 0; t < k; t++) classMass[t]! += resp[r * k + t]!;
  const logPrior = new Float64Array(k);
  for (let t = 0; t < k; t++) logPrior[t] = Math.log((classMass[t]! + ALPHA) / (rows.length + ALPHA * k));

  const logTheta = data.variables.map(({ levels, codes }) => {
    const counts = new Float64Array(k * levels);
    for (let r = 0; r < rows.length; r++) {
      const c = codes[rows[r]!]!;
      if (c < 0) continue;
      for (let t = 0; t < k; t++) counts[t * levels + c]! += resp[r * k + t]!;
    }
    for (let t = 0; t < k; t++) {
      let total = 0;
      for (let l = 0; l < levels; l++) total += counts[t * levels + l]!;
      const denominator = total + ALPHA * levels;
      for (let l = 0; l < levels; l++) counts[t * levels + l] = Math.log((counts[t * levels + l]! + ALPHA) / denominator);
    }
    return counts;
  });

  const bag = data.bag;
  let logPhi = new Float64Array(0);
  if (bag) {
    const P = bag.size;
    logPhi = new Float64Array(k * P);
    for (let r = 0; r < rows.length; r++) {
      const i = rows[r]!;
      for (let q = bag.ptr[i]!; q < bag.ptr[i + 1]!; q++) {
        const j = bag.index[q]!;
        const w = bag.weight[q]!;
        for (let t = 0; t < k; t++) logPhi[t * P + j]! += w * resp[r * k + t]!;
      }
    }
    for (let t = 0; t < k; t++) {
      let total = 0;
      for (let j = 0; j < P; j++) total += logPhi[t * P + j]!;
      const denominator = total + BETA * P;
      for (let j = 0; j < P; j++) logPhi[t * P + j] = Math.log((logPhi[t * P + j]! + BETA) / denominator);
    }
  }
  return { k, logPrior, logTheta, logPhi };
}

/** Mismatches between two members: unequal known traits, plus the bag weight they do not share. */
function distance(data: LatentClassData, a: number, b: number): number {
  let d = 0;
  for (const { codes } of data.variables) {
    const x = codes[a]!;
    const y = codes[b]!;
    if (x >= 0 && y >= 0 && x !== y) d++;
  }
  const bag = data.bag;
  if (bag) {
    let shared = 0;
    let total = 0;
    for (let q = bag.ptr[a]!; q < bag.ptr[a + 1]!; q++) {
      total += bag.weight[q]!;
      for (let s = bag.ptr[b]!; s < bag.ptr[b + 1]!; s++) if (bag.index[s] === bag.index[q]) shared += Math.min(bag.weight[q]!, bag.weight[s]!);
    }
    // Weighted as the model weighs the bag, so posts count as much in the seeding as in the fit.
    if (total > 0) d += total - shared;
  }
  return d;
}

/**
 * Starting responsibilities from k seed members picked k-means++ style (each next seed with
 * probability ∝ squared distance to the nearest seed so far), so a small community is
 * likely to get a seed of its own; members start soft, leaning to their nearest seed.
 */
function seededStart(data: LatentClassData, rows: Int32Array, k: number, rng: Rng): Float64Array {
  const n = rows.length;
  const seeds: number[] = [rows[Math.floor(rng() * n)]!];
  const nearest = new Float64Array(n).fill(Infinity);
  while (seeds.length < k) {
    const last = seeds[seeds.length - 1]!;
    let total = 0;
    for (let r = 0; r < n; r++) {
      const d = distance(data, rows[r]!, last);
      if (d < nearest[r]!) nearest[r] = d;
      total += nearest[r]! * nearest[r]!;
    }
    let pick = Math.floor(rng() * n);
    if (total > 0) {
      let u = rng() * total;
      for (let r = 0; r < n; r++) {
        u -= nearest[r]! * nearest[r]!;
        if (u <= 0) {
          pick = r;
          break;
        }
      }
    }
    seeds.push(rows[pick]!);
  }
  const resp = new Float64Array(n * k);
  for (let r = 0; r < n; r++) {
    let sum = 0;
    for (let t = 0; t < k; t++) {
      const w = Math.exp(-2 * distance(data, rows[r]!, seeds[t]!)) + 0.05 * rng();
      resp[r * k + t] = w;
      sum += w;
    }
    for (let t = 0; t < k; t++) resp[r * k + t]! /= sum;
  }
  return resp;
}

/** Share of members, the worst explained by a k − 1 model, that seed the new class of a split start. */
const SPLIT_SHARE = 0.15;

/**
 * Starting responsibilities that keep a (k − 1)-class model's classes and seed class k with
 * the members it explains worst: a community the smaller model has no class for is exactly
 * those members, however much its traits resemble another class's.
 */
function splitStart(data: LatentClassData, rows: Int32Array, previous: LatentClassModel): Float64Array {
  const k = previous.k + 1;
  const n = rows.length;
  const buf = new Float64Array(previous.k);
  const ll = new Float64Array(n);
  const resp = new Float64Array(n * k);
  for (let r = 0; r < n; r++) {
    jointLog(previous, data, rows[r]!, buf);
    const lse = logSumExp(buf, previous.k);
    ll[r] = lse;
    for (let t = 0; t < previous.k; t++) resp[r * k + t] = Math.exp(buf[t]! - lse);
  }
  const cut = Float64Array.from(ll).sort()[Math.floor(SPLIT_SHARE * (n - 1))]!;
  for (let r = 0; r < n; r++) {
    if (ll[r]! > cut) continue;
    for (let t = 0; t < previous.k; t++) resp[r * k + t] = 0;
    resp[r * k + previous.k] = 1;
  }
  return resp;
}

function runEm(data: LatentClassData, rows: Int32Array, k: number, start: Float64Array | null, maxIter: number, tol: number) {
  let resp = start ?? new Float64Array(rows.length).fill(1);
  let model = mStep(data, rows, resp, k);
  let ll = -Infinity;
  const buf = new Float64Array(k);
  for (let iter = 0; iter < maxIter; iter++) {
    resp = new Float64Array(rows.length * k);
    let next = 0;
    for (let r = 0; r < rows.length; r++) {
      jointLog(model, data, rows[r]!, buf);
      const lse = logSumExp(buf, k);
      next += lse;
      for (let t = 0; t < k; t++) resp[r * k + t] = Math.exp(buf[t]! - lse);
    }
    model = mStep(data, rows, resp, k);
    const done = k === 1 || Math.abs(next - ll) <= tol * Math.abs(next);
    ll = next;
    if (done) break;
  }
  return { model, logLik: ll };
}

/**
 * The model without some of its classes, refitted by EM from the remaining classes'
 * responsibilities: a class EM left (nearly) empty is dropped, not the whole fit.
 */
export function refitKeeping(
  data: LatentClassData,
  rows: Int32Array,
  model: LatentClassModel,
  keep: readonly number[],
  options: FitOptions = {},
): { model: LatentClassModel; logLik: number } {
  const k = keep.length;
  const sub: LatentClassModel = {
    k,
    logPrior: Float64Array.from(keep, (t) => model.logPrior[t]!),
    logTheta: model.logTheta.map((lt, v) => {
      const levels = data.variables[v]!.levels;
      const out = new Float64Array(k * levels);
      keep.forEach((t, u) => out.set(lt.subarray(t * levels, (t + 1) * levels), u * levels));
      return out;
    }),
    logPhi: (() => {
      const P = data.bag?.size ?? 0;
      const out = new Float64Array(k * P);
      keep.forEach((t, u) => out.set(model.logPhi.subarray(t * P, (t + 1) * P), u * P));
      return out;
    })(),
  };
  const buf = new Float64Array(k);
  const resp = new Float64Array(rows.length * k);
  for (let r = 0; r < rows.length; r++) {
    jointLog(sub, data, rows[r]!, buf);
    const lse = logSumExp(buf, k);
    for (let t = 0; t < k; t++) resp[r * k + t] = Math.exp(buf[t]! - lse);
  }
  return runEm(data, rows, k, resp, options.maxIter ?? 150, options.tol ?? 1e-5);
}

/**
 * The best of several EM runs on `rows`: one split start from `previous` (a k − 1 model on
 * the same rows) when given, and `restarts` seeded k-means++ starts.
 */
export function fitLatentClasses(
  data: LatentClassData,
  rows: Int32Array,
  k: number,
  rng: Rng,
  options: FitOptions = {},
  previous?: LatentClassModel,
): { model: LatentClassModel; logLik: number } {
  const maxIter = options.maxIter ?? 150;
  const tol = options.tol ?? 1e-5;
  if (k === 1) return runEm(data, rows, 1, null, maxIter, tol);
  const starts: (() => Float64Array)[] = [];
  if (previous && previous.k === k - 1) starts.push(() => splitStart(data, rows, previous));
  for (let s = 0; s < (options.restarts ?? (starts.length ? 1 : 2)); s++) starts.push(() => seededStart(data, rows, k, rng));
  let best: { model: LatentClassModel; logLik: number } | null = null;
  for (const start of starts) {
    const run = runEm(data, rows, k, start(), maxIter, tol);
    if (!best || run.logLik > best.logLik) best = run;
  }
  return best!;
}
