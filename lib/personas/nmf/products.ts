/** The products a coordinate-descent iteration needs: sparse × dense (X·B) and the Gram matrix AᵀA. */
import type { Csr } from './sparse';

/**
 * out (rows × k, row-major) = X · B, with B cols × k row-major. Only the non-zero cells of X
 * are visited (engagement matrices are mostly zeros): each adds x times a row of B to the
 * output row. Every output cell is a sum over its row's non-zeros in column order, starting
 * from zero, so the result does not depend on k or on how the loop is blocked.
 *
 * NMF is only the evaluation's baseline (not in the extension), so this is the plain loop;
 * docs/personas.md says what the hand-unrolled kernels it replaced gained.
 */
export function csrTimes(X: Csr, B: Float64Array, k: number, out: Float64Array): void {
  const { rows, rowPtr, colIdx, values } = X;
  for (let i = 0; i < rows; i++) {
    const oo = i * k;
    out.fill(0, oo, oo + k);
    for (let q = rowPtr[i]!, end = rowPtr[i + 1]!; q < end; q++) {
      const x = values[q]!;
      const bo = colIdx[q]! * k;
      for (let t = 0; t < k; t++) out[oo + t]! += x * B[bo + t]!;
    }
  }
}

/**
 * out (k × k) = AᵀA for A stored rows × k row-major: each row adds its outer product to the
 * upper triangle, which is then mirrored, so each cell is one sum over the rows in order and
 * out is exactly symmetric.
 */
export function gram(A: Float64Array, rows: number, k: number, out: Float64Array): void {
  out.fill(0, 0, k * k);
  for (let i = 0; i < rows; i++) {
    const o = i * k;
    for (let a = 0; a < k; a++) {
      const x = A[o + a]!;
      for (let b = a; b < k; b++) out[a * k + b]! += x * A[o + b]!;
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) out[a * k + b] = out[b * k + a]!;
}
