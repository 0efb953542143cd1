/**
 * Audience overlap of several creators as a matrix: a real table (row and column headers,
 * so screen readers announce "A × B"), each cell shaded by the Jaccard share and stating the
 * shared count. The diagonal is each creator's own audience size. No chart library.
 */
import { formatPercent } from '../i18n/format';

export interface OverlapMatrixProps {
  /** Column and row labels, in order. */
  labels: { id: string; label: string }[];
  /** Members per id (the diagonal). */
  audience: Record<string, number>;
  pairs: { a: string; b: string; shared: number; jaccard: number }[];
  caption: string;
  cellText(shared: number, jaccard: string): string;
  cellLabel(a: string, b: string, shared: number, jaccard: string): string;
  selfText(n: number): string;
}


const pairKey = (a: string, b: string): string => `${a}\u0000${b}`;
export function OverlapMatrix(props: OverlapMatrixProps) {
  const pair = new Map<string, { shared: number; jaccard: number }>();
  for (const p of props.pairs) {
    pair.set(pairKey(p.a, p.b), p);
    pair.set(pairKey(p.b, p.a), p);
  }
  return (
    <table class="overlap-matrix" data-testid="overlap-matrix">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <td />
          {props.labels.map((l) => (
            <th scope="col" key={l.id} dir="auto">
              {l.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.labels.map((row) => (
          <tr key={row.id}>
            <th scope="row" dir="auto">
              {row.label}
            </th>
            {props.labels.map((col) => {
              if (col.id === row.id) {
                return (
                  <td key={col.id} class="overlap-self">
                    {props.selfText(props.audience[row.id] ?? 0)}
                  </td>
                );
              }
              const p = pair.get(pairKey(row.id, col.id)) ?? { shared: 0, jaccard: 0 };
              const j = formatPercent(p.jaccard, 1);
              return (
                <td key={col.id} title={props.cellLabel(row.label, col.label, p.shared, j)}>
                  <svg class="overlap-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                    <rect width="14" height="14" rx="3" class="overlap-swatch-track" />
                    <rect width="14" height="14" rx="3" class="overlap-swatch-fill" opacity={Math.min(1, 0.15 + p.jaccard * 3)} />
                  </svg>{' '}
                  {props.cellText(p.shared, j)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
