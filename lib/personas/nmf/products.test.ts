import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import { gram } from './products';

describe('gram against the definition', () => {
  // Odd and even row counts (the two partial sums), every width up to 10.
  const rng = mulberry32(3);
  it.each([1, 2, 7, 8].flatMap((rows) => [1, 2, 5, 8, 10].map((k) => [rows, k] as const)))('%i rows, k = %i', (rows, k) => {
    const A = Float64Array.from({ length: rows * k }, () => (rng() < 0.3 ? 0 : rng() * 4 - 1));
    const out = new Float64Array(k * k).fill(NaN);
    gram(A, rows, k, out);
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        let want = 0;
        for (let i = 0; i < rows; i++) want += A[i * k + a]! * A[i * k + b]!;
        expect(out[a * k + b]).toBeCloseTo(want, 12);
        expect(out[a * k + b]).toBe(out[b * k + a]);
      }
    }
  });
});
