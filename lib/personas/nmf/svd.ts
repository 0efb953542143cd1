/** Top-k singular triplets of a sparse matrix: a randomized range finder and a small Jacobi eigensolver. */
import type { Matrix } from './matrix';
import { randNormal, type Rng } from '../random';
import { csrTimes, gram } from './products';
import { toCsr, transposeCsr, type Csr } from './sparse';

/** A truncated SVD, the input of NNDSVD. */
export interface Svd {
  /** Left singular vectors, one after another (components × rows). */
  U: Float64Array;
  S: Float64Array;
  /** Right singular vectors (components × cols). */
  V: Float64Array;
}

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
 * Extra columns in the randomized range finder, at least (the width is rounded up to a
 * multiple of 4). scikit-learn uses 10. NNDSVD keeps only the sign pattern of the leading
 * singular vectors, and after the power iteration none is needed on our reference and
 * benchmark matrices: the same starting point, iterations and error as with 4 to 7
 * (docs/personas.md), for two thirds of the work at k = 8.
 */
const OVERSAMPLE = 0;

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
): Svd {
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
  // one (uniform noise, no structure) lands in a slightly lower optimum (docs/personas.md).
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
  gram(Bt, m, p, BBt);
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

