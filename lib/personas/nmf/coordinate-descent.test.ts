import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import { cdSweep } from './coordinate-descent';

/** The sweep as plain loops: the definition cdSweep's chunked dot product must agree with. */
function plainSweep(A: Float64Array, rows: number, k: number, BtB: Float64Array, XB: Float64Array): number {
  let violation = 0;
  for (let t = 0; t < k; t++) {
    const hess = BtB[t * k + t]!;
    for (let i = 0; i < rows; i++) {
      let grad = -XB[i * k + t]!;
      for (let r = 0; r < k; r++) grad += BtB[t * k + r]! * A[i * k + r]!;
      const a = A[i * k + t]!;
      violation += Math.abs(a === 0 ? Math.min(0, grad) : grad);
      if (hess !== 0) A[i * k + t] = Math.max(a - grad / hess, 0);
    }
  }
  return violation;
}

describe('cdSweep against the plain sweep', () => {
  // Every width up to 25: the chunk alone (k ≤ 8, narrower than 8 with zero coefficients), and
  // for k > 8 the columns before it summed into head first, with a narrower chunk or a full one.
  const rng = mulberry32(5);
  const rows = 9;
  it.each(Array.from({ length: 25 }, (_, i) => i + 1))('k = %i', (k) => {
    // BtB = BᵀB for a random non-negative B, as the solver's; half of A is zeros, as W's is.
    const B = Array.from({ length: 6 * k }, () => rng());
    const BtB = new Float64Array(k * k);
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) for (let j = 0; j < 6; j++) BtB[a * k + b]! += B[j * k + a]! * B[j * k + b]!;
    const A = Float64Array.from({ length: rows * k }, () => (rng() < 0.5 ? 0 : rng() * 2));
    const XB = Float64Array.from({ length: rows * k }, () => rng() * 3 * k);
    const before = A.slice();
    const want = A.slice();
    const wantViolation = plainSweep(want, rows, k, BtB, XB);
    const violation = cdSweep(A, rows, k, BtB, XB, new Float64Array(rows).fill(NaN));
    expect(violation).toBeGreaterThan(0);
    expect(violation).toBeCloseTo(wantViolation, 9);
    for (let i = 0; i < rows * k; i++) expect(A[i]).toBeCloseTo(want[i]!, 12);
    // The sweep moved most coordinates, or the comparison would prove little.
    expect(A.filter((a, i) => a !== before[i]).length).toBeGreaterThan((rows * k) / 2);
  });
});
