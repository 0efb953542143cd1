/** The products a coordinate-descent iteration needs: sparse × dense (X·B) and the Gram matrix AᵀA. */
import type { Csr } from './sparse';

/**
 * out (rows × k, row-major) = X · B, B cols × k row-major. Register-blocked: up to eight
 * output columns are accumulated in locals while walking a row's non-zeros, which V8 runs much
 * faster than updating `out` in the innermost loop. Columns go in blocks of 8, and the rest
 * (1–7) in one more pass with a kernel of its own width, cheaper than a pass of 4 and a pass
 * of 1. The `| 0` on each index tells V8 the sum is a 32-bit integer, so it drops the
 * overflow check on every load. docs/personas.md gives the measured gains.
 */
export function csrTimes(X: Csr, B: Float64Array, k: number, out: Float64Array): void {
  if (k === 8) return csrTimes8(X, B, out);
  for (let t = 0; t < k; t += 8) csrColumns(X, B, k, t, Math.min(8, k - t), out);
}

/**
 * X · B for k = 8 exactly, the width of the benchmark and of chooseK's widest fits: each
 * index is a shift instead of a multiply and an add, in one kernel with no switch.
 */
function csrTimes8(X: Csr, B: Float64Array, out: Float64Array): void {
  const { rows, rowPtr, colIdx, values } = X;
  for (let i = 0; i < rows; i++) {
    const oo = i << 3;
    const end = rowPtr[i + 1]!;
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
    for (let q = rowPtr[i]!; q < end; q++) {
      const x = values[q]!;
      const bo = colIdx[q]! << 3;
      a0 += x * B[bo]!;
      a1 += x * B[bo + 1]!;
      a2 += x * B[bo + 2]!;
      a3 += x * B[bo + 3]!;
      a4 += x * B[bo + 4]!;
      a5 += x * B[bo + 5]!;
      a6 += x * B[bo + 6]!;
      a7 += x * B[bo + 7]!;
    }
    out[oo] = a0;
    out[oo + 1] = a1;
    out[oo + 2] = a2;
    out[oo + 3] = a3;
    out[oo + 4] = a4;
    out[oo + 5] = a5;
    out[oo + 6] = a6;
    out[oo + 7] = a7;
  }
}

/** Columns t … t + w − 1 (w ≤ 8) of X · B into out. */
function csrColumns(X: Csr, B: Float64Array, k: number, t: number, w: number, out: Float64Array): void {
  const { rows, rowPtr, colIdx, values } = X;
  for (let i = 0; i < rows; i++) {
    const oo = i * k + t;
    const start = rowPtr[i]!;
    const end = rowPtr[i + 1]!;
    switch (w) {
      case 8: {
        let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
        for (let q = start; q < end; q++) {
          const x = values[q]!;
          const bo = (colIdx[q]! * k + t) | 0;
          a0 += x * B[bo]!;
          a1 += x * B[(bo + 1) | 0]!;
          a2 += x * B[(bo + 2) | 0]!;
          a3 += x * B[(bo + 3) | 0]!;
          a4 += x * B[(bo + 4) | 0]!;
          a5 += x * B[(bo + 5) | 0]!;
          a6 += x * B[(bo + 6) | 0]!;
          a7 += x * B[(bo + 7) | 0]!;
        }
        out[oo] = a0;
        out[oo + 1] = a1;
        out[oo + 2] = a2;
        out[oo + 3] = a3;
        out[oo + 4] = a4;
        out[oo + 5] = a5;
        out[oo + 6] = a6;
        out[oo + 7] = a7;
        break;
      }
      case 7: {
        let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0;
        for (let q = start; q < end; q++) {
          const x = values[q]!;
          const bo = (colIdx[q]! * k + t) | 0;
          a0 += x * B[bo]!;
          a1 += x * B[(bo + 1) | 0]!;
          a2 += x * B[(bo + 2) | 0]!;
          a3 += x * B[(bo + 3) | 0]!;
          a4 += x * B[(bo + 4) | 0]!;
          a5 += x * B[(bo + 5) | 0]!;
          a6 += x * B[(bo + 6) | 0]!;
        }
        out[oo] = a0;
        out[oo + 1] = a1;
        out[oo + 2] = a2;
        out[oo + 3] = a3;
        out[oo + 4] = a4;
        out[oo + 5] = a5;
        out[oo + 6] = a6;
        break;
      }
      case 6: {
        let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0;
        for (let q = start; q < end; q++) {
          const x = values[q]!;
          const bo = (colIdx[q]! * k + t) | 0;
          a0 += x * B[bo]!;
          a1 += x * B[(bo + 1) | 0]!;
          a2 += x * B[(bo + 2) | 0]!;
          a3 += x * B[(bo + 3) | 0]!;
          a4 += x * B[(bo + 4) | 0]!;
          a5 += x * B[(bo + 5) | 0]!;
        }
        out[oo] = a0;
        out[oo + 1] = a1;
        out[oo + 2] = a2;
        out[oo + 3] = a3;
        out[oo + 4] = a4;
        out[oo + 5] = a5;
        break;
      }
      case 5: {
        let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0;
        for (let q = start; q < end; q++) {
          const x = values[q]!;
          const bo = (colIdx[q]! * k + t) | 0;
          a0 += x * B[bo]!;
          a1 += x * B[(bo + 1) | 0]!;
          a2 += x * B[(bo + 2) | 0]!;
          a3 += x * B[(bo + 3) | 0]!;
          a4 += x * B[(bo + 4) | 0]!;
        }
        out[oo] = a0;
        out[oo + 1] = a1;
        out[oo + 2] = a2;
        out[oo + 3] = a3;
        out[oo + 4] = a4;
        break;
      }
      case 4: {
        let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        for (let q = start; q < end; q++) {
          const x = values[q]!;
          const bo = (colIdx[q]! * k + t) | 0;
          a0 += x * B[bo]!;
          a1 += x * B[(bo + 1) | 0]!;
          a2 += x * B[(bo + 2) | 0]!;
          a3 += x * B[(bo + 3) | 0]!;
        }
        out[oo] = a0;
        out[oo + 1] = a1;
        out[oo + 2] = a2;
        out[oo + 3] = a3;
        break;
      }
      case 3: {
        let a0 = 0, a1 = 0, a2 = 0;
        for (let q = start; q < end; q++) {
          const x = values[q]!;
          const bo = (colIdx[q]! * k + t) | 0;
          a0 += x * B[bo]!;
          a1 += x * B[(bo + 1) | 0]!;
          a2 += x * B[(bo + 2) | 0]!;
        }
        out[oo] = a0;
        out[oo + 1] = a1;
        out[oo + 2] = a2;
        break;
      }
      case 2: {
        let a0 = 0, a1 = 0;
        for (let q = start; q < end; q++) {
          const x = values[q]!;
          const bo = (colIdx[q]! * k + t) | 0;
          a0 += x * B[bo]!;
          a1 += x * B[(bo + 1) | 0]!;
        }
        out[oo] = a0;
        out[oo + 1] = a1;
        break;
      }
      case 1: {
        let a0 = 0;
        for (let q = start; q < end; q++) {
          const x = values[q]!;
          const bo = (colIdx[q]! * k + t) | 0;
          a0 += x * B[bo]!;
        }
        out[oo] = a0;
        break;
      }
    }
  }
}


/**
 * out (k×k) = AᵀA for A stored rows × k, as one dot product per pair of columns in two
 * partial sums: no branch on zero entries (half of W is zeros, in no pattern), and no
 * addition that waits for the previous store to the same cell of out.
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

