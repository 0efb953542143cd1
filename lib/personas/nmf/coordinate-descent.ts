/** NMF by cyclic coordinate descent (scikit-learn's `solver='cd'`): the sweeps and the iteration loop. */
import { reconstructionError, type Matrix } from './matrix';
import type { PreparedMatrix } from './prepare';
import { csrTimes, gram } from './products';

/** Columns of BᵀB's row cdSweep holds in locals per pass; its body is written for exactly 8. */
const CHUNK = 8;

/**
 * One sweep of cyclic coordinate descent on A (rows × k) for X ≈ A·Bᵀ, given BtB = BᵀB and
 * XB = X·B. This is scikit-learn's `_update_cdnmf_fast`: component t of row i moves to the
 * minimum of the quadratic along that coordinate, clipped at zero, and later coordinates see
 * the new value. Returns the projected-gradient violation scikit-learn's stopping rule uses.
 *
 * The gradient's dot product takes the last chunk of up to 8 columns of BᵀB's row t from
 * locals: V8 cannot keep them in registers itself (A and BtB might share a buffer, so every
 * store to A could change them), and the 8 products are summed as a tree, not one chain of
 * dependent additions. A chunk narrower than 8 gets zero coefficients and reads its own last
 * column in their place, so nothing past k is read. For k ≤ 8 (every fit we make) that chunk is
 * the whole row. For k > 8 the columns before it are summed first, in a plain loop, into
 * `head`. docs/personas.md gives the measured cost of each choice.
 */
