/** Validation and the sparse copies of an NMF input, made once per matrix. */
import type { Matrix } from './matrix';
import { fillCsr, scanCells, transposeCsr, type Csr } from './sparse';

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

