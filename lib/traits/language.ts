/**
 * Language of a comment. The detector is eld (Apache-2.0): on our UDHR evaluation it was the
 * most accurate of tinyld, eld and franc-min on short text and by far the fastest
 * (docs/accuracy.md, `npm run eval`). Short texts say too little, so below MIN_LETTERS
 * letters, or when eld itself calls the result unreliable, the answer is unknown.
 */
import eld from 'eld/small';

export interface LanguageGuess {
  /** ISO 639-1 code, or 'unknown'. */
  language: string;
  p: number;
}

export const MIN_LETTERS = 20;
/** What the detector reads: enough for a sure answer, and it bounds the cost of long comments. */
export const MAX_DETECTED_CHARS = 200;

// Accuracy measured by `npm run eval` on UDHR text cut to these letter counts; it is the
// probability we attach, since eld's own scores are not probabilities.
const P_BY_LETTERS: readonly [minLetters: number, p: number][] = [
  [80, 0.98],
  [40, 0.96],
  [MIN_LETTERS, 0.9],
];

// URLs, mentions and hashtags are not in the comment's language; digits and emoji carry none.
const NOT_LANGUAGE = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_.]+|[^\p{L}\p{M}\s'’.,!?¿¡-]+/gu;
const LETTER = /\p{L}/gu;

export function stripForDetection(text: string): string {
  const head = text.length > MAX_DETECTED_CHARS * 2 ? text.slice(0, MAX_DETECTED_CHARS * 2) : text;
  return head.replace(NOT_LANGUAGE, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_DETECTED_CHARS);
}

export function countLetters(text: string): number {
  let n = 0;
  LETTER.lastIndex = 0;
  while (LETTER.exec(text) !== null) n++;
  return n;
}

export function detectLanguage(text: string): LanguageGuess {
  const stripped = stripForDetection(text);
  if (stripped.length < MIN_LETTERS) return { language: 'unknown', p: 0 };
  const letters = countLetters(stripped);
  if (letters < MIN_LETTERS) return { language: 'unknown', p: 0 };
  const result = eld.detect(stripped);
  if (!result.language || !result.isReliable()) return { language: 'unknown', p: 0 };
  const p = P_BY_LETTERS.find(([min]) => letters >= min)?.[1] ?? 0;
  return { language: result.language, p };
}
