/**
 * How well a creator's audience fits a brand's target persona, 0–100, with an interval and the
 * reasons. Per dimension the score uses the share of the audience that matches the target:
 *   gender    overlap of the audience's female/male mix with the target mix (Σ min(a, t));
 *   language  share of members writing in a target language;
 *   region    share of members' region probability that falls in target regions;
 *   interest  share of members for whom a target interest is a main interest
 *             (score ≥ half of their strongest interest's);
 *   age       share of members in a target age band.
 * Only members with a known value count for a dimension, and the reason says how many; a
 * weighted dimension without any known value is reported as 'unknown' and left out of the
 * weighted mean rather than guessed. The score is the weighted mean of the shares × 100.
 *
 * `fitScore` works from members and gets its interval from a seeded bootstrap over members;
 * `fitFromSegments` works from the stored per-profile segment counts (cheap for 100,000
 * engagements) with Wilson intervals combined per dimension.
 */
import { quantileSorted } from 'simple-statistics';
import { mulberry32 } from './random';
import { expandRegions } from './targets';
import type {
  AudienceMember,
  FitReason,
  FitResult,
  SegmentDimension,
  SegmentDistribution,
  TargetPersona,
} from './types';
import { wilsonInterval } from '../metrics/wilson';

const DIMENSIONS: readonly SegmentDimension[] = ['gender', 'language', 'region', 'interest', 'age'];
/** A target interest counts as a "main" interest at this fraction of the member's strongest. */
export const MAIN_INTEREST_FRACTION = 0.5;

interface Spec {
  female: number;
  male: number;
  languages: Set<string>;
  regions: Set<string>;
  /** The regions as the brand wrote them ('LATAM'), for reasons; `regions` holds the expansion. */
  regionLabels: string[];
  interests: Set<string>;
  ageBands: Set<string>;
  /** Dimensions the target specifies with a positive weight. */
  active: { dim: SegmentDimension; weight: number }[];
}

function specOf(target: TargetPersona): Spec {
  const f = target.genders?.female ?? 0;
  const m = target.genders?.male ?? 0;
  const total = f + m;
  const spec: Spec = {
    female: total > 0 ? f / total : 0,
    male: total > 0 ? m / total : 0,
    languages: new Set((target.languages ?? []).map((l) => l.toLowerCase())),
    regions: expandRegions(target.regions ?? []),
    regionLabels: (target.regions ?? []).map((r) => r.toUpperCase()),
    interests: new Set((target.interests ?? []).map((i) => i.toLowerCase())),
    ageBands: new Set(target.ageBands ?? []),
    active: [],
  };
  const specified: Record<SegmentDimension, boolean> = {
    gender: total > 0,
    language: spec.languages.size > 0,
    region: spec.regions.size > 0,
    interest: spec.interests.size > 0,
    age: spec.ageBands.size > 0,
  };
  for (const dim of DIMENSIONS) {
    const weight = target.weights[dim];
    if (specified[dim] && weight > 0) spec.active.push({ dim, weight });
  }
  return spec;
}

/** What the target asked for on a dimension, for the reason's wording: the target's female share
 *  (gender) or its values (languages, regions as the brand wrote them, interests, age bands). */
function targetOf(dim: SegmentDimension, spec: Spec): FitReason['target'] {
  switch (dim) {
    case 'gender':
      return { values: [], female: spec.female };
    case 'language':
      return { values: [...spec.languages] };
    case 'region':
      return { values: [...spec.regionLabels] };
    case 'interest':
      return { values: [...spec.interests] };
    case 'age':
      return { values: [...spec.ageBands] };
  }
}

function knownReason(dim: SegmentDimension, spec: Spec, share: number, n: number, unknown: number, femaleShare?: number): FitReason {
  return {
    dimension: dim,
    match: share >= 0.5,
    share,
    n,
    unknown,
    target: targetOf(dim, spec),
    ...(dim === 'gender' ? { femaleShare: femaleShare ?? 0 } : {}),
  };
}

function unknownReason(dim: SegmentDimension, spec: Spec, unknown: number): FitReason {
  return { dimension: dim, match: 'unknown', share: 0, n: 0, unknown, target: targetOf(dim, spec) };
}

/** Orders reasons by how much they move the score: heavy weights far from 50% first, unknowns last. */
function sortReasons(reasons: FitReason[], spec: Spec): FitReason[] {
  const weight = new Map(spec.active.map((a) => [a.dim, a.weight]));
  const impact = (r: FitReason): number => (r.match === 'unknown' ? -1 : (weight.get(r.dimension) ?? 0) * Math.abs(r.share - 0.5));
  return reasons.sort((a, b) => impact(b) - impact(a));
}

function weightedScore(spec: Spec, shares: Partial<Record<SegmentDimension, number>>): number | null {
  let num = 0;
  let den = 0;
  for (const { dim, weight } of spec.active) {
    const s = shares[dim];
    if (s === undefined) continue;
    num += weight * s;
    den += weight;
  }
  return den > 0 ? (100 * num) / den : null;
}

