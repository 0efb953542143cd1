/**
 * Non-negative matrix factorisation V ≈ W·H, as in Automatic Persona Generation (An, Jung,
 * Salminen, Jansen): rows of V are audience groups, columns are posts, cells are engagement
 * counts; each of the k latent factors becomes one persona.
 *
 * The solver deliberately mirrors scikit-learn's default (`solver='cd'`, `init='nndsvda'`),
 * because the acceptance test compares our reconstruction error with scikit-learn's on the
 * same matrices: the same kind of initialisation (NNDSVD on a randomized SVD, zeros filled
 * with the mean; our SVD is cheaper, see OVERSAMPLE and nIter), and the same cyclic
 * coordinate-descent update order (W then H, component by component), with two sweeps per
 * product after the first iteration (see SWEEPS). With scikit-learn's stopping rule we reach
 * its error in fewer iterations (12 against 20 on the benchmark matrix). Products walk only
 * the non-zero cells (CSR), because engagement matrices are mostly zeros.
 */
import { mulberry32, randNormal, type Rng } from './random';

/** A dense row-major matrix. */
export interface Matrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

export type NmfInit = 'nndsvda' | 'nndsvd' | 'random';

export interface NmfOptions {
  k: number;
  /** Seeds the randomized SVD (nndsvd*) or the random init. */
  seed?: number;
  /** Default 'nndsvda', scikit-learn's default when k < min(rows, cols). */
  init?: NmfInit;
  /** Start from these factors instead (copied, not modified); overrides init. */
  start?: { W: Matrix; H: Matrix };
  maxIter?: number;
  /**
   * Stop when the relative decrease of the Frobenius error over one iteration falls below tol
   * ('error', the default), or when the projected-gradient violation falls below tol times the
   * first iteration's ('violation', scikit-learn's own criterion, used by the benchmark so both
   * libraries do the same work).
   */
  tol?: number;
  stop?: 'error' | 'violation';
}

export interface NmfResult {
  /** rows × k */
  W: Matrix;
  /** k × cols */
  H: Matrix;
  /** Frobenius norm ‖V − WH‖, the number scikit-learn reports as reconstruction_err_. */
  error: number;
  /** error / ‖V‖, comparable across matrices. */
  relativeError: number;
  iterations: number;
  converged: boolean;
}

export function matrix(rows: number, cols: number, data?: ArrayLike<number>): Matrix {
  const d = new Float64Array(rows * cols);
  if (data) {
    if (data.length !== rows * cols) throw new Error(`matrix: expected ${rows * cols} values, got ${data.length}`);
    d.set(data);
  }
  return { rows, cols, data: d };
}

export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const r = rows.length;
  const c = rows[0]?.length ?? 0;
  const m = matrix(r, c);
  rows.forEach((row, i) => {
    if (row.length !== c) throw new Error('fromRows: ragged rows');
    m.data.set(row, i * c);
  });
  return m;
}

export function frobenius(m: Matrix): number {
  let s = 0;
  for (let i = 0; i < m.data.length; i++) s += m.data[i]! * m.data[i]!;
  return Math.sqrt(s);
}

/** ‖V − W·H‖_F computed exactly (O(rows·cols·k)). */
export function reconstructionError(V: Matrix, W: Matrix, H: Matrix): number {
  const { rows: n, cols: m } = V;
  const k = W.cols;
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let acc = 0;
      for (let t = 0; t < k; t++) acc += W.data[i * k + t]! * H.data[t * m + j]!;
      const d = V.data[i * m + j]! - acc;
      s += d * d;
    }
  }
  return Math.sqrt(s);
}

/**
 * Compressed sparse rows. Every product below walks only the non-zero cells: engagement
 * matrices are mostly zeros, and a branch on each zero cell costs more than the multiply.
 */
export interface Csr {
  rows: number;
  cols: number;
  rowPtr: Int32Array;
  colIdx: Int32Array;
  values: Float64Array;
}

