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
 * product after the first iteration (see SWEEPS), so with scikit-learn's stopping rule we reach
 * its error in fewer iterations. Products walk only the non-zero cells (CSR), because
 * engagement matrices are mostly zeros.
 *
 * One concern per file: matrix (dense matrices), sparse (CSR), products (the kernels),
 * svd (randomized SVD), init (NNDSVD), prepare (validation), coordinate-descent (the solver).
 */

import { matrix, type Matrix } from './matrix';
import { solve } from './coordinate-descent';
import { initialize, type NmfInit } from './init';
import { prepare, type PreparedMatrix } from './prepare';

export { matrix, fromRows, frobenius, reconstructionError, type Matrix } from './matrix';
export { toCsr, transposeCsr, type Csr } from './sparse';
export { csrTimes } from './products';
export { symmetricEigen, randomizedSvd, type Svd } from './svd';
export { initialize, nndsvd, type NmfInit } from './init';
export { prepare, type PreparedMatrix } from './prepare';

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

export function nmf(input: Matrix | PreparedMatrix, options: NmfOptions): NmfResult {
  const P = 'csr' in input ? input : prepare(input);
  const { X, normX2 } = P;
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
  const { error, iterations, converged } = solve(P, W, H, { maxIter, tol, stop });
  const normX = Math.sqrt(normX2);
  return { W, H, error, relativeError: normX > 0 ? error / normX : 0, iterations, converged };
}
