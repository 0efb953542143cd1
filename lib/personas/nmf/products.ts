/** The products a coordinate-descent iteration needs: sparse × dense (X·B) and the Gram matrix AᵀA. */
import type { Csr } from './sparse';

/**
 * Output columns csrTimes accumulates in locals per pass over a row's non-zeros. V8 keeps
 * locals in registers but reloads and stores a cell of `out` on every update; 8 sums and the
 * multiplier fit x64's 16 floating-point registers. csrTiles is written for exactly this width.
 */
const TILE = 8;

/**
 * out (rows × k, row-major) = X · B, with B cols × k row-major. Only the non-zero cells of X
 * are visited (engagement matrices are mostly zeros). Every output cell is a sum over its
 * row's non-zeros in column order, starting from zero, so the result does not depend on k or
 * on the tiling. docs/personas.md gives the measured cost of each choice.
 */
export function csrTimes(X: Csr, B: Float64Array, k: number, out: Float64Array): void {
  const stride = Math.ceil(k / TILE) * TILE;
  if (stride === k) {
    csrTiles(X, B, stride, k, out);
    return;
  }
  // B's rows zero-padded to whole tiles (cols × stride, a copy far smaller than the nnz × k
  // work), so every tile reads its 8 columns at fixed offsets from one index.
  const cols = X.cols;
  const padded = new Float64Array(cols * stride);
  for (let j = 0; j < cols; j++) {
    for (let t = 0; t < k; t++) padded[j * stride + t] = B[j * k + t]!;
  }
  csrTiles(X, padded, stride, k, out);
}

/**
 * csrTimes' loop, with B's rows `stride` apart: a whole number of tiles, zeros past k. Each
 * tile of 8 columns is one pass over each row's non-zeros; the sums are written last column
 * first, each at its column clamped to the tile's last one (k − 1 in a narrower last tile), so
 * the zero sums of the padding land there first and the real sum overwrites them.
 */
function csrTiles(X: Csr, B: Float64Array, stride: number, k: number, out: Float64Array): void {
  const { rows, rowPtr, colIdx, values } = X;
  for (let t = 0; t < k; t += TILE) {
    const last = Math.min(TILE, k - t) - 1;
    for (let i = 0; i < rows; i++) {
      const end = rowPtr[i + 1]!;
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
      for (let q = rowPtr[i]!; q < end; q++) {
        const x = values[q]!;
        // `| 0` tells V8 the index is a 32-bit integer, so it drops the overflow checks.
        const bo = (colIdx[q]! * stride + t) | 0;
        a0 += x * B[bo]!;
        a1 += x * B[bo + 1]!;
        a2 += x * B[bo + 2]!;
        a3 += x * B[bo + 3]!;
        a4 += x * B[bo + 4]!;
        a5 += x * B[bo + 5]!;
        a6 += x * B[bo + 6]!;
        a7 += x * B[bo + 7]!;
      }
      const oo = i * k + t;
      out[oo + Math.min(7, last)] = a7;
      out[oo + Math.min(6, last)] = a6;
      out[oo + Math.min(5, last)] = a5;
      out[oo + Math.min(4, last)] = a4;
      out[oo + Math.min(3, last)] = a3;
      out[oo + Math.min(2, last)] = a2;
      out[oo + Math.min(1, last)] = a1;
      out[oo] = a0;
    }
  }
}

/**
 * out (k × k) = AᵀA for A stored rows × k row-major, as one dot product per pair of columns
 * in two partial sums (even and odd rows): the sums stay in registers, with no addition
 * waiting for the previous store to the same cell of out, and out is exactly symmetric.
 */
export function gram(A: Float64Array, rows: number, k: number, out: Float64Array): void {
  const step = 2 * k;
  const end = (rows & ~1) * k;
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      let s0 = 0;
      let s1 = 0;
      let o = 0;
      for (; o < end; o += step) {
        s0 += A[o + a]! * A[o + b]!;
        s1 += A[o + k + a]! * A[o + k + b]!;
      }
      if (rows & 1) s0 += A[o + a]! * A[o + b]!;
      const s = s0 + s1;
      out[a * k + b] = s;
      out[b * k + a] = s;
    }
  }
}