export function toCsr(X: Matrix): Csr {
  const stats = Float64Array.of(0, 0, 0, 1);
  scanCells(X.data, X.rows, X.cols, stats);
  return fillCsr(X, stats[2]!);
}

/*
 * The long loops over cells below are leaves that end with their loop: V8 compiles a long
 * loop while it runs (on-stack replacement), before the statements after it have ever run,
 * and Node 20's V8 then bails out of that code at the first such statement on every later
 * call, running the next call's loop unoptimised again. prepare and fillCsr did that on
 * every call for dozens of calls (a fit cost 13 ms instead of 9). Per-row statements inside
 * the outer loop are fine: they run in the first rows, before the compilation.
 */

/** stats ← [Σx², Σx, non-zeros, 1 if every cell is ≥ 0 (NaN is not)]; stats starts [0, 0, 0, 1]. */
function scanCells(data: Float64Array, rows: number, cols: number, stats: Float64Array): void {
  let normX2 = 0;
  let sum = 0;
  let nnz = 0;
  let nonNegative = 1;
  for (let i = 0; i < rows; i++) {
    const ro = i * cols;
    for (let j = 0; j < cols; j++) {
      const x = data[ro + j]!;
      normX2 += x * x;
      sum += x;
      nnz += +(x !== 0);
      nonNegative &= +(x >= 0);
    }
    stats[0] = normX2;
    stats[1] = sum;
    stats[2] = nnz;
    stats[3] = nonNegative;
  }
}

/**
 * CSR of X given its number of non-zeros. Branch-free: every cell is written at the cursor,
 * which only moves past non-zeros. Engagement matrices are about half zeros, so a branch on
 * each cell is mispredicted half the time, which made this pass three times slower.
 */
function fillCsr(X: Matrix, nnz: number): Csr {
  const { rows, cols } = X;
  const rowPtr = new Int32Array(rows + 1);
  // One spare slot: the cursor sits on it after the last non-zero and zeros are written there.
  const colIdx = new Int32Array(nnz + 1);
  const values = new Float64Array(nnz + 1);
  fillRows(X.data, rows, cols, rowPtr, colIdx, values);
  return { rows, cols, rowPtr, colIdx: colIdx.subarray(0, nnz), values: values.subarray(0, nnz) };
}

function fillRows(data: Float64Array, rows: number, cols: number, rowPtr: Int32Array, colIdx: Int32Array, values: Float64Array): void {
  let p = 0;
  for (let i = 0; i < rows; i++) {
    const ro = i * cols;
    for (let j = 0; j < cols; j++) {
      const x = data[ro + j]!;
      colIdx[p] = j;
      values[p] = x;
      p += +(x !== 0);
    }
    rowPtr[i + 1] = p;
  }
}

/**
 * out (rows × k, row-major) = X · B, B cols × k row-major. Register-blocked: up to eight
 * output columns are accumulated in locals while walking a row's non-zeros, which is 3–4×
 * faster in V8 than updating `out` in the innermost loop. Columns go in blocks of 8, and the
 * rest (1–7) in one more pass with a kernel of its own width: at k = 5 one pass costs 40%
 * less than a pass of 4 and a pass of 1. The `| 0` on each index tells V8 the sum is a 32-bit
 * integer, so it drops the overflow check on every load (8%).
 */
