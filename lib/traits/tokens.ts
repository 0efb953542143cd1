/**
 * Words and hashtags of a comment, lowercased and accent-folded, so every keyword table in the
 * traits engine is written once in plain lowercase ASCII-ish form.
 */
import { astralIsPart, bmpIsPart, isTokenCharAt, LATIN_END, LATIN_PARTS } from './token-chars';
import { foldAccents } from './text';

export interface Tokens {
  words: string[];
  hashtags: string[];
}

// What a character is to the scanner: a separator, a part of a token, or a part that makes the
// token go through finishToken's rules ('#', ''' and '’'), so plain words skip them.
const SEPARATOR = 0;
const PART = 1;
const SPECIAL = 2;
const LATIN_KINDS = LATIN_PARTS.slice();
LATIN_KINDS['#'.charCodeAt(0)] = SPECIAL;
LATIN_KINDS["'".charCodeAt(0)] = SPECIAL;

export function tokenize(text: string): Tokens {
  return tokenizeFolded(foldAccents(text.toLowerCase()));
}

/**
 * The same for text already lowercased and folded, so a caller that has it folds once.
 *
 * Tokens are the runs of letters, marks and digits of any script, '#', ''' and '’'
 * (token-chars.ts); every other character separates. This was a split on
 * /[^\p{L}\p{M}\p{N}#'’]+/u and gives the same output to the character (tokens.test.ts
 * keeps the split as its reference), but one pass over char codes costs a third of that split,
 * which was a fifth of inferTraits: a table answers for Latin text, ranges for punctuation and
 * emoji, and only other characters ask the regex.
 *
 * A string built by concatenation (a + b) answers charCodeAt through a runtime call in V8,
 * which halves the gain on it; foldAccents() therefore returns a flat string. Comments reach the
 * engine flat (from JSON, a message or IndexedDB), and the benchmark flattens the ones it builds.
 */
export function tokenizeFolded(folded: string): Tokens {
  const words: string[] = [];
  const hashtags: string[] = [];
  const length = folded.length;
  let start = -1;
  // Whether the token holds a SPECIAL character.
  let special = false;
  // Locals rather than the imported bindings in the loop (see token-chars.ts).
  const latinKinds = LATIN_KINDS;
  const latinEnd = LATIN_END;
  let i = 0;
  while (i < length) {
    const unit = folded.charCodeAt(i);
    let width = 1;
    let kind: number;
    if (unit < latinEnd) {
      kind = latinKinds[unit] ?? SEPARATOR;
    } else if (unit < 0xd800 || unit > 0xdfff) {
      if (unit === 0x2019) kind = SPECIAL;
      else kind = (bmpIsPart(unit) ?? isTokenCharAt(folded, i)) ? PART : SEPARATOR;
    } else {
      const next = folded.charCodeAt(i + 1);
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        width = 2;
        const codePoint = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        kind = (astralIsPart(codePoint) ?? isTokenCharAt(folded, i)) ? PART : SEPARATOR;
      } else {
        // To the /u split a lone surrogate was a code point of its own, and not a letter.
        kind = SEPARATOR;
      }
    }
    if (kind !== SEPARATOR) {
      if (start < 0) {
        start = i;
        special = false;
      }
      if (kind === SPECIAL) special = true;
    } else if (start >= 0) {
      if (special) finishToken(folded.slice(start, i), words, hashtags);
      else words.push(folded.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) {
    if (special) finishToken(folded.slice(start), words, hashtags);
    else words.push(folded.slice(start));
  }
  return { words, hashtags };
}

const EDGE_APOSTROPHES = /^['’]+|['’]+$/g;

/** Apostrophes stay inside words ("i'm", "aujourd'hui") and '#' stays in front of a hashtag. */
function finishToken(token: string, words: string[], hashtags: string[]): void {
  // replace() with a string pattern turns only the first '’' into '''. That is kept as it
  // was: the keyword tables and the stored results were made with this output.
  if (token.includes("'") || token.includes('’')) token = token.replace('’', "'").replace(EDGE_APOSTROPHES, '');
  const hash = token.lastIndexOf('#');
  if (hash === 0 && token.length > 1 && !token.includes('#', 1)) {
    hashtags.push(token.slice(1));
  } else if (hash >= 0) {
    // "#a#b" or "word#tag": split on '#' and keep the parts as words and tags.
    const parts = token.split('#');
    if (parts[0]) words.push(parts[0]);
    for (const tag of parts.slice(1)) if (tag) hashtags.push(tag);
  } else if (token.length > 0) {
    words.push(token);
  }
}

/** Hashtags supplied separately by capture arrive with or without '#'; fold them like words. */
export function normaliseHashtags(tags: readonly unknown[] | undefined, max = 30): string[] {
  const out: string[] = [];
  if (!Array.isArray(tags)) return out;
  for (const tag of tags) {
    if (out.length >= max) break;
    if (typeof tag !== 'string' || tag.length === 0 || tag.length > 150) continue;
    const folded = foldAccents(tag.toLowerCase()).replace(/^#+/, '');
    if (folded.length > 0) out.push(folded);
  }
  return out;
}
