/**
 * A set of strings' first two UTF-16 units and length, as bits: a word it says no to is
 * certainly not one of the strings, so the Map lookup (hashing the word) can be skipped. Most
 * words of a comment are no keyword and no place name, and most of them are told so here.
 */
const BITS = 1 << 15;
const MAX_LENGTH = 31;

const slot = (word: string): number =>
  ((((word.charCodeAt(0) | 0) * 31 + (word.charCodeAt(1) | 0)) & 0x3ff) << 5) | Math.min(word.length, MAX_LENGTH);

export interface KeyFilter {
  /** False only for a word that is none of the keys. */
  mayHave(word: string): boolean;
}

export function keyFilter(keys: Iterable<string>): KeyFilter {
  const bits = new Uint8Array(BITS);
  for (const key of keys) bits[slot(key)] = 1;
  return { mayHave: (word) => bits[slot(word)] === 1 };
}
