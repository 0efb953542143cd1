/** The sparse (CSR) form of a matrix and of its transpose, built branch-free. */
import type { Matrix } from './matrix';

/**
 * Compressed sparse rows. Every product (./products) walks only the non-zero cells: engagement
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
 * The long loops over cells in this folder are leaves that end with their loop: V8 compiles a long
 * loop while it runs (on-stack replacement), before the statements after it have ever run,
 * and Node 20's V8 then bails out of that code at the first such statement on every later
 * call, running the next call's loop unoptimised again. prepare and fillCsr did that on
 * every call for dozens of calls (docs/personas.md gives the cost). Per-row statements inside
 * the outer loop are fine: they run in the first rows, before the compilation.
 */

/** stats ← [Σx², Σx, non-zeros, 1 if every cell is ≥ 0 (NaN is not)]; stats starts [0, 0, 0, 1]. */
export function scanCells(data: Float64Array, rows: number, cols: number, stats: Float64Array): void {
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
 * each cell is mispredicted half the time.
 */
export function fillCsr(X: Matrix, nnz: number): Csr {
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

