/**
 * A persona described by its members, not by its biggest group: for each trait, the share of
 * the members with a known value who have each value. A value is stated only when most of
 * them share it; otherwise the trait is 'mixed' and shows its top values, so a card never
 * calls a half-and-half persona "women".
 *
 * Members count as the segment histograms count them (lib/segments): a region when one
 * region carries at least 30% of the member's probability, an interest at the traits
 * engine's reporting floor. The card and the histograms beside it then agree.
 */
import type { AudienceMember, Gender, PersonaTraits, TraitShare } from './types';

/** A value is stated when at least this share of the members with a known value have it. */
export const STATED_SHARE = 0.6;
/**
 * Nor is a value stated from fewer members than this with a known value: "25-34 100%" from one
 * member of 44 claims far more than it shows (the same floor as a fit reason's ✓ or ✗,
 * lib/report/fit-mark.ts). Below it the trait is 'unknown', with the few it rests on counted.
 */
export const MIN_KNOWN_TO_STATE = 5;
/** A gendered first name needs a clearer majority than a stated trait. */
export const NAME_GENDER_SHARE = 0.7;
export const REGION_MIN_P = 0.3;
export const INTEREST_MIN_SCORE = 0.4;
const TOP_VALUES = 3;

/** 'OTHER' is the traits engine's "somewhere else": a histogram bar, never a stated place. */
const NOT_A_PLACE = new Set(['unknown', 'OTHER']);

class Counter {
  readonly counts = new Map<string, number>();
  known = 0;
  add(value: string): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }
}

function ranked(c: Counter): { value: string; share: number }[] {
  return [...c.counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([value, n]) => ({ value, share: n / c.known }));
}

/** One single-valued trait: stated, mixed or unknown. */
export function traitShare(c: Counter): TraitShare {
  if (c.known < MIN_KNOWN_TO_STATE) return { value: 'unknown', share: 0, known: c.known, top: [] };
  const all = ranked(c);
  const top = all.slice(0, TOP_VALUES);
  const first = all[0]!;
  const stated = first.share >= STATED_SHARE && !NOT_A_PLACE.has(first.value);
  return { value: stated ? first.value : 'mixed', share: first.share, known: c.known, top };
}

function memberRegion(m: AudienceMember): string | null {
  let best: { region: string; p: number } | null = null;
  for (const r of m.regions) if (r.region !== 'unknown' && (!best || r.p > best.p)) best = r;
  return best && best.p >= REGION_MIN_P ? best.region : null;
}

export function describePersona(members: Iterable<AudienceMember>): PersonaTraits {
  const gender = new Counter();
  const language = new Counter();
  const region = new Counter();
  const age = new Counter();
  const interest = new Counter();
  for (const m of members) {
    if (m.gender !== 'unknown') {
      gender.known++;
      gender.add(m.gender);
    }
    if (m.language !== 'unknown') {
      language.known++;
      language.add(m.language);
    }
    const r = memberRegion(m);
    if (r) {
      region.known++;
      region.add(r);
    }
    if (m.ageBand) {
      age.known++;
      age.add(m.ageBand);
    }
    // A member counts once per interest (the traits engine lists each category once).
    let holds = false;
    for (const i of m.interests) {
      if (i.score < INTEREST_MIN_SCORE) continue;
      holds = true;
      interest.add(i.category);
    }
    if (holds) interest.known++;
  }
  const interestShares = ranked(interest);
  const enough = interest.known >= MIN_KNOWN_TO_STATE;
  const stated = enough ? interestShares.filter((s) => s.share >= STATED_SHARE) : [];
  const interests: TraitShare[] = stated.length
    ? stated.map((s) => ({ value: s.value, share: s.share, known: interest.known, top: [s] }))
    : [
        enough
          ? { value: 'mixed', share: interestShares[0]!.share, known: interest.known, top: interestShares.slice(0, TOP_VALUES) }
          : { value: 'unknown', share: 0, known: interest.known, top: [] },
      ];
  return {
    gender: traitShare(gender),
    language: traitShare(language),
    region: traitShare(region),
    ageBand: traitShare(age),
    interests,
  };
}

/** What a persona's name may claim: a gender at ≥ 70%, a region or language only when stated. */
export function personaNameSpec(traits: PersonaTraits): { gender: Gender; region: string; language: string } {
  const g = traits.gender;
  const gender: Gender = (g.value === 'female' || g.value === 'male') && g.share >= NAME_GENDER_SHARE ? g.value : 'unknown';
  return { gender, region: statedValue(traits.region), language: statedValue(traits.language) };
}

/** The stated value, or 'unknown' when the trait is mixed or unknown. */
export function statedValue(t: TraitShare): string {
  return t.value === 'mixed' ? 'unknown' : t.value;
}
