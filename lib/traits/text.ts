/**
 * Every string the traits engine reads came from a web page, so it passes through here first.
 * The rule is: anything that looks engineered to confuse (stacked combining marks, bidi
 * overrides, megabytes of text) yields "hostile" and the traits say unknown, rather than
 * a guess built on a string nobody typed to be read.
 */
import { LIMITS } from '../capture/batch';

/** Longest text analysed: enough for any real comment's signal, and it bounds the cost per call. */
export const MAX_ANALYSED_CHARS = 2_000;

export interface CleanText {
  /** Text ready to analyse: at most MAX_ANALYSED_CHARS, no lone surrogates, no bidi marks. */
  text: string;
  /** Why the input was refused, or null. A refused input yields unknown traits. */
  hostile: 'too-long' | 'zalgo' | 'bidi-override' | null;
}

// Three or more stacked diacritics never occur in real writing of the Latin, Greek or Cyrillic
// scripts; it is the "zalgo" trick that hides text from filters and breaks layouts.
const ZALGO = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{3,}/;
// Overrides and isolates reorder what a reader sees versus what is stored (spoofing);
// plain LRM/RLM and the Arabic letter mark are harmless in RTL writing and are only removed.
const BIDI_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/;
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Any character one of the four patterns above acts on (ZALGO's marks, one is enough), built
// from their sources so it cannot fall out of step. Nearly every name, handle and comment has
// none, and then one scan stands in for four, two of them replace()s.
const MAY_NEED_CLEANING = new RegExp(
  [ZALGO.source.replace('{3,}', ''), BIDI_OVERRIDE.source, BIDI_MARKS.source, LONE_SURROGATE.source].join('|'),
);

export function cleanText(input: unknown, maxInput: number = LIMITS.commentText): CleanText {
  if (typeof input !== 'string' || input.length === 0) return { text: '', hostile: null };
  // Capture never accepts more than its schema limit, so a longer string is not a real comment.
  if (input.length > maxInput) return { text: '', hostile: 'too-long' };
  let text = input.length > MAX_ANALYSED_CHARS ? input.slice(0, MAX_ANALYSED_CHARS) : input;
  if (!MAY_NEED_CLEANING.test(text)) return { text, hostile: null };
  if (ZALGO.test(text)) return { text: '', hostile: 'zalgo' };
  if (BIDI_OVERRIDE.test(text)) return { text: '', hostile: 'bidi-override' };
  text = text.replace(LONE_SURROGATE, '').replace(BIDI_MARKS, '');
  return { text, hostile: null };
}

// A run of two or more whitespace characters, or one that is not a plain space: the only runs
// replace(/\s+/g, ' ') changes. Most comments' spaces are single plain spaces, and matching each
// of them only to put it back cost more than the rest of the replace.
const SPACE_RUNS_TO_COLLAPSE = /\s\s+|[^\S ]/g;

/** The same string as text.replace(/\s+/g, ' '), found without a match per plain space. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUNS_TO_COLLAPSE, ' ');
}

const FOLD_FROM = 0xc0;
const COMBINING_FROM = 0x300;
const FOLD_TO = 0x36f;
/**
 * The folded form of U+00C0-U+036F by code unit, or undefined where the letter stays: accented
 * Latin letters lose their accents, and combining accents (U+0300-U+036F) are dropped, as
 * Turkish "İ" lowercases to "i" + U+0307.
 */
const FOLD: (string | undefined)[] = [];
for (let code = FOLD_FROM; code <= FOLD_TO; code++) {
  const ch = String.fromCharCode(code);
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  FOLD.push(code >= COMBINING_FROM ? '' : base !== ch && base.length === 1 ? base : undefined);
}
FOLD['ß'.charCodeAt(0) - FOLD_FROM] = 'ss';
// Turkish dotless ı has no accent to remove, but Turkish writers online often type i for it.
FOLD['ı'.charCodeAt(0) - FOLD_FROM] = 'i';

/** Lowercase without accents, so "Fútbol", "futbol" and "FUTBOL" hit the same keyword. */
export function foldAccents(lower: string): string {
  let i = 0;
  while (i < lower.length && (lower.charCodeAt(i) < FOLD_FROM || lower.charCodeAt(i) > FOLD_TO)) i++;
  if (i === lower.length) return lower;
  // The pieces are joined once: join() makes one flat string, where a + b makes a cons string
  // that V8 reads back through a runtime call per charCodeAt, and the tokenizer and the
  // name parser read every character of what this returns.
  const pieces: string[] = [];
  let from = 0;
  for (; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const folded = code >= FOLD_FROM && code <= FOLD_TO ? FOLD[code - FOLD_FROM] : undefined;
    if (folded === undefined) continue;
    pieces.push(lower.slice(from, i), folded);
    from = i + 1;
  }
  pieces.push(lower.slice(from));
  return pieces.join('');
}
