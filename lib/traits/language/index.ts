/**
 * Language of a comment. The detector is eld (Apache-2.0) with its medium n-gram table: on our
 * UDHR evaluation (docs/accuracy.md, `npm run eval`) it was the most accurate of tinyld, eld
 * and franc-min at every length, and faster than both (timings there). Short texts say too
 * little, so below MIN_LETTERS letters, or when eld calls its answer unreliable, it is unknown.
 * A function-word pass (stopwords.ts) and scripts that only one language writes (Hangul,
 * kana, Thai, Hebrew, Greek, Georgian, Armenian) answer the clear cases first, because eld's
 * n-gram scoring is most of the engine's cost; the eval measures them together. eld's answer is
 * computed by eld-scores.ts from eld's own table, the same answer for a fraction of the cost.
 */
import { closePairLanguage } from './close-pairs';
import { groupAnswerPrecision, groupLanguage, GROUP_LANGUAGES } from './close-groups';
import { eldDetect } from './eld-scores';
import { provesMacedonian } from './macedonian';
import { stopwordLanguage } from './stopwords';
import { collapseSpaces } from '../text';
import { tokenize } from '../tokens';

export const DETECTOR = 'eld medium';

export interface LanguageGuess {
  /** ISO 639-1 code, or 'unknown'. */
  language: string;
  p: number;
}

export const MIN_LETTERS = 15;
const MIN_SCRIPT_LETTERS = 4;
/** Measured 100% on UDHR (docs/accuracy.md); shaded down as for the table below. */
const SCRIPT_P = 0.97;
/** What the detector reads: enough for a sure answer, and it bounds the cost of long comments. */
export const MAX_DETECTED_CHARS = 160;

// Precision measured by `npm run eval` on UDHR text by letters read; it is the probability we
// attach, since eld's own scores are not probabilities. Formal prose is easier than comments,
// so each is shaded down by two points.
const P_BY_LETTERS: readonly [minLetters: number, p: number][] = [
  [40, 0.97],
  [30, 0.95],
  [MIN_LETTERS, 0.92],
];

// URLs, mentions and hashtags are not in the comment's language; digits and emoji carry none.
const NOT_LANGUAGE = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_.]+|[^\p{L}\p{M}\s'’.,!?¿¡-]+/gu;
const NOT_LETTERS = /\P{L}+/gu;
const SURROGATE = /[\ud800-\udfff]/;
const DIGITS_ONLY = /^\p{N}+$/u;

export function stripForDetection(text: string): string {
  const head = text.length > MAX_DETECTED_CHARS * 2 ? text.slice(0, MAX_DETECTED_CHARS * 2) : text;
  return collapseSpaces(head.replace(NOT_LANGUAGE, ' ')).trim().slice(0, MAX_DETECTED_CHARS);
}

/** Letters (\p{L}) in the text, each code point once. */
export function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return n + countLettersSlow(text.slice(i));
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) n++;
  }
  return n;
}

function countLettersSlow(text: string): number {
  const letters = text.replace(NOT_LETTERS, '');
  if (!SURROGATE.test(letters)) return letters.length;
  let n = 0;
  for (const _ of letters) n++;
  return n;
}

// Scripts written by one language only (kana: Japanese alone mixes it with Han), so the
// script is the answer and eld need not be asked.
const SINGLE_LANGUAGE_SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
  // Han is written by Chinese and Japanese, but Japanese text mixes in kana (tested above, and
  // any kana at all keeps Han from being read as Chinese): Han without kana is Chinese.
  [/\p{Script=Han}/gu, 'zh'],
];
// One scan for any of them: most text has none, and then the seven scans below are not needed.
const ANY_SINGLE_LANGUAGE_SCRIPT = new RegExp(SINGLE_LANGUAGE_SCRIPTS.map(([pattern]) => pattern.source).join('|'), 'u');
const NON_ASCII = /[^\x00-\x7f]/;

function scriptLanguage(text: string, letters: number): string | null {
  if (!NON_ASCII.test(text) || !ANY_SINGLE_LANGUAGE_SCRIPT.test(text)) return null;
  for (const [pattern, language] of SINGLE_LANGUAGE_SCRIPTS) {
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    // Japanese is kana among Han, and Chinese software talk is Han among Latin terms; a fifth of
    // the letters is plenty, since no other language writes either.
    const share = (text.match(pattern)?.length ?? 0) / letters;
    return share >= (language === 'ja' || language === 'zh' ? 0.2 : 0.5) ? language : null;
  }
  return null;
}

/** Letters in already tokenised words: the same count without another pass over the text. */
function lettersIn(words: readonly string[]): number {
  let n = 0;
  for (const w of words) {
    // A word that starts with an ASCII letter is not all digits; only the rest need the test.
    const c = w.charCodeAt(0) | 0x20;
    if ((c >= 97 && c <= 122) || !DIGITS_ONLY.test(w)) n += w.length;
  }
  return n;
}

/**
 * `words` are the comment's tokens (tokens.ts) when the caller has them; they let the
 * function-word pass and the length check skip a second pass over the text.
 */
export function detectLanguage(text: string, words?: readonly string[]): LanguageGuess {
  const tokens = words ?? tokenize(text).words;
  const letters = lettersIn(tokens);
  // A few Hangul or kana letters already name the language; Latin letters need many more.
  const byScript = letters >= MIN_SCRIPT_LETTERS ? scriptLanguage(text, letters) : null;
  if (byScript) return { language: byScript, p: SCRIPT_P };
  if (letters < MIN_LETTERS) return { language: 'unknown', p: 0 };
  const p = probabilityFor(letters);
  const quick = stopwordLanguage(tokens);
  if (quick) return secondLook(quick, text, tokens, p);
  const stripped = stripForDetection(text);
  if (countLetters(stripped) < MIN_LETTERS) return { language: 'unknown', p: 0 };
  const result = eldDetect(stripped);
  if (!result.language || !result.reliable) return { language: 'unknown', p: 0 };
  // eld has no Macedonian; where the letters prove it, no second look could answer otherwise.
  if (provesMacedonian(result.language, text)) return { language: 'mk', p };
  return secondLook(result.language, text, tokens, p);
}

const IN_GROUP = new Set(GROUP_LANGUAGES);

/**
 * An answer in a group eld confuses gets the group's model (close-groups.ts), and no more
 * probability than that model's answers earned; Hindi / Marathi get the word lists.
 */
function secondLook(answer: string, text: string, tokens: readonly string[], p: number): LanguageGuess {
  if (!IN_GROUP.has(answer)) return { language: closePairLanguage(answer, tokens), p };
  const language = groupLanguage(answer, text, tokens);
  return { language, p: Math.min(p, groupAnswerPrecision(language)) };
}

function probabilityFor(letters: number): number {
  for (const [min, p] of P_BY_LETTERS) if (letters >= min) return p;
  return 0;
}
