/**
 * How many personas the data supports. Two signals, as in the NMF model-selection literature:
 *  - reconstruction: the share of ‖V‖² explained as k grows; we stop where one more factor
 *    explains less than `minGain` more (the elbow);
 *  - stability: factors from differently seeded runs must agree (mean matched cosine of the
 *    rows of H ≥ `minStability`); a k whose factors change with the seed is noise, so we step
 *    down until the factors are stable.
 * Never more than min(rows, cols) and never more than maxK.
 */
import { nmf, nndsvd, prepare, randomizedSvd, type Matrix, type NmfResult } from './nmf';
import { deriveSeed, mulberry32 } from './random';

export interface ChooseKOptions {
  maxK: number;
  seed?: number;
  /** Minimum extra fraction of ‖V‖² one more factor must explain. Default 0.02. */
  minGain?: number;
  /** Minimum mean matched cosine across seeds. Default 0.9. */
  minStability?: number;
  /**
   * Expected ‖V − WH‖² of a perfect model, when V holds counts: for Poisson counts the
   * variance equals the mean, so it is ΣV. Once a fit's residual is down to this noise floor,
   * more factors would only fit noise. Omitted: no noise floor.
   */
  noiseFloor?: number;
  /** Extra randomly initialised runs per k for stability. Default 2. */
  stabilityRuns?: number;
  maxIter?: number;
  /** Convergence for the elbow fits (relative error change). Default 1e-4. */
  elbowTol?: number;
  /** Convergence for the chosen k and the stability runs. Default 1e-6. */
  tol?: number;
}

export interface KCandidate {
  k: number;
  /** 1 − ‖V − WH‖² / ‖V‖² */
  explained: number;
  /** Mean matched cosine between the reference run and seeded random runs (1 for k = 1). */
  stability: number | null;
}

export interface ChooseKResult {
  k: number;
  /** The fit at the chosen k (reference run, NNDSVDa init). */
  fit: NmfResult;
  candidates: KCandidate[];
}

function rowNorms(H: Matrix): Float64Array {
  const out = new Float64Array(H.rows);
  for (let t = 0; t < H.rows; t++) {
    let s = 0;
    for (let j = 0; j < H.cols; j++) s += H.data[t * H.cols + j]! ** 2;
    out[t] = Math.sqrt(s);
  }
  return out;
}

/** Mean cosine of a greedy one-to-one matching between the rows of two k × m matrices. */
export function matchedCosine(A: Matrix, B: Matrix): number {
  const k = A.rows;
  const m = A.cols;
  const na = rowNorms(A);
  const nb = rowNorms(B);
  const pairs: { a: number; b: number; c: number }[] = [];
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      let dot = 0;
      for (let j = 0; j < m; j++) dot += A.data[a * m + j]! * B.data[b * m + j]!;
      const d = na[a]! * nb[b]!;
      pairs.push({ a, b, c: d > 0 ? dot / d : 0 });
    }
  }
  pairs.sort((x, y) => y.c - x.c || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let sum = 0;
  for (const p of pairs) {
    if (usedA.has(p.a) || usedB.has(p.b)) continue;
    usedA.add(p.a);
    usedB.add(p.b);
    sum += p.c;
  }
  return sum / k;
}

export function chooseK(V: Matrix, options: ChooseKOptions): ChooseKResult {
  const seed = options.seed ?? 0;
  const minGain = options.minGain ?? 0.02;
  const minStability = options.minStability ?? 0.9;
  const runs = options.stabilityRuns ?? 2;
  const maxIter = options.maxIter ?? 1000;
  const elbowTol = options.elbowTol ?? 1e-4;
  // Tight convergence matters for the stability runs: randomly initialised runs stopped early
  // disagree with the reference because they have not arrived, not because k is wrong.
  const tol = options.tol ?? 1e-6;
  const kMax = Math.max(1, Math.min(options.maxK, V.rows, V.cols));

  // One validation, one sparse copy and one SVD serve every fit below (NNDSVD only needs the
  // first k triplets).
  const P = prepare(V);
  const svd = randomizedSvd(P.csr, kMax, mulberry32(seed), P.csrT);
  const fits = new Map<number, NmfResult>();
  const fitAt = (k: number): NmfResult => {
    let f = fits.get(k);
    if (!f) {
      f = nmf(P, { k, start: nndsvd(V, k, svd, 'nndsvda', P.mean), maxIter, tol: elbowTol });
      fits.set(k, f);
    }
    return f;
  };
  const refined = new Map<number, NmfResult>();
  const refinedAt = (k: number): NmfResult => {
    let f = refined.get(k);
    if (!f) {
      const loose = fitAt(k);
      f = nmf(P, { k, start: { W: loose.W, H: loose.H }, maxIter, tol });
      refined.set(k, f);
    }
    return f;
  };
  const explained = (k: number): number => 1 - fitAt(k).relativeError ** 2;

  // Elbow: the first k that already fits down to the noise floor, or whose successor adds
  // less than minGain. Fits are computed lazily, so a clear elbow at k = 2 costs three fits.
  // Stability across seeds cannot catch noise-fitting (every run fits the same noise), which
  // is why the noise floor is checked here.
  const normV2 = P.normX2;
  const floor = options.noiseFloor ?? -1;
  let elbow = kMax;
  for (let k = 1; k < kMax; k++) {
    if ((1 - explained(k)) * normV2 <= floor || explained(k + 1) - explained(k) < minGain) {
      elbow = k;
      break;
    }
  }

  const stabilities = new Map<number, number>();
  const stabilityAt = (k: number): number => {
    if (k === 1) return 1;
    let s = stabilities.get(k);
    if (s === undefined) {
      const ref = refinedAt(k);
      let total = 0;
      for (let r = 0; r < runs; r++) {
        const other = nmf(P, { k, seed: deriveSeed(seed, 1000 * k + r), init: 'random', maxIter, tol });
        total += matchedCosine(ref.H, other.H);
      }
      s = total / runs;
      stabilities.set(k, s);
    }
    return s;
  };

  let k = elbow;
  while (k > 1 && stabilityAt(k) < minStability) k--;

  const candidates: KCandidate[] = [...fits.keys()]
    .sort((a, b) => a - b)
    .map((c) => ({ k: c, explained: explained(c), stability: c === 1 ? 1 : (stabilities.get(c) ?? null) }));
  return { k, fit: refinedAt(k), candidates };
}
