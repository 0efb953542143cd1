/** Dense row-major matrices: construction and the exact Frobenius error. */
/** A dense row-major matrix. */
export interface Matrix {
  rows: number;
  cols: number;
  data: Float64Array;
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

