/**
 * A profile's audience as distributions over gender, language, region, interest and age:
 * counts of members per value, how many are unknown, and the share of each value with a 95%
 * Wilson interval (lib/metrics/wilson.ts, the same interval the fit uses).
 *
 * Counts are kept per profile and moved incrementally: each member contributes a fixed set
 * of values (`contributionOf`), and a member whose traits change is subtracted with their old
 * contribution and added with the new one. Because a contribution depends only on the
 * member's stored summary, counts built incrementally equal counts recomputed from scratch
 * (`countsOf`), which the tests check on random batch sequences.
 *
 * Pure: no Dexie, no browser.
 */
import type { SegmentDimension, SegmentDistribution } from '../personas/types';
import { wilsonInterval } from '../metrics/wilson';
import { isSuspiciousMember, type MemberTraitSummary } from './member-traits';

export const SEGMENT_DIMENSIONS = ['gender', 'language', 'region', 'interest', 'age'] as const satisfies readonly SegmentDimension[];

/** A member counts in a region only when one region carries this much of their probability. */
export const REGION_MIN_P = 0.3;
/** The traits engine's own reporting floor for an interest (one keyword ≈ 0.45). */
export const INTEREST_MIN_SCORE = 0.4;

/** What one member adds to a profile's counts. An empty list means "unknown" on that dimension. */
export interface MemberContribution {
  suspicious: boolean;
  values: Record<SegmentDimension, string[]>;
}

export interface DimensionCounts {
  /** Members with a known value. */
  n: number;
  unknown: number;
  counts: Record<string, number>;
}

export interface SegmentCounts {
  /** Distinct members who engaged with the profile, suspicious ones included. */
  members: number;
  /** Members who look bought or automated; they are left out of every dimension. */
  suspicious: number;
  dimensions: Record<SegmentDimension, DimensionCounts>;
}

export function contributionOf(s: MemberTraitSummary | undefined): MemberContribution {
  const values: Record<SegmentDimension, string[]> = { gender: [], language: [], region: [], interest: [], age: [] };
  if (!s) return { suspicious: false, values };
  if (s.gender !== 'unknown') values.gender.push(s.gender);
  if (s.language !== 'unknown') values.language.push(s.language);
  const top = s.regions[0];
  if (top && top.p >= REGION_MIN_P) values.region.push(top.region);
  values.interest.push(...new Set(s.interests.filter((i) => i.score >= INTEREST_MIN_SCORE).map((i) => i.category)));
  values.interest.sort();
  if (s.ageBand) values.age.push(s.ageBand);
  return { suspicious: isSuspiciousMember(s), values };
}

export function sameContribution(a: MemberContribution, b: MemberContribution): boolean {
  if (a.suspicious !== b.suspicious) return false;
  return SEGMENT_DIMENSIONS.every((d) => a.values[d].join('\u0000') === b.values[d].join('\u0000'));
}

export function emptySegmentCounts(): SegmentCounts {
  const dim = (): DimensionCounts => ({ n: 0, unknown: 0, counts: {} });
  return {
    members: 0,
    suspicious: 0,
    dimensions: { gender: dim(), language: dim(), region: dim(), interest: dim(), age: dim() },
  };
}

/** Adds (sign 1) or removes (sign -1) one member, in place. Values that reach 0 disappear. */
export function applyContribution(counts: SegmentCounts, c: MemberContribution, sign: 1 | -1): SegmentCounts {
  counts.members += sign;
  if (c.suspicious) {
    counts.suspicious += sign;
    return counts;
  }
  for (const dim of SEGMENT_DIMENSIONS) {
    const d = counts.dimensions[dim];
    const values = c.values[dim];
    if (values.length === 0) {
      d.unknown += sign;
      continue;
    }
    d.n += sign;
    for (const v of values) {
      const next = (d.counts[v] ?? 0) + sign;
      if (next === 0) delete d.counts[v];
      else d.counts[v] = next;
    }
  }
  return counts;
}

/** Stored counts plus a signed delta of the same form (a batch's moves), as a new object. */
export function addSegmentCounts(base: SegmentCounts, delta: SegmentCounts): SegmentCounts {
  const out = structuredClone(base);
  out.members += delta.members;
  out.suspicious += delta.suspicious;
  for (const dim of SEGMENT_DIMENSIONS) {
    const o = out.dimensions[dim];
    const d = delta.dimensions[dim];
    o.n += d.n;
    o.unknown += d.unknown;
    for (const [v, n] of Object.entries(d.counts)) {
      const next = (o.counts[v] ?? 0) + n;
      if (next === 0) delete o.counts[v];
      else o.counts[v] = next;
    }
  }
  return out;
}

/** Counts from scratch: the reference the incremental path must always equal. */
export function countsOf(members: Iterable<MemberTraitSummary | undefined>): SegmentCounts {
  const counts = emptySegmentCounts();
  for (const m of members) applyContribution(counts, contributionOf(m), 1);
  return counts;
}

export interface SegmentShare {
  value: string;
  count: number;
  /** count / n, with its 95% Wilson interval. */
  p: number;
  low: number;
  high: number;
}

/** One dimension as the UI and the fit read it: lib/personas' SegmentDistribution plus shares. */
export interface SegmentView extends SegmentDistribution {
  /** Largest first; for interests a member can count in several, so shares may sum past 1. */
  shares: SegmentShare[];
}

export function distributions(counts: SegmentCounts): SegmentView[] {
  return SEGMENT_DIMENSIONS.map((dimension) => {
    const d = counts.dimensions[dimension];
    const shares = Object.entries(d.counts)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([value, count]) => ({ value, count, ...wilsonInterval(count, d.n) }));
    return { dimension, n: d.n, unknown: d.unknown, counts: { ...d.counts }, shares };
  });
}
