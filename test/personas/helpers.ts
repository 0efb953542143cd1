/** Shared helpers for persona tests: seeded synthetic matrices and factor matching. */
import { matrix, type Matrix } from '../../lib/personas/nmf';
import { mulberry32 } from '../../lib/personas/random';

export interface Planted {
  V: Matrix;
  W0: Matrix;
  H0: Matrix;
}

/**
 * V = W0·H0 (+ noise) where each post (column) belongs mainly to one factor and each group
 * (row) mainly to one factor: the separable structure under which NMF's factors are
 * identifiable, so "recovered" has a meaning.
 */
export function plantedMatrix(n: number, m: number, k: number, seed: number, noise = 0): Planted {
  const rng = mulberry32(seed);
  const W0 = matrix(n, k);
  const H0 = matrix(k, m);
  for (let i = 0; i < n; i++) {
    const main = i % k;
    for (let t = 0; t < k; t++) W0.data[i * k + t] = t === main ? 1 + 4 * rng() : rng() < 0.15 ? 0.3 * rng() : 0;
  }
  for (let j = 0; j < m; j++) {
    const main = j % k;
    for (let t = 0; t < k; t++) H0.data[t * m + j] = t === main ? 1 + 9 * rng() : rng() < 0.1 ? 0.5 * rng() : 0;
  }
  const V = matrix(n, m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += W0.data[i * k + t]! * H0.data[t * m + j]!;
      V.data[i * m + j] = s + noise * rng();
    }
  }
  return { V, W0, H0 };
}

export function rowCosine(A: Matrix, a: number, B: Matrix, b: number): number {
  let dot = 0, na = 0, nb = 0;
  for (let j = 0; j < A.cols; j++) {
    const x = A.data[a * A.cols + j]!;
    const y = B.data[b * B.cols + j]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** Best one-to-one matching of rows (brute force over permutations; k ≤ 7). Returns each matched cosine. */
export function matchRows(found: Matrix, truth: Matrix): number[] {
  const k = truth.rows;
  let best: number[] = [];
  let bestSum = -Infinity;
  const perm = Array.from({ length: k }, (_, i) => i);
  const permute = (start: number): void => {
    if (start === k) {
      const cos = perm.map((p, t) => rowCosine(found, p, truth, t));
      const s = cos.reduce((a, b) => a + b, 0);
      if (s > bestSum) {
        bestSum = s;
        best = cos;
      }
      return;
    }
    for (let i = start; i < k; i++) {
      [perm[start], perm[i]] = [perm[i]!, perm[start]!];
      permute(start + 1);
      [perm[start], perm[i]] = [perm[i]!, perm[start]!];
    }
  };
  permute(0);
  return best;
}

export function transpose(M: Matrix): Matrix {
  const T = matrix(M.cols, M.rows);
  for (let i = 0; i < M.rows; i++) for (let j = 0; j < M.cols; j++) T.data[j * M.rows + i] = M.data[i * M.cols + j]!;
  return T;
}