/** Per-member sufficient statistics: each dimension is a ratio of sums, so a bootstrap only re-sums. */
interface MemberStats {
  female: Float64Array;
  male: Float64Array;
  num: Record<Exclude<SegmentDimension, 'gender'>, Float64Array>;
  den: Record<Exclude<SegmentDimension, 'gender'>, Float64Array>;
}

function memberStats(members: readonly AudienceMember[], spec: Spec): MemberStats {
  const n = members.length;
  const arr = (): Float64Array => new Float64Array(n);
  const stats: MemberStats = {
    female: arr(),
    male: arr(),
    num: { language: arr(), region: arr(), interest: arr(), age: arr() },
    den: { language: arr(), region: arr(), interest: arr(), age: arr() },
  };
  members.forEach((m, i) => {
    if (m.gender === 'female') stats.female[i] = 1;
    if (m.gender === 'male') stats.male[i] = 1;
    if (m.language && m.language !== 'unknown') {
      stats.den.language[i] = 1;
      stats.num.language[i] = spec.languages.has(m.language.toLowerCase()) ? 1 : 0;
    }
    let known = 0;
    let inTarget = 0;
    for (const r of m.regions) {
      if (r.region === 'unknown' || !(r.p > 0)) continue;
      known += r.p;
      if (spec.regions.has(r.region.toUpperCase())) inTarget += r.p;
    }
    if (known > 0) {
      // Normalised per member so a member counts once however their probability is spread.
      stats.den.region[i] = 1;
      stats.num.region[i] = inTarget / known;
    }
    let top = 0;
    for (const it of m.interests) top = Math.max(top, it.score);
    if (top > 0) {
      stats.den.interest[i] = 1;
      stats.num.interest[i] = m.interests.some(
        (it) => spec.interests.has(it.category.toLowerCase()) && it.score >= MAIN_INTEREST_FRACTION * top,
      )
        ? 1
        : 0;
    }
    if (m.ageBand) {
      stats.den.age[i] = 1;
      stats.num.age[i] = spec.ageBands.has(m.ageBand) ? 1 : 0;
    }
  });
  return stats;
}

interface Sums {
  female: number;
  male: number;
  num: Record<Exclude<SegmentDimension, 'gender'>, number>;
  den: Record<Exclude<SegmentDimension, 'gender'>, number>;
}

function shareOf(dim: SegmentDimension, s: Sums, spec: Spec): number | undefined {
  if (dim === 'gender') {
    const known = s.female + s.male;
    if (known === 0) return undefined;
    return Math.min(s.female / known, spec.female) + Math.min(s.male / known, spec.male);
  }
  return s.den[dim] > 0 ? s.num[dim] / s.den[dim] : undefined;
}

function sharesOf(s: Sums, spec: Spec): Partial<Record<SegmentDimension, number>> {
  const out: Partial<Record<SegmentDimension, number>> = {};
  for (const { dim } of spec.active) {
    const v = shareOf(dim, s, spec);
    if (v !== undefined) out[dim] = v;
  }
  return out;
}

export interface FitOptions {
  seed?: number;
  /** Bootstrap resamples. Default 200; 0 skips the interval (low = high = score). */
  bootstrap?: number;
}

