/**
 * Personas from a creator's real demographics, the way Automatic Persona Generation starts:
 * the audience segments (age × gender × country) that hold the largest shares become
 * personas, each named and given its share. When the export gives only separate tables (age,
 * gender, geography), the joint shares are estimated as their product, which assumes the
 * dimensions are independent; each persona says which basis it rests on.
 */
import { distinctNames } from '../../personas/names';
import type { Gender, SegmentDimension } from '../../personas/types';
import type { DemographicCell, DemoGender, Demographics } from './demographics';

export interface OwnPersona {
  id: string;
  name: string;
  gender: Gender;
  ageBand: string | null;
  country: string | null;
  /** Share of the audience in this segment, 0..1. */
  share: number;
  basis: 'joint' | 'independent';
}

export const MAX_OWN_PERSONAS = 5;
/** A segment smaller than this is not a persona worth a card. */
export const MIN_PERSONA_SHARE = 0.03;

function top<K extends string>(shares: Partial<Record<K, number>>, limit: number): [K | null, number][] {
  const entries = (Object.entries(shares) as [K, number][]).filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]);
  return entries.length ? entries.slice(0, limit) : [[null, 1]];
}

function productCells(d: Demographics): DemographicCell[] {
  const cells: DemographicCell[] = [];
  for (const [age, pa] of top(d.age, 8))
    for (const [gender, pg] of top<DemoGender>(d.gender, 3))
      for (const [country, pc] of top(d.country, 10)) cells.push({ age, gender, country, share: pa * pg * pc });
  return cells;
}

export function ownPersonas(d: Demographics): OwnPersona[] {
  const joint = d.cells.length > 0;
  const cells = (joint ? d.cells : productCells(d))
    .filter((c) => c.age !== null || c.gender !== null || c.country !== null)
    .sort((a, b) => b.share - a.share);
  let chosen = cells.filter((c) => c.share >= MIN_PERSONA_SHARE).slice(0, MAX_OWN_PERSONAS);
  if (chosen.length === 0) chosen = cells.slice(0, 1);
  const genders: Gender[] = chosen.map((c) => (c.gender === 'female' || c.gender === 'male' ? c.gender : 'unknown'));
  const names = distinctNames(
    chosen.map((c, i) => ({ gender: genders[i]!, region: c.country ?? 'unknown', language: 'unknown' })),
    0,
  );
  return chosen.map((c, i) => ({
    id: `own-${i}-${c.age ?? 'x'}-${c.gender ?? 'x'}-${c.country ?? 'x'}`,
    name: names[i]!,
    gender: genders[i]!,
    ageBand: c.age,
    country: c.country,
    share: c.share,
    basis: joint ? 'joint' : 'independent',
  }));
}

export interface DemographicShares {
  dimension: Extract<SegmentDimension, 'age' | 'gender' | 'region'>;
  /** Largest first. */
  shares: { value: string; share: number }[];
  /** What the export did not cover (e.g. countries outside TikTok's top territories). */
  unknownShare: number;
}

/** The export in the shape the segment views use (value → share per dimension). */
export function demographicShares(d: Demographics): DemographicShares[] {
  const one = (dimension: DemographicShares['dimension'], values: Record<string, number | undefined>): DemographicShares => {
    const shares = Object.entries(values)
      .filter((e): e is [string, number] => (e[1] ?? 0) > 0)
      .map(([value, share]) => ({ value, share }))
      .sort((a, b) => b.share - a.share || a.value.localeCompare(b.value));
    const sum = shares.reduce((a, s) => a + s.share, 0);
    return { dimension, shares, unknownShare: shares.length ? Math.max(0, 1 - sum) : 1 };
  };
  return [one('age', d.age), one('gender', d.gender), one('region', d.country)];
}
