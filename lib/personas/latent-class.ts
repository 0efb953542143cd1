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
const BETA = 0.5;

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

/** Σ log p(member) over `rows`. */
export function logLikelihood(model: LatentClassModel, data: LatentClassData, rows: Int32Array): number {
  const buf = new Float64Array(model.k);
  let ll = 0;
  for (let r = 0; r < rows.length; r++) {
    jointLog(model, data, rows[r]!, buf);
    ll += logSumExp(buf, model.k);
  }
  return ll;
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
    if (total > 0) d += 1 - shared / total;
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

function runEm(data: LatentClassData, rows: Int32Array, k: number, rng: Rng, maxIter: number, tol: number) {
  let resp = k === 1 ? new Float64Array(rows.length).fill(1) : seededStart(data, rows, k, rng);
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

/** The best of `restarts` seeded EM runs on `rows`. */
export function fitLatentClasses(
  data: LatentClassData,
  rows: Int32Array,
  k: number,
  rng: Rng,
  options: FitOptions = {},
): { model: LatentClassModel; logLik: number } {
  const maxIter = options.maxIter ?? 200;
  const tol = options.tol ?? 1e-6;
  const restarts = k === 1 ? 1 : (options.restarts ?? 3);
  let best: { model: LatentClassModel; logLik: number } | null = null;
  for (let s = 0; s < restarts; s++) {
    const run = runEm(data, rows, k, rng, maxIter, tol);
    if (!best || run.logLik > best.logLik) best = run;
  }
  return best!;
}
