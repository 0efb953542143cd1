/** Starting factors for NMF: NNDSVD(a) on a randomized SVD, scikit-learn's default, or random. */
import { matrix, type Matrix } from './matrix';
import { prepare, type PreparedMatrix } from './prepare';
import { mulberry32, randNormal } from '../random';
import { randomizedSvd, type Svd } from './svd';

export type NmfInit = 'nndsvda' | 'nndsvd' | 'random';

function meanOf(X: Matrix): number {
  let mean = 0;
  for (let i = 0; i < X.data.length; i++) mean += X.data[i]!;
  return mean / (X.data.length || 1);
}

/** Initial W (rows × k) and H (k × cols): NNDSVD (Boutsidis & Gallopoulos 2008), as scikit-learn does it, or random. */
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