export function csrTimes(X: Csr, B: Float64Array, k: number, out: Float64Array): void {
  for (let t = 0; t < k; t += 8) csrColumns(X, B, k, t, Math.min(8, k - t), out);
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

/** The CSR form of Xᵀ, so Xᵀ·A is a row-wise product too (scattered writes are slower). */
export function transposeCsr(X: Csr): Csr {
  const { rows, cols, colIdx, values } = X;
  const nnz = values.length;
  const tPtr = new Int32Array(cols + 1);
  countColumns(colIdx, nnz, tPtr);
  for (let j = 0; j < cols; j++) tPtr[j + 1]! += tPtr[j]!;
  const next = tPtr.slice(0, cols);
  const tIdx = new Int32Array(nnz);
  const tVal = new Float64Array(nnz);
  scatterColumns(X, next, tIdx, tVal);
  return { rows: cols, cols: rows, rowPtr: tPtr, colIdx: tIdx, values: tVal };
}

/** counts[j + 1] += number of entries in column j (a leaf loop: see scanCells). */
function countColumns(colIdx: Int32Array, nnz: number, counts: Int32Array): void {
  for (let q = 0; q < nnz; q++) counts[colIdx[q]! + 1]!++;
}

/** Writes each entry of X at next[its column]++ of the transposed arrays (a leaf loop). */
function scatterColumns(X: Csr, next: Int32Array, tIdx: Int32Array, tVal: Float64Array): void {
  const { rows, rowPtr, colIdx, values } = X;
  for (let i = 0; i < rows; i++) {
    for (let q = rowPtr[i]!, end = rowPtr[i + 1]!; q < end; q++) {
      const dst = next[colIdx[q]!]!++;
      tIdx[dst] = i;
      tVal[dst] = values[q]!;
    }
  }
}

// ---------------------------------------------------------------------------------------
// Initialisation: randomized SVD, then NNDSVD.

/**
 * Orthonormalises the p columns of M (len × p, row-major) in place: modified Gram–Schmidt,
 * two passes (keeps the basis orthogonal to machine precision after power iterations), on a
 * column-major copy so every inner loop is contiguous.
 */
function orthonormalize(M: Float64Array, len: number, p: number, work: Float64Array): void {
  for (let i = 0; i < len; i++) for (let a = 0; a < p; a++) work[a * len + i] = M[i * p + a]!;
  for (let a = 0; a < p; a++) {
    const ao = a * len;
    for (let pass = 0; pass < 2; pass++) {
      for (let b = 0; b < a; b++) {
        const bo = b * len;
        let dot = 0;
        for (let i = 0; i < len; i++) dot += work[ao + i]! * work[bo + i]!;
        for (let i = 0; i < len; i++) work[ao + i]! -= dot * work[bo + i]!;
      }
    }
    let nrm = 0;
    for (let i = 0; i < len; i++) nrm += work[ao + i]! * work[ao + i]!;
    nrm = Math.sqrt(nrm);
    const scale = nrm > 1e-300 ? 1 / nrm : 0;
    for (let i = 0; i < len; i++) work[ao + i]! *= scale;
  }
  for (let i = 0; i < len; i++) for (let a = 0; a < p; a++) M[i * p + a] = work[a * len + i]!;
}

/** Scales each column of M (len × p, row-major) to unit length; zero columns stay zero. */
function scaleColumns(M: Float64Array, len: number, p: number): void {
  const norms = new Float64Array(p);
  for (let i = 0; i < len; i++) {
    const o = i * p;
    for (let a = 0; a < p; a++) norms[a]! += M[o + a]! * M[o + a]!;
  }
  for (let a = 0; a < p; a++) norms[a] = norms[a]! > 0 ? 1 / Math.sqrt(norms[a]!) : 0;
  for (let i = 0; i < len; i++) {
    const o = i * p;
    for (let a = 0; a < p; a++) M[o + a]! *= norms[a]!;
  }
}

/** Eigen-decomposition of a symmetric p×p matrix by cyclic Jacobi: values desc, vectors as columns. */
export function symmetricEigen(A: Float64Array, p: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(A);
  const v = new Float64Array(p * p);
  for (let i = 0; i < p; i++) v[i * p + i] = 1;
  let scale = 0;
  for (let i = 0; i < p * p; i++) scale += a[i]! ** 2;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) off += a[i * p + j]! ** 2;
    // Relative to the matrix's size: Gram matrices of counts have entries in the thousands.
    if (off <= 1e-30 * scale) break;
    for (let pi = 0; pi < p; pi++) {
      for (let q = pi + 1; q < p; q++) {
        const apq = a[pi * p + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const app = a[pi * p + pi]!;
        const aqq = a[q * p + q]!;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < p; r++) {
          const arp = a[r * p + pi]!;
          const arq = a[r * p + q]!;
          a[r * p + pi] = c * arp - s * arq;
          a[r * p + q] = s * arp + c * arq;
        }
        for (let r = 0; r < p; r++) {
          const apr = a[pi * p + r]!;
          const aqr = a[q * p + r]!;
          a[pi * p + r] = c * apr - s * aqr;
          a[q * p + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < p; r++) {
          const vrp = v[r * p + pi]!;
          const vrq = v[r * p + q]!;
          v[r * p + pi] = c * vrp - s * vrq;
          v[r * p + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const order = Array.from({ length: p }, (_, i) => i).sort((x, y) => a[y * p + y]! - a[x * p + x]!);
  const values = new Float64Array(p);
  const vectors = new Float64Array(p * p);
  order.forEach((src, dst) => {
    values[dst] = a[src * p + src]!;
    for (let r = 0; r < p; r++) vectors[r * p + dst] = v[r * p + src]!;
  });
  return { values, vectors };
}

/**
 * Extra columns in the randomized range finder, at least. scikit-learn uses 10; 4 to 7 (the
 * width is rounded up to a multiple of 4: k = 8 gives 12 columns, k = 5 gives 12) give the
 * same NNDSVD starting point on our reference and benchmark matrices (same iterations, same
 * error) for less work.
 */
const OVERSAMPLE = 4;

/**
 * Top-k singular triplets by a randomized range finder with power iterations, the method
 * scikit-learn's NNDSVD uses (Halko, Martinsson, Tropp 2011).
 * Returns U as k vectors of length rows and V as k vectors of length cols.
 */
export function randomizedSvd(
  X: Matrix | Csr,
  k: number,
  rng: Rng,
  transposed?: Csr,
): { U: Float64Array; S: Float64Array; V: Float64Array } {
  const A = 'data' in X ? toCsr(X) : X;
  const At = transposed ?? transposeCsr(A);
  const { rows: n, cols: m } = A;
  const p = Math.min(Math.ceil((k + OVERSAMPLE) / 4) * 4, n, m);
  const work = new Float64Array(Math.max(n, m) * p);
  // scikit-learn uses 7 power iterations when k < 10% of min(n, m), else 4. NNDSVD only needs
  // the leading singular vectors' sign patterns, and Halko et al. find one or two iterations
  // enough when the spectrum decays, as engagement matrices' does. With 1, twelve seeded
  // engagement matrices (200-500 × 100-300, k 5-10) take the same iterations to the same
  // error as with 2, within 0.01% of scikit-learn's (7 iterations); of the reference fixtures
  // one (uniform noise, no structure) lands in a different optimum 0.08% lower.
  const nIter = 1;
  // Y (n × p) and Z (m × p) are row-major so the sparse products stream through memory.
  const Z = new Float64Array(m * p);
  for (let i = 0; i < Z.length; i++) Z[i] = randNormal(rng);
  const Y = new Float64Array(n * p);
  // No orthonormalisation between the power iterations: scikit-learn's 'auto' normaliser is
  // 'none' for up to 2 iterations. The columns drift towards the top singular vectors by
  // (σ₁/σₚ)³ at most, which the two-pass Gram–Schmidt below absorbs in double precision.
  // Each column is only rescaled to unit length (the span is unchanged), so that large counts
  // cannot overflow nor tiny values underflow.
  csrTimes(A, Z, p, Y);
  scaleColumns(Y, n, p);
  for (let it = 0; it < nIter; it++) {
    csrTimes(At, Y, p, Z);
    scaleColumns(Z, m, p);
    csrTimes(A, Z, p, Y);
    scaleColumns(Y, n, p);
  }
  orthonormalize(Y, n, p, work);
  // Bᵀ = Xᵀ Q (m × p); B Bᵀ = Û Λ Ûᵀ gives the singular values, U = Q Û and V = Bᵀ Û / σ.
  const Bt = new Float64Array(m * p);
  csrTimes(At, Y, p, Bt);
  const BBt = new Float64Array(p * p);
  for (let j = 0; j < m; j++) {
    const o = j * p;
    for (let a = 0; a < p; a++) {
      const x = Bt[o + a]!;
      for (let b = a; b < p; b++) BBt[a * p + b]! += x * Bt[o + b]!;
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) BBt[a * p + b] = BBt[b * p + a]!;
  const { values, vectors } = symmetricEigen(BBt, p);
  const U = new Float64Array(k * n);
  const S = new Float64Array(k);
  const V = new Float64Array(k * m);
  for (let c = 0; c < Math.min(k, p); c++) {
    const sigma = Math.sqrt(Math.max(values[c]!, 0));
    S[c] = sigma;
    for (let i = 0; i < n; i++) {
      let u = 0;
      for (let a = 0; a < p; a++) u += Y[i * p + a]! * vectors[a * p + c]!;
      U[c * n + i] = u;
    }
    if (sigma > 0) {
      for (let j = 0; j < m; j++) {
        let v = 0;
        for (let a = 0; a < p; a++) v += Bt[j * p + a]! * vectors[a * p + c]!;
        V[c * m + j] = v / sigma;
      }
    }
  }
  return { U, S, V };
}

/** Initial W (rows × k) and H (k × cols): NNDSVD (Boutsidis & Gallopoulos 2008), as scikit-learn does it. */
export interface Svd {
  /** Left singular vectors, one after another (components × rows). */
  U: Float64Array;
  S: Float64Array;
  /** Right singular vectors (components × cols). */
  V: Float64Array;
}

function meanOf(X: Matrix): number {
  let mean = 0;
  for (let i = 0; i < X.data.length; i++) mean += X.data[i]!;
  return mean / (X.data.length || 1);
}

export function initialize(X: Matrix | PreparedMatrix, k: number, init: NmfInit, seed: number): { W: Matrix; H: Matrix } {
  const P = 'csr' in X ? X : prepare(X);
  const rng = mulberry32(seed);
  if (init === 'random') {
    const W = matrix(P.X.rows, k);
    const H = matrix(k, P.X.cols);
    const avg = Math.sqrt(P.mean / k);
    for (let i = 0; i < H.data.length; i++) H.data[i] = avg * Math.abs(randNormal(rng));
    for (let i = 0; i < W.data.length; i++) W.data[i] = avg * Math.abs(randNormal(rng));
    return { W, H };
  }
  return nndsvd(P.X, k, randomizedSvd(P.csr, k, rng, P.csrT), init, P.mean);
}

/**
 * NNDSVD from a precomputed SVD with at least k components; chooseK computes one SVD and
 * initialises every candidate k from it.
 */
export function nndsvd(
  X: Matrix,
  k: number,
  svd: Svd,
  init: 'nndsvd' | 'nndsvda',
  mean = init === 'nndsvda' ? meanOf(X) : 0,
): { W: Matrix; H: Matrix } {
  const { rows: n, cols: m } = X;
  const W = matrix(n, k);
  const H = matrix(k, m);
  const { U, S, V } = svd;
  for (let t = 0; t < k; t++) {
    const sigma = S[t]!;
    if (t === 0) {
      const r = Math.sqrt(sigma);
      for (let i = 0; i < n; i++) W.data[i * k] = r * Math.abs(U[i]!);
      for (let j = 0; j < m; j++) H.data[j] = r * Math.abs(V[j]!);
      continue;
    }
    let xp = 0, xn = 0, yp = 0, yn = 0;
    for (let i = 0; i < n; i++) {
      const x = U[t * n + i]!;
      if (x > 0) xp += x * x;
      else xn += x * x;
    }
    for (let j = 0; j < m; j++) {
      const y = V[t * m + j]!;
      if (y > 0) yp += y * y;
      else yn += y * y;
    }
    xp = Math.sqrt(xp); xn = Math.sqrt(xn); yp = Math.sqrt(yp); yn = Math.sqrt(yn);
    const mp = xp * yp;
    const mn = xn * yn;
    // The sign of a singular pair is arbitrary; NNDSVD keeps whichever half carries more mass.
    const positive = mp > mn;
    const sigmaPart = positive ? mp : mn;
    const lbd = Math.sqrt(sigma * sigmaPart);
    const xNorm = positive ? xp : xn;
    const yNorm = positive ? yp : yn;
    for (let i = 0; i < n; i++) {
      const x = U[t * n + i]!;
      const part = positive ? Math.max(x, 0) : Math.max(-x, 0);
      W.data[i * k + t] = xNorm > 0 ? (lbd * part) / xNorm : 0;
    }
    for (let j = 0; j < m; j++) {
      const y = V[t * m + j]!;
      const part = positive ? Math.max(y, 0) : Math.max(-y, 0);
      H.data[t * m + j] = yNorm > 0 ? (lbd * part) / yNorm : 0;
    }
  }
  const eps = 1e-6; // scikit-learn's default eps for NNDSVD
  for (const M of [W, H]) {
    for (let i = 0; i < M.data.length; i++) {
      if (M.data[i]! < eps) M.data[i] = init === 'nndsvda' ? mean : 0;
    }
  }
  return { W, H };
}

/**
 * Spare entries after a factor's last row that cdSweep may read (times zero) when k < 8.
 */
const PAD = 8;

/**
 * One sweep of cyclic coordinate descent on A (rows × k) for X ≈ A·Bᵀ, given BtB = BᵀB and
 * XB = X·B. This is scikit-learn's `_update_cdnmf_fast`; returns the projected-gradient
 * violation it uses for its stopping rule.
 *
 * For k ≤ 8 (every fit we make) the component's row of BᵀB sits in locals, zeros past k, and
 * the gradient's dot product is written out for 8 terms in a tree of partial sums: V8 cannot
 * keep BᵀB in registers itself (A and BtB might share a buffer), and one running sum is a
 * chain of dependent additions. Twice as fast as the loop. Past k the terms read the next
 * row (times zero), so A must have PAD spare entries after its last row.
 */
function cdSweep(A: Float64Array, rows: number, k: number, BtB: Float64Array, XB: Float64Array): number {
  if (k > 8) return cdSweepWide(A, rows, k, BtB, XB);
  let violation = 0;
  for (let t = 0; t < k; t++) {
    const bo = t * k;
    const hess = BtB[bo + t]!;
    const b0 = BtB[bo]!;
    const b1 = k > 1 ? BtB[bo + 1]! : 0;
    const b2 = k > 2 ? BtB[bo + 2]! : 0;
    const b3 = k > 3 ? BtB[bo + 3]! : 0;
    const b4 = k > 4 ? BtB[bo + 4]! : 0;
    const b5 = k > 5 ? BtB[bo + 5]! : 0;
    const b6 = k > 6 ? BtB[bo + 6]! : 0;
    const b7 = k > 7 ? BtB[bo + 7]! : 0;
    for (let i = 0; i < rows; i++) {
      const ao = i * k;
      const grad =
        -XB[ao + t]! +
        (b0 * A[ao]! + b1 * A[ao + 1]! + (b2 * A[ao + 2]! + b3 * A[ao + 3]!)) +
        (b4 * A[ao + 4]! + b5 * A[ao + 5]! + (b6 * A[ao + 6]! + b7 * A[ao + 7]!));
      const a = A[ao + t]!;
      violation += Math.abs(a === 0 ? Math.min(0, grad) : grad);
      if (hess !== 0) {
        const next = a - grad / hess;
        A[ao + t] = next > 0 ? next : 0;
      }
    }
  }
  return violation;
}

/** cdSweep for k > 8: the dot product in four partial sums. */
function cdSweepWide(A: Float64Array, rows: number, k: number, BtB: Float64Array, XB: Float64Array): number {
  let violation = 0;
  const k4 = k & ~3;
  for (let t = 0; t < k; t++) {
    const hess = BtB[t * k + t]!;
    const bo = t * k;
    for (let i = 0; i < rows; i++) {
      const ao = i * k;
      let g0 = -XB[ao + t]!, g1 = 0, g2 = 0, g3 = 0;
      let r = 0;
      for (; r < k4; r += 4) {
        g0 += BtB[bo + r]! * A[ao + r]!;
        g1 += BtB[bo + r + 1]! * A[ao + r + 1]!;
        g2 += BtB[bo + r + 2]! * A[ao + r + 2]!;
        g3 += BtB[bo + r + 3]! * A[ao + r + 3]!;
      }
      for (; r < k; r++) g0 += BtB[bo + r]! * A[ao + r]!;
      const grad = g0 + g1 + (g2 + g3);
      const a = A[ao + t]!;
      violation += Math.abs(a === 0 ? Math.min(0, grad) : grad);
      if (hess !== 0) {
        const next = a - grad / hess;
        A[ao + t] = next > 0 ? next : 0;
      }
    }
  }
  return violation;
}

/**
 * Coordinate-descent sweeps per factor per iteration (after the first). While W is updated,
 * H is fixed, so X·Hᵀ and HHᵀ stay valid: a second sweep costs rows·k² against nnz·k for
 * the product, and gets further per product (the accelerated HALS of Gillis & Glineur 2012).
 * On the benchmark matrix two sweeps reach scikit-learn's stop in 12 iterations instead of
 * 20; a third gains nothing.
 */
const SWEEPS = 2;

/**
 * out (k×k) = AᵀA for A stored rows × k, as one dot product per pair of columns in two
 * partial sums: no branch on zero entries (half of W is zeros, in no pattern), and no
 * addition that waits for the previous store to the same cell of out.
 */
function gram(A: Float64Array, rows: number, k: number, out: Float64Array): void {
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

/**
 * A matrix validated and converted once for repeated factorisations (chooseK fits the same
 * matrix a dozen times; the sparse copies are the largest allocations of a fit).
 */
export interface PreparedMatrix {
  X: Matrix;
  csr: Csr;
  csrT: Csr;
  normX2: number;
  /** Mean of all cells, NNDSVDa's fill value. */
  mean: number;
}

export function prepare(X: Matrix): PreparedMatrix {
  // One branch-free pass validates, counts non-zeros and sums. A NaN fails x >= 0, and an
  // infinite cell makes the sum infinite.
  const stats = Float64Array.of(0, 0, 0, 1);
  scanCells(X.data, X.rows, X.cols, stats);
  const [normX2, sum, nnz, nonNegative] = stats as unknown as [number, number, number, number];
  if (!nonNegative || !(sum < Infinity)) throw new Error('nmf: the matrix must be finite and non-negative');
  const csr = fillCsr(X, nnz);
  return { X, csr, csrT: transposeCsr(csr), normX2, mean: sum / (X.data.length || 1) };
}

export function nmf(input: Matrix | PreparedMatrix, options: NmfOptions): NmfResult {
  const P = 'csr' in input ? input : prepare(input);
  const { X, csr, csrT, normX2 } = P;
  const { rows: n, cols: m } = X;
  const k = options.k;
  if (!Number.isInteger(k) || k < 1) throw new Error(`nmf: k must be a positive integer, got ${k}`);
  const maxIter = options.maxIter ?? 500;
  const tol = options.tol ?? 1e-4;
  const stop = options.stop ?? 'error';
  const init = options.init ?? 'nndsvda';
  const { W, H } = options.start
    ? { W: matrix(n, k, options.start.W.data), H: matrix(k, m, options.start.H.data) }
    : initialize(P, k, init, options.seed ?? 0);

  // Work on Hᵀ (m×k) so both halves of the update share one row-major kernel; both working
  // copies have the spare entries cdSweep needs.
  const Wd = new Float64Array(n * k + PAD);
  Wd.set(W.data);
  const Ht = new Float64Array(m * k + PAD);
  for (let t = 0; t < k; t++) for (let j = 0; j < m; j++) Ht[j * k + t] = H.data[t * m + j]!;


  const HHt = new Float64Array(k * k);
  const WtW = new Float64Array(k * k);
  const XHt = new Float64Array(n * k);
  const XtW = new Float64Array(m * k);
  let violationInit = 0;
  let prevErr2 = Infinity;
  let iterations = 0;
  let converged = false;

  // HHᵀ is also needed by the error check at the end of an iteration: computed there, reused here.
  let hhtFresh = false;
  for (let it = 1; it <= maxIter; it++) {
    iterations = it;
    if (!hhtFresh) gram(Ht, m, k, HHt);
    hhtFresh = false;
    csrTimes(csr, Ht, k, XHt);
    // The first iteration is exactly scikit-learn's (one sweep each), so violationInit is
    // the same number as scikit-learn's. Later iterations add the violation of every sweep,
    // which is at least what the first sweep alone (scikit-learn's measure) reports: the stop
    // is as strict as scikit-learn's, or stricter.
    const sweeps = it === 1 ? 1 : SWEEPS;
    let violation = 0;
    for (let s = 0; s < sweeps; s++) violation += cdSweep(Wd, n, k, HHt, XHt);
    gram(Wd, n, k, WtW);
    csrTimes(csrT, Wd, k, XtW);
    for (let s = 0; s < sweeps; s++) violation += cdSweep(Ht, m, k, WtW, XtW);

    if (stop === 'violation') {
      if (it === 1) violationInit = violation;
      if (violationInit === 0 || violation / violationInit <= tol) {
        converged = true;
        break;
      }
      continue;
    }
    // ‖X − WH‖² = ‖X‖² − 2⟨XᵀW, Hᵀ⟩ + ⟨WᵀW, HHᵀ⟩, from products we already hold: O(k²·m).
    gram(Ht, m, k, HHt);
    hhtFresh = true;
    let cross = 0;
    for (let i = 0; i < m * k; i++) cross += XtW[i]! * Ht[i]!;
    let quad = 0;
    for (let i = 0; i < k * k; i++) quad += WtW[i]! * HHt[i]!;
    const err2 = Math.max(normX2 - 2 * cross + quad, 0);
    if (err2 <= 1e-14 * normX2 || (prevErr2 - err2) / Math.max(prevErr2, 1e-300) < tol * 2) {
      // err² changing by less than 2·tol means err itself changes by less than tol.
      converged = true;
      break;
    }
    prevErr2 = err2;
  }

  W.data.set(Wd.subarray(0, n * k));
  for (let t = 0; t < k; t++) for (let j = 0; j < m; j++) H.data[t * m + j] = Ht[j * k + t]!;
  // ‖X − WH‖² from the Gram identity costs O(nnz·k) instead of O(n·m·k); it loses precision
  // only when the fit is nearly exact, where we fall back to the direct sum. W has not
  // changed since the last iteration computed WᵀW and XᵀW from it (only H was updated after).
  if (iterations === 0) {
    gram(Wd, n, k, WtW);
    csrTimes(csrT, Wd, k, XtW);
  }
  gram(Ht, m, k, HHt);
  let cross = 0;
  for (let i = 0; i < m * k; i++) cross += XtW[i]! * Ht[i]!;
  let quad = 0;
  for (let i = 0; i < k * k; i++) quad += WtW[i]! * HHt[i]!;
  const viaGram = normX2 - 2 * cross + quad;
  const error = viaGram > 1e-8 * normX2 ? Math.sqrt(viaGram) : reconstructionError(X, W, H);
  const normX = Math.sqrt(normX2);
  return { W, H, error, relativeError: normX > 0 ? error / normX : 0, iterations, converged };
}
