/**
 * A compact, mergeable summary of what a commenter's comments say about them. The traits
 * engine (lib/traits) speaks about one comment; the database keeps one row per commenter, so
 * per-comment traits are folded into this summary as comments arrive. It is small on purpose
 * (a few dozen bytes of JSON per member): 100,000 members must fit comfortably in IndexedDB.
 *
 * Pure: no Dexie, no browser. The background derives a summary per comment with
 * `summaryOfTraits` and merges with `mergeMemberTraits`; lib/personas reads members through
 * `toAudienceMember`.
 */
import type { AudienceMember } from '../personas/types';
import type { AuthenticityFlag, Gender, Traits } from '../traits/index';

export interface MemberTraitSummary {
  /** Comments folded in. */
  comments: number;
  /** From the display name: the same on every comment, so the most confident reading wins. */
  gender: Gender;
  genderP: number;
  /** The most confident language any of the member's comments was written in. */
  language: string;
  languageP: number;
  /** Mean probability per region over the member's comments (a comment without evidence counts 0), top 3. */
  regions: { region: string; p: number }[];
  /** Interest scores summed over comments (higher = stronger), top 5. */
  interests: { category: string; score: number }[];
  /** A stated age band; a newer statement replaces an older one. */
  ageBand: string | null;
  /** Comments the authenticity check called suspicious, and how often each flag fired. */
  suspiciousComments: number;
  flags: Partial<Record<AuthenticityFlag, number>>;
}

export const MAX_REGIONS = 3;
export const MAX_INTERESTS = 5;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The summary of a single comment (comments = 1). */
export function summaryOfTraits(traits: Traits): MemberTraitSummary {
  const flags: Partial<Record<AuthenticityFlag, number>> = {};
  for (const f of traits.authenticity.flags) flags[f] = (flags[f] ?? 0) + 1;
  return {
    comments: 1,
    gender: traits.gender,
    genderP: traits.genderP,
    language: traits.language,
    languageP: traits.language === 'unknown' ? 0 : traits.languageP,
    regions: topRegions(traits.regions.map((r) => ({ region: r.region, p: r.p }))),
    interests: topInterests(traits.interests.map((i) => ({ category: i.category, score: i.score }))),
    ageBand: traits.age?.band ?? null,
    suspiciousComments: traits.authenticity.suspicious ? 1 : 0,
    flags,
  };
}

// Ties are broken by name so that a merge never depends on the order rows were read in.
function topRegions(regions: { region: string; p: number }[]) {
  return regions
    .filter((r) => r.p > 0 && r.region !== 'unknown')
    .sort((a, b) => b.p - a.p || a.region.localeCompare(b.region))
    .slice(0, MAX_REGIONS);
}

function topInterests(interests: { category: string; score: number }[]) {
  return interests
    .filter((i) => i.score > 0)
    .sort((a, b) => b.score - a.score || a.category.localeCompare(b.category))
    .slice(0, MAX_INTERESTS);
}

function moreConfident(a: { value: string; p: number }, b: { value: string; p: number }) {
  if ((a.value === 'unknown') !== (b.value === 'unknown')) return a.value === 'unknown' ? b : a;
  if (a.p !== b.p) return a.p > b.p ? a : b;
  return a.value <= b.value ? a : b;
}

/**
 * `older` then `newer`: commutative in everything but the age band (newest statement wins),
 * so the same comments give the same summary whichever page showed them first.
 */
export function mergeMemberTraits(
  older: MemberTraitSummary | undefined,
  newer: MemberTraitSummary | undefined,
): MemberTraitSummary | undefined {
  if (!older) return newer;
  if (!newer) return older;
  const comments = older.comments + newer.comments;
  const gender = moreConfident({ value: older.gender, p: older.genderP }, { value: newer.gender, p: newer.genderP });
  const language = moreConfident(
    { value: older.language, p: older.languageP },
    { value: newer.language, p: newer.languageP },
  );

  // Means weighted by comment count; interests are sums.
  const regionSums = new Map<string, number>();
  for (const s of [older, newer]) {
    for (const r of s.regions) regionSums.set(r.region, (regionSums.get(r.region) ?? 0) + r.p * s.comments);
  }
  const interestSums = new Map<string, number>();
  for (const s of [older, newer]) {
    for (const i of s.interests) interestSums.set(i.category, (interestSums.get(i.category) ?? 0) + i.score);
  }
  const flags: Partial<Record<AuthenticityFlag, number>> = { ...older.flags };
  for (const [f, n] of Object.entries(newer.flags) as [AuthenticityFlag, number][]) flags[f] = (flags[f] ?? 0) + n;

  return {
    comments,
    gender: gender.value as Gender,
    genderP: gender.p,
    language: language.value,
    languageP: language.p,
    regions: topRegions([...regionSums].map(([region, sum]) => ({ region, p: round3(sum / comments) }))),
    interests: topInterests([...interestSums].map(([category, score]) => ({ category, score: round3(score) }))),
    ageBand: newer.ageBand ?? older.ageBand,
    suspiciousComments: older.suspiciousComments + newer.suspiciousComments,
    flags,
  };
}

/** More than half of a member's comments look bought or automated. */
export function isSuspiciousMember(s: MemberTraitSummary): boolean {
  return s.suspiciousComments * 2 > s.comments;
}

/** The member as lib/personas reads it; a member without traits is unknown on every dimension. */
export function toAudienceMember(key: string, s: MemberTraitSummary | undefined): AudienceMember {
  if (!s) return { key, gender: 'unknown', language: 'unknown', regions: [], interests: [], ageBand: null, suspicious: false };
  return {
    key,
    gender: s.gender,
    language: s.language,
    regions: s.regions.map((r) => ({ ...r })),
    interests: s.interests.map((i) => ({ ...i })),
    ageBand: s.ageBand,
    suspicious: isSuspiciousMember(s),
  };
}

/** A stored value is ours only if it has the summary's shape (v1 rows may hold anything). */
export function asMemberTraitSummary(value: unknown): MemberTraitSummary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<MemberTraitSummary>;
  if (
    typeof v.comments !== 'number' ||
    typeof v.gender !== 'string' ||
    typeof v.language !== 'string' ||
    !Array.isArray(v.regions) ||
    !Array.isArray(v.interests) ||
    typeof v.suspiciousComments !== 'number'
  ) {
    return undefined;
  }
  return v as MemberTraitSummary;
}
