/**
 * Sorting a shortlist's rows. Unknown values sort last in both directions: a creator we know
 * nothing about is not the "lowest" one, and must not top an ascending list.
 */
import type { ShortlistRow } from './rows';

export type SortKey = 'fit' | 'engagement' | 'followers' | 'growth';
export type SortDirection = 'asc' | 'desc';

export function sortValue(row: ShortlistRow, key: SortKey, personaId?: string): number | null {
  switch (key) {
    case 'fit': {
      const fit = personaId ? row.fits.find((f) => f.personaId === personaId) : row.fits[0];
      return fit?.score ?? null;
    }
    case 'engagement':
      return row.engagement.rate;
    case 'followers':
      return row.followers;
    case 'growth':
      return row.growth.relativePer30Days ?? row.growth.per30Days;
  }
}

export function sortRows(rows: readonly ShortlistRow[], key: SortKey, direction: SortDirection, personaId?: string): ShortlistRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, key, personaId) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      return sign * (a.value - b.value) || a.index - b.index;
    })
    .map((x) => x.row);
}
