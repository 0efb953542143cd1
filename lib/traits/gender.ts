/**
 * First name to gender. The lookup is gender-detection-from-name's per-locale tables (MIT,
 * built from public first-name registers in six locales), bundled so the extension works
 * offline. The package says one label per name per locale; a name that different locales
 * label differently ("andrea": female in English, male in Italian) is what makes a guess
 * uncertain, so the probability comes from how the locales agree.
 */
import de from 'gender-detection-from-name/names/de.js';
import en from 'gender-detection-from-name/names/en.js';
import es from 'gender-detection-from-name/names/es.js';
import fr from 'gender-detection-from-name/names/fr.js';
import it from 'gender-detection-from-name/names/it.js';
import tr from 'gender-detection-from-name/names/tr.js';
import { parseDisplayName } from './display-name';

export type Gender = 'female' | 'male' | 'unknown';
export interface GenderGuess {
  gender: Gender;
  /** Probability of the stated gender; for unknown, the best probability seen (or 0). */
  p: number;
}

/** Below this the name is ambiguous and we say unknown. */
export const GENDER_MIN_P = 0.8;
// With one locale's word only, p = 1.25 / 1.5 ≈ 0.83; one dissenting locale drops below 0.8.
const PRIOR = 0.25;
const TITLE_P = 0.95;
// A name found only as a prefix of a run-together handle ("annasmith") may be a coincidence.
const PREFIX_DISCOUNT = 0.9;

let femaleShare: Map<string, number> | null = null;

/** Built on first use: building it costs a few milliseconds we need not pay at import. */
function table(): Map<string, number> {
  if (femaleShare) return femaleShare;
  const votes = new Map<string, [number, number]>();
  for (const locale of [en, es, fr, de, it, tr]) {
    for (const [name, gender] of locale) {
      const key = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      let v = votes.get(key);
      if (!v) votes.set(key, (v = [0, 0]));
      v[gender === 'female' ? 0 : 1] += 1;
    }
  }
  femaleShare = new Map();
  for (const [name, [f, m]] of votes) femaleShare.set(name, (f + PRIOR) / (f + m + 2 * PRIOR));
  return femaleShare;
}

/** P(female) for a first name in the lookup, or undefined when the lookup does not know it. */
export function femaleProbability(firstName: string): number | undefined {
  return table().get(firstName.toLowerCase());
}

function verdict(pFemale: number, discount = 1): GenderGuess {
  const female = pFemale >= 0.5;
  const p = (female ? pFemale : 1 - pFemale) * discount;
  return { gender: p >= GENDER_MIN_P ? (female ? 'female' : 'male') : 'unknown', p: round2(p) };
}

export function inferGender(name?: unknown, handle?: unknown): GenderGuess {
  const parsed = parseDisplayName(name, handle);
  if (parsed.hostile || parsed.brand) return { gender: 'unknown', p: 0 };
  if (parsed.title) return { gender: parsed.title, p: TITLE_P };
  for (const candidate of parsed.candidates) {
    const pFemale = femaleProbability(candidate);
    if (pFemale !== undefined) return verdict(pFemale);
  }
  if (parsed.handleRun) {
    const run = parsed.handleRun;
    // Longest known prefix leaving at least two letters: "christinamoore" is Christina, not Chris.
    for (let end = Math.min(run.length - 2, 12); end >= 4; end--) {
      const pFemale = femaleProbability(run.slice(0, end));
      if (pFemale !== undefined) return verdict(pFemale, PREFIX_DISCOUNT);
    }
  }
  return { gender: 'unknown', p: 0 };
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
