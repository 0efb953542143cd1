import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csrTimes, matrix, nmf, reconstructionError, symmetricEigen, toCsr } from '../../lib/personas/nmf';
import { mulberry32 } from '../../lib/personas/random';
import { matchRows, plantedMatrix, transpose } from './helpers';

interface ReferenceCase {
  name: string;
  rows: number;
  cols: number;
  k: number;
  errorTight: number;
  errorDefault: number;
  norm: number;
  data: number[];
}
const reference = JSON.parse(
  readFileSync(new URL('../fixtures/nmf/reference.json', import.meta.url), 'utf8'),
) as { sklearn: string; cases: ReferenceCase[] };

describe('nmf against scikit-learn (test/fixtures/nmf/reference.json)', () => {
  it.each(reference.cases)('$name: error within 2% of sklearn', (c) => {
    const V = matrix(c.rows, c.cols, c.data);
    const result = nmf(V, { k: c.k, seed: 0, tol: 1e-7, maxIter: 20000 });
    expect(result.error).toBeLessThanOrEqual(1.02 * c.errorTight);
    // Also the cheap default: our default stop must not be worse than sklearn's default stop.
    const quick = nmf(V, { k: c.k, seed: 0 });
    expect(quick.error).toBeLessThanOrEqual(1.02 * c.errorDefault);
  });
});

describe('nmf on planted factors', () => {
  it.each([
    [30, 20, 3, 1],
    [60, 40, 4, 2],
    [80, 50, 5, 3],
    [100, 60, 6, 4],
  ])('%i x %i, k=%i (seed %i): recovers every factor with cosine ≥ 0.95', (n, m, k, seed) => {
    const { V, W0, H0 } = plantedMatrix(n, m, k, seed, 0.01);
    const result = nmf(V, { k, seed, tol: 1e-6, maxIter: 5000 });
    for (const c of matchRows(result.H, H0)) expect(c).toBeGreaterThanOrEqual(0.95);
    for (const c of matchRows(transpose(result.W), transpose(W0))) expect(c).toBeGreaterThanOrEqual(0.95);
    expect(result.relativeError).toBeLessThan(0.01);
  });

  it('is deterministic: same input and seed give bit-identical factors', () => {
    const { V } = plantedMatrix(50, 30, 4, 9, 0.5);
    const a = nmf(V, { k: 4, seed: 7 });
    const b = nmf(V, { k: 4, seed: 7 });
    expect(Array.from(a.W.data)).toEqual(Array.from(b.W.data));
    expect(Array.from(a.H.data)).toEqual(Array.from(b.H.data));
    expect(a.iterations).toBe(b.iterations);
  });

  it('reports the exact Frobenius error of its factors', () => {
    const { V } = plantedMatrix(20, 15, 3, 5, 1);
    const r = nmf(V, { k: 3, seed: 1 });
    expect(r.error).toBeCloseTo(reconstructionError(V, r.W, r.H), 9);
  });

  it('random init also converges and stays non-negative', () => {
    const { V } = plantedMatrix(40, 25, 3, 11, 0.1);
    const r = nmf(V, { k: 3, seed: 3, init: 'random', tol: 1e-6, maxIter: 3000 });
    expect(Math.min(...r.W.data, ...r.H.data)).toBeGreaterThanOrEqual(0);
    expect(r.relativeError).toBeLessThan(0.05);
  });

  it.each([
    ['negative cell', [1, -1, 2, 3]],
    ['NaN cell', [1, Number.NaN, 2, 3]],
  ])('rejects a matrix with a %s', (_label, data) => {
    expect(() => nmf(matrix(2, 2, data), { k: 1 })).toThrow(/non-negative/);
  });

  it('handles an all-zero matrix without dividing by zero', () => {
    const r = nmf(matrix(4, 3), { k: 2 });
    expect(r.error).toBe(0);
    expect(Number.isFinite(r.relativeError)).toBe(true);
  });
});

describe('symmetricEigen', () => {
  it.each([
    [[2, 0, 0, 1], [2, 1]],
    [[2, 1, 1, 2], [3, 1]],
    [[4, 1, 0, 1, 3, 1, 0, 1, 2], [3 + Math.sqrt(3), 3, 3 - Math.sqrt(3)]],
  ])('eigenvalues of %j', (a, expected) => {
    const p = Math.round(Math.sqrt(a.length));
    const { values, vectors } = symmetricEigen(Float64Array.from(a), p);
    values.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
    // A·v = λ·v for every pair, whatever the size.
    for (let c = 0; c < p; c++) {
      for (let r = 0; r < p; r++) {
        let av = 0;
        for (let s = 0; s < p; s++) av += a[r * p + s]! * vectors[s * p + c]!;
        expect(av).toBeCloseTo(values[c]! * vectors[r * p + c]!, 10);
      }
    }
  });
});

describe('csrTimes against a dense product', () => {
  // Every width up to 17: each output cell is written, none left over from before (out starts NaN).
  const rng = mulberry32(11);
  const rows = 7;
  const cols = 5;
  const X = matrix(rows, cols, Array.from({ length: rows * cols }, () => (rng() < 0.4 ? 0 : Math.round(rng() * 9))));
  it.each(Array.from({ length: 17 }, (_, i) => i + 1))('k = %i', (k) => {
    const B = Float64Array.from({ length: cols * k }, () => rng() * 2 - 1);
    const out = new Float64Array(rows * k).fill(NaN);
    csrTimes(toCsr(X), B, k, out);
    for (let i = 0; i < rows; i++) {
      for (let t = 0; t < k; t++) {
        let want = 0;
        for (let j = 0; j < cols; j++) want += X.data[i * cols + j]! * B[j * k + t]!;
        expect(out[i * k + t]).toBeCloseTo(want, 12);
      }
    }
  });
});
