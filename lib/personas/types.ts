/**
 * The shapes the persona modules accept and return. Inputs are deliberately minimal and
 * structural: the traits engine (lib/traits), the storage layer (lib/db) and the popup map
 * their own records onto these, so this module depends on none of them.
 */

export type Gender = 'female' | 'male' | 'unknown';

/** One commenter as the traits engine describes them. Never carries a name or handle in clear. */
export interface AudienceMember {
  /** Stable opaque key (e.g. a hash of platform + handle). */
  key: string;
  gender: Gender;
  /** ISO 639-1 code, or 'unknown'. */
  language: string;
  /** Probable regions (ISO 3166-1 alpha-2 codes or 'unknown'), probabilities summing to ≤ 1. */
  regions: { region: string; p: number }[];
  /** Interest categories with a score (higher = stronger); scale is the traits engine's. */
  interests: { category: string; score: number }[];
  /** An age band such as '18-24', when one could be inferred. */
  ageBand?: string | null;
  /** Likely a bot or spam account: excluded from personas and fit. */
  suspicious?: boolean;
}

/** How often one member engaged with one post (comments, replies …). */
export interface Engagement {
  memberKey: string;
  postId: string;
  count: number;
}

export interface PersonaPost {
  id: string;
  hashtags: string[];
  text?: string;
}

export interface PersonaComment {
  memberKey: string;
  postId: string;
  text: string;
}

export interface PersonaInput {
  members: AudienceMember[];
  engagements: Engagement[];
  posts: PersonaPost[];
  comments: PersonaComment[];
}

export interface PersonaOptions {
  /** Seeds every random choice (SVD, stability runs, name picks). Default 0. */
  seed?: number;
  /** Upper bound on the number of personas. Default 5. */
  maxK?: number;
  /** Below this many (non-suspicious, engaging) members no personas are invented. Default 30. */
  minMembers?: number;
}

export interface PainPoint {
  /** What the members raised ("questions about “shipping”" in words: components/coded-messages.ts). */
  kind: 'question' | 'complaint' | 'request';
  /** The word most of them used, or null for the others of this kind. */
  topic: string | null;
  /** Distinct members of the persona who raised it. */
  count: number;
  /** A real comment (non-toxic) that raised it. */
  example: string;
}

/**
 * One trait of a persona, read from its members: `share` is the share of the members with a
 * known value who have `value`. `value` is a code when at least 60% of them share it
 * (STATED_SHARE), 'mixed' when not (then `share` is the top value's), 'unknown' when no
 * member's value is known.
 */
export interface TraitShare {
  value: string;
  share: number;
  /** Members of the persona with a known value: the sample the share rests on. */
  known: number;
  /** The most common known values with their shares, largest first (at most 3). */
  top: { value: string; share: number }[];
}

export interface PersonaTraits {
  gender: TraitShare;
  language: TraitShare;
  region: TraitShare;
  ageBand: TraitShare;
  /**
   * Each interest at least 60% of the members with a known interest have; when none is,
   * one 'mixed' entry (or 'unknown' when no member has a known interest).
   */
  interests: TraitShare[];
}

export interface Persona {
  id: string;
  /**
   * A first name that claims only what holds: gendered only when ≥ 70% of the members with a
   * known gender share it, typical of a region or language only when that is stated, neutral
   * otherwise. Never a commenter's name.
   */
  name: string;
  /** The stated gender, or 'unknown' when the persona's gender is mixed or unknown. */
  gender: Gender;
  /** The stated region (ISO 3166-1 alpha-2), or 'unknown' when mixed or unknown. */
  region: string;
  /** The stated language (ISO 639-1), or 'unknown' when mixed or unknown. */
  language: string;
  /** Stated interests, then up to two hashtags of the defining posts ('#tag'). */
  interests: string[];
  /** Every described trait with the share that backs it. */
  traits: PersonaTraits;
  quote: { text: string; memberKey: string } | null;
  /** Share of the audience (engaged, non-suspicious members) this persona stands for, 0..1; shares sum to 1. */
  share: number;
  /** Share of the engagement by this persona's members, 0..1: heavy commenters weigh more here. */
  engagementShare: number;
  /** Members assigned to this persona (their most probable latent class). */
  sampleSize: number;
  /** Post ids this persona's members engage with most specifically (lift over the audience). */
  definingPosts: string[];
  painPoints: PainPoint[];
  /** Comments the pain points were read from (a seeded sample when the persona has very many). */
  painPointSample: number;
}

export interface SampleSize {
  members: number;
  engagements: number;
  posts: number;
}

export type PersonasResult =
  | { status: 'ok'; personas: Persona[]; k: number; sample: SampleSize }
  | { status: 'insufficient'; reason: InsufficientReason; needed: number; sample: SampleSize };

/**
 * Why there are no personas yet, as a code the interface words (components/text.ts): too few
 * engaged commenters (sample.members of `needed`) or engagement on too few posts (sample.posts
 * of `needed`).
 */
export type InsufficientReason = 'too-few-members' | 'too-few-posts';
export const INSUFFICIENT_REASONS = ['too-few-members', 'too-few-posts'] as const satisfies readonly InsufficientReason[];

export type SegmentDimension = 'gender' | 'language' | 'region' | 'interest' | 'age';

/** Counts of members per value of one dimension, as the storage layer keeps them per profile. */
export interface SegmentDistribution {
  dimension: SegmentDimension;
  /** Members with a known value. */
  n: number;
  /** Members whose value is unknown. */
  unknown: number;
  /** Members per value; for multi-valued dimensions (interest) a member may count once per value. */
  counts: Record<string, number>;
}

export interface FitWeights {
  gender: number;
  language: number;
  region: number;
  interest: number;
  age: number;
}

export interface TargetPersona {
  id: string;
  name: string;
  /** Desired gender mix, e.g. { female: 0.8, male: 0.2 }; normalised before use. */
  genders?: Partial<Record<'female' | 'male', number>>;
  languages?: string[];
  regions?: string[];
  interests?: string[];
  ageBands?: string[];
  weights: FitWeights;
}

export interface FitReason {
  dimension: SegmentDimension;
  /** true: the audience matches the target on this dimension (share ≥ 0.5); false otherwise. */
  match: boolean | 'unknown';
  /** Share of members with known values that match, 0..1 (NaN-free: 0 when unknown). */
  share: number;
  /** Members with a known value for this dimension. */
  n: number;
  /** Members without a known value for this dimension, not counted (all of them when match is 'unknown'). */
  unknown: number;
  /** What the target asked for: its values (languages, regions as the brand wrote them, interests,
   *  age bands), or for gender its female share, 0..1. Components word the reason from these. */
  target: { values: string[]; female?: number };
  /** Gender only: the audience's female share among members with a known gender, 0..1. */
  femaleShare?: number;
}

export interface FitResult {
  /** 0..100, or null when no weighted dimension has any known data. */
  score: number | null;
  low: number | null;
  high: number | null;
  /** Members (or, from segments, the largest per-dimension n) the score rests on. */
  n: number;
  reasons: FitReason[];
}
