/** NMF by cyclic coordinate descent (scikit-learn's `solver='cd'`): the sweeps and the iteration loop. */
import { reconstructionError, type Matrix } from './matrix';
import type { PreparedMatrix } from './prepare';
import { csrTimes, gram } from './products';

/**
 * Spare entries after a factor's last row that cdSweep may read (times zero) when k < 8.
 */
export const PAD = 8;

/**
 * One sweep of cyclic coordinate descent on A (rows × k) for X ≈ A·Bᵀ, given BtB = BᵀB and
 * XB = X·B. This is scikit-learn's `_update_cdnmf_fast`; returns the projected-gradient
 * violation it uses for its stopping rule.
 *
 * For k ≤ 8 (every fit we make) the component's row of BᵀB sits in locals, zeros past k, and
 * the gradient's dot product is written out for 8 terms in a tree of partial sums: V8 cannot
 * keep BᵀB in registers itself (A and BtB might share a buffer), and one running sum is a
 * chain of dependent additions (docs/personas.md gives the gain). Past k the terms read the next
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
 * docs/personas.md gives the iterations saved on the benchmark matrix; a third sweep gains
 * nothing.
 */
const SWEEPS = 2;


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
  return { error, iterations, converged };
}

