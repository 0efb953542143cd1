/**
 * Analytics exports arrive one table at a time: YouTube Studio saves age, gender and geography
 * as three files that are all called "Table data.csv". Importing them one after another must
 * add up, so each import replaces only the tables it carries and keeps the others.
 * Pure: no browser, no Dexie.
 */
import type { Demographics } from './demographics';

export type DemographicTable = 'age' | 'gender' | 'country';
export const DEMOGRAPHIC_TABLES: readonly DemographicTable[] = ['age', 'gender', 'country'];

/** The tables an export states at least one share for. */
export function tablesIn(demographics: Demographics): DemographicTable[] {
  return DEMOGRAPHIC_TABLES.filter((table) => Object.keys(demographics[table]).length > 0);
}

/**
 * `next`'s tables over `previous`'s. Joint cells (plain CSV) describe all three tables at once,
 * so they are kept only while none of their tables was replaced by a table from elsewhere.
 */
export function mergeDemographics(previous: Demographics | null, next: Demographics): Demographics {
  if (!previous) return next;
  const replaced = tablesIn(next);
  const kept = tablesIn(previous).filter((table) => !replaced.includes(table));
  const merged: Demographics = { ...next, age: { ...next.age }, gender: { ...next.gender }, country: { ...next.country } };
  for (const table of kept) Object.assign(merged[table], previous[table]);
  if (next.cells.length === 0) merged.cells = replaced.length === 0 ? previous.cells : [];
  // Rows read: this file's, plus those behind the tables kept from earlier imports.
  merged.rows = next.rows + (kept.length ? previous.rows : 0);
  return merged;
}