export function fitScore(members: readonly AudienceMember[], target: TargetPersona, options: FitOptions = {}): FitResult {
  const audience = members.filter((m) => !m.suspicious);
  const spec = specOf(target);
  const stats = memberStats(audience, spec);
  const N = audience.length;

  const sum = (a: Float64Array): number => a.reduce((s, x) => s + x, 0);
  const full: Sums = {
    female: sum(stats.female),
    male: sum(stats.male),
    num: { language: sum(stats.num.language), region: sum(stats.num.region), interest: sum(stats.num.interest), age: sum(stats.num.age) },
    den: { language: sum(stats.den.language), region: sum(stats.den.region), interest: sum(stats.den.interest), age: sum(stats.den.age) },
  };
  const shares = sharesOf(full, spec);
  const score = weightedScore(spec, shares);

  const reasons: FitReason[] = spec.active.map(({ dim }) => {
    const known = dim === 'gender' ? full.female + full.male : full.den[dim];
    const share = shares[dim];
    if (share === undefined) return unknownReason(dim, spec, N);
    return knownReason(dim, spec, share, known, N - known, full.female / (full.female + full.male));
  });

  if (score === null) return { score: null, low: null, high: null, n: N, reasons: sortReasons(reasons, spec) };

  // Percentile bootstrap over members: resample the audience with replacement and recompute.
  // The per-member statistics are packed ten to a row so a resample is one tight loop.
  const B = options.bootstrap ?? 200;
  const rng = mulberry32(options.seed ?? 0);
  const boot: number[] = [];
  const packed = new Float64Array(N * 10);
  for (let i = 0; i < N; i++) {
    const o = i * 10;
    packed[o] = stats.female[i]!;
    packed[o + 1] = stats.male[i]!;
    packed[o + 2] = stats.num.language[i]!;
    packed[o + 3] = stats.den.language[i]!;
    packed[o + 4] = stats.num.region[i]!;
    packed[o + 5] = stats.den.region[i]!;
    packed[o + 6] = stats.num.interest[i]!;
    packed[o + 7] = stats.den.interest[i]!;
    packed[o + 8] = stats.num.age[i]!;
    packed[o + 9] = stats.den.age[i]!;
  }
  for (let b = 0; b < B; b++) {
    let f = 0, ml = 0, ln = 0, ld = 0, rn = 0, rd = 0, inum = 0, id = 0, an = 0, ad = 0;
    for (let r = 0; r < N; r++) {
      const o = Math.floor(rng() * N) * 10;
      f += packed[o]!;
      ml += packed[o + 1]!;
      ln += packed[o + 2]!;
      ld += packed[o + 3]!;
      rn += packed[o + 4]!;
      rd += packed[o + 5]!;
      inum += packed[o + 6]!;
      id += packed[o + 7]!;
      an += packed[o + 8]!;
      ad += packed[o + 9]!;
    }
    const s: Sums = {
      female: f,
      male: ml,
      num: { language: ln, region: rn, interest: inum, age: an },
      den: { language: ld, region: rd, interest: id, age: ad },
    };
    const v = weightedScore(spec, sharesOf(s, spec));
    if (v !== null) boot.push(v);
  }
  boot.sort((a, b) => a - b);
  const low = boot.length > 0 ? Math.min(score, quantileSorted(boot, 0.025)) : score;
  const high = boot.length > 0 ? Math.max(score, quantileSorted(boot, 0.975)) : score;
  return { score, low, high, n: N, reasons: sortReasons(reasons, spec) };
}

/**
 * The same score from per-profile segment counts. The interval combines each dimension's
 * Wilson half-width in quadrature, weighted like the score (dimensions treated as independent,
 * which is an approximation: the same members appear in every dimension).
 * For 'interest', counts may hold a member once per interest; the matching share is then
 * capped at 1 and can overstate the fit when members have several target interests.
 */
export function fitFromSegments(segments: readonly SegmentDistribution[], target: TargetPersona): FitResult {
  const spec = specOf(target);
  const byDim = new Map(segments.map((s) => [s.dimension, s]));
  const shares: Partial<Record<SegmentDimension, number>> = {};
  const halfWidths: Partial<Record<SegmentDimension, number>> = {};
  const reasons: FitReason[] = [];
  let nMax = 0;

  for (const { dim } of spec.active) {
    const seg = byDim.get(dim);
    const n = seg?.n ?? 0;
    const unknown = seg?.unknown ?? 0;
    if (!seg || n <= 0) {
      reasons.push(unknownReason(dim, spec, unknown));
      continue;
    }
    nMax = Math.max(nMax, n);
    let share: number;
    let femaleShare: number | undefined;
    if (dim === 'gender') {
      const f = seg.counts.female ?? 0;
      const m = seg.counts.male ?? 0;
      const known = f + m;
      if (known <= 0) {
        reasons.push(unknownReason(dim, spec, unknown));
        continue;
      }
      femaleShare = f / known;
      share = Math.min(femaleShare, spec.female) + Math.min(1 - femaleShare, spec.male);
    } else {
      const targetValues = dim === 'language' ? spec.languages : dim === 'region' ? spec.regions : dim === 'interest' ? spec.interests : spec.ageBands;
      let matched = 0;
      for (const [value, count] of Object.entries(seg.counts)) {
        const v = dim === 'region' ? value.toUpperCase() : dim === 'age' ? value : value.toLowerCase();
        if (targetValues.has(v)) matched += count;
      }
      share = Math.min(1, matched / n);
    }
    shares[dim] = share;
    const w = wilsonInterval(share * n, n);
    halfWidths[dim] = (w.high - w.low) / 2;
    reasons.push(knownReason(dim, spec, share, n, unknown, femaleShare));
  }

  const score = weightedScore(spec, shares);
  if (score === null) return { score: null, low: null, high: null, n: nMax, reasons: sortReasons(reasons, spec) };
  let wSum = 0;
  for (const { dim, weight } of spec.active) if (shares[dim] !== undefined) wSum += weight;
  let variance = 0;
  for (const { dim, weight } of spec.active) {
    const h = halfWidths[dim];
    if (h !== undefined) variance += ((weight / wSum) * h) ** 2;
  }
  const half = 100 * Math.sqrt(variance);
  return {
    score,
    low: Math.max(0, score - half),
    high: Math.min(100, score + half),
    n: nMax,
    reasons: sortReasons(reasons, spec),
  };
}