export function cdSweep(A: Float64Array, rows: number, k: number, BtB: Float64Array, XB: Float64Array, head: Float64Array): number {
  let violation = 0;
  // The last chunk: columns r … k − 1, at offsets clamped to its last column.
  const r = Math.floor((k - 1) / CHUNK) * CHUNK;
  const last = k - 1 - r;
  const o1 = r + Math.min(1, last), o2 = r + Math.min(2, last), o3 = r + Math.min(3, last), o4 = r + Math.min(4, last);
  const o5 = r + Math.min(5, last), o6 = r + Math.min(6, last), o7 = r + Math.min(7, last);
  for (let t = 0; t < k; t++) {
    const bo = t * k;
    const hess = BtB[bo + t]!;
    const b0 = BtB[bo + r]!;
    const b1 = last >= 1 ? BtB[bo + r + 1]! : 0;
    const b2 = last >= 2 ? BtB[bo + r + 2]! : 0;
    const b3 = last >= 3 ? BtB[bo + r + 3]! : 0;
    const b4 = last >= 4 ? BtB[bo + r + 4]! : 0;
    const b5 = last >= 5 ? BtB[bo + r + 5]! : 0;
    const b6 = last >= 6 ? BtB[bo + r + 6]! : 0;
    const b7 = last >= 7 ? BtB[bo + r + 7]! : 0;
    // Each row's gradient starts from −XB[i,t], read in place, or for k > 8 from −head[i],
    // with head[i] = XB[i,t] minus the columns before the chunk: one load either way, and no
    // branch in the row loop (V8 leaves a loop-invariant branch inside the loop).
    const from = r > 0 ? head : XB;
    const step = r > 0 ? 1 : k;
    const at = r > 0 ? 0 : t;
    if (r > 0) {
      for (let i = 0; i < rows; i++) {
        let h = XB[i * k + t]!;
        for (let c = 0; c < r; c++) h -= BtB[bo + c]! * A[i * k + c]!;
        head[i] = h;
      }
    }
    for (let i = 0; i < rows; i++) {
      const ao = i * k;
      // ∂/∂A[i,t] of ½‖X − ABᵀ‖² = (A·BᵀB)[i,t] − (X·B)[i,t]
      const grad =
        -from[i * step + at]! +
        (b0 * A[ao + r]! + b1 * A[ao + o1]! + (b2 * A[ao + o2]! + b3 * A[ao + o3]!)) +
        (b4 * A[ao + o4]! + b5 * A[ao + o5]! + (b6 * A[ao + o6]! + b7 * A[ao + o7]!));
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
 * docs/personas.md gives the iterations saved on the benchmark matrix; a third sweep gains
 * nothing.
 */
const SWEEPS = 2;

/**
 * ‖X − WH‖² = ‖X‖² − 2⟨XᵀW, Hᵀ⟩ + ⟨WᵀW, HHᵀ⟩, from products an iteration already holds:
 * O(k²·m) instead of the O(n·m·k) of the direct sum.
 */
function errorViaGram(normX2: number, XtW: Float64Array, Ht: Float64Array, WtW: Float64Array, HHt: Float64Array): number {
  let cross = 0;
  for (let i = 0; i < XtW.length; i++) cross += XtW[i]! * Ht[i]!;
  let quad = 0;
  for (let i = 0; i < WtW.length; i++) quad += WtW[i]! * HHt[i]!;
  return normX2 - 2 * cross + quad;
}

export interface CdOptions {
  maxIter: number;
  tol: number;
  stop: 'error' | 'violation';
}

/**
 * Fits W and H (updated in place) to the prepared matrix by cyclic coordinate descent, W then
 * H, component by component, and returns the Frobenius error of the result.
 */
export function solve(P: PreparedMatrix, W: Matrix, H: Matrix, options: CdOptions): { error: number; iterations: number; converged: boolean } {
  const { X, csr, csrT, normX2 } = P;
  const { rows: n, cols: m } = X;
  const k = W.cols;
  const { maxIter, tol, stop } = options;
  // W is updated in place; H through its transpose (m×k), so both halves of the update share
  // one row-major sweep.
  const Wd = W.data;
  const Ht = new Float64Array(m * k);
  for (let t = 0; t < k; t++) for (let j = 0; j < m; j++) Ht[j * k + t] = H.data[t * m + j]!;

  const HHt = new Float64Array(k * k);
  const WtW = new Float64Array(k * k);
  const XHt = new Float64Array(n * k);
  const XtW = new Float64Array(m * k);
  // cdSweep's gradient start per row, used only when k > 8.
  const head = new Float64Array(k > CHUNK ? Math.max(n, m) : 0);
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
    for (let s = 0; s < sweeps; s++) violation += cdSweep(Wd, n, k, HHt, XHt, head);
    gram(Wd, n, k, WtW);
    csrTimes(csrT, Wd, k, XtW);
    for (let s = 0; s < sweeps; s++) violation += cdSweep(Ht, m, k, WtW, XtW, head);

    if (stop === 'violation') {
      if (it === 1) violationInit = violation;
      if (violationInit === 0 || violation / violationInit <= tol) {
        converged = true;
        break;
      }
      continue;
    }
    gram(Ht, m, k, HHt);
    hhtFresh = true;
    const err2 = Math.max(errorViaGram(normX2, XtW, Ht, WtW, HHt), 0);
    if (err2 <= 1e-14 * normX2 || (prevErr2 - err2) / Math.max(prevErr2, 1e-300) < tol * 2) {
      // err² changing by less than 2·tol means err itself changes by less than tol.
      converged = true;
      break;
    }
    prevErr2 = err2;
  }

  for (let t = 0; t < k; t++) for (let j = 0; j < m; j++) H.data[t * m + j] = Ht[j * k + t]!;
  // ‖X − WH‖² from the Gram identity costs O(nnz·k) instead of O(n·m·k); it loses precision
  // only when the fit is nearly exact, where we fall back to the direct sum. W has not
  // changed since the last iteration computed WᵀW and XᵀW from it (only H was updated after).
  if (iterations === 0) {
    gram(Wd, n, k, WtW);
    csrTimes(csrT, Wd, k, XtW);
  }
  gram(Ht, m, k, HHt);
  const viaGram = errorViaGram(normX2, XtW, Ht, WtW, HHt);
  const error = viaGram > 1e-8 * normX2 ? Math.sqrt(viaGram) : reconstructionError(X, W, H);
  return { error, iterations, converged };
}

