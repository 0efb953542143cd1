/**
 * eld's medium n-gram table (105,548 n-grams, 172,419 language scores) in typed arrays, keyed
 * by the packed n-grams of eld-byte-ngrams.ts. eld keeps it as an object of objects: finding a
 * fresh n-gram string hashes it, and its scores are read with a for-in that yields string keys.
 * Here a lookup is a few integer compares in one cache line, and the scores are a run of
 * small integers.
 */
import { MAX_PACKED_CHARS, ngramHash } from './eld-byte-ngrams';

/** What the builder reads: eld's ngramsData, or anything shaped like it (the tests' reads counter). */
export interface NgramsData {
  languages: Record<number, string>;
  ngrams: Record<string, Record<number, number>>;
}

export interface NgramTable {
  /** ISO 639-1 code by language index. */
  codes: string[];
  /**
   * Open addressing with linear probing, SLOT_WIDTH ints a slot: the packed n-gram (lo, hi), then
   * its scores' start and end in `entries`. hi is never 0 for an n-gram (it holds the length),
   * so 0 marks an empty slot.
   */
  slots: Int32Array;
  /** Mask for a slot's first int: (slot count - 1) * SLOT_WIDTH. */
  mask: number;
  /** (score + BASE_NGRAM_SCORE) << LANGUAGE_BITS | language index. */
  entries: Uint16Array;
}

// Four ints a slot, so one probe reads one 16-byte-aligned piece of a cache line.
const SLOT_SHIFT = 2;
const SLOT_WIDTH = 1 << SLOT_SHIFT;
export const LANGUAGE_BITS = 6;
export const LANGUAGE_MASK = (1 << LANGUAGE_BITS) - 1;
// eld subtracts this from every stored score to shrink its table, and adds it back when scoring;
// here it is added once, when building.
const BASE_NGRAM_SCORE = 53;
const MAX_ENTRY_SCORE = 0xffff >>> LANGUAGE_BITS;
// At most 40% full: a lookup that misses (most n-grams of a text not in its language) then
// stops within about two probes.
const MAX_LOAD = 0.4;

export function buildNgramTable(data: NgramsData): NgramTable {
  const codes: string[] = [];
  for (const [index, code] of Object.entries(data.languages)) codes[Number(index)] = code;
  if (codes.length > LANGUAGE_MASK + 1) throw new Error(`eld's table has ${codes.length} languages; the packing holds ${LANGUAGE_MASK + 1}`);

  const ngrams = data.ngrams;
  const keys = Object.keys(ngrams);
  let slotCount = 1;
  while (slotCount * MAX_LOAD < keys.length) slotCount *= 2;
  const slots = new Int32Array(slotCount * SLOT_WIDTH);
  const mask = (slotCount - 1) * SLOT_WIDTH;
  let entries = new Uint16Array(keys.length * 2);
  let used = 0;
  for (const key of keys) {
    if (key.length < 1 || key.length > MAX_PACKED_CHARS) throw new Error(`eld's table has an n-gram of ${key.length} characters`);
    let lo = 0;
    let hi = key.length << 16;
    for (let at = 0; at < key.length; at++) {
      const c = key.charCodeAt(at);
      if (c > 0xff) throw new Error(`eld's table has a character ${c} above 255`);
      if (at < 4) lo |= c << (at * 8);
      else hi |= c << ((at - 4) * 8);
    }
    const start = used;
    const scores = ngrams[key]!;
    for (const language in scores) {
      const index = Number(language);
      const score = scores[index]! + BASE_NGRAM_SCORE;
      if (!(index >= 0 && index < codes.length && Number.isInteger(score) && score >= 0 && score <= MAX_ENTRY_SCORE)) {
        throw new Error(`eld's table has score ${scores[index]} for language ${language}; the packing needs 0..${MAX_ENTRY_SCORE - BASE_NGRAM_SCORE}`);
      }
      if (used === entries.length) {
        const grown = new Uint16Array(used * 2);
        grown.set(entries);
        entries = grown;
      }
      entries[used++] = (score << LANGUAGE_BITS) | index;
    }
    let s = (ngramHash(lo, hi) << SLOT_SHIFT) & mask;
    while (slots[s + 1] !== 0) s = (s + SLOT_WIDTH) & mask;
    slots[s] = lo;
    slots[s + 1] = hi;
    slots[s + 2] = start;
    slots[s + 3] = used;
  }
  return { codes, slots, mask, entries: entries.slice(0, used) };
}

/** The slot's first int for the packed n-gram, or -1 when eld's table does not have it. */
export function findNgram(table: NgramTable, lo: number, hi: number): number {
  const { slots, mask } = table;
  let s = (ngramHash(lo, hi) << SLOT_SHIFT) & mask;
  for (;;) {
    const slotHi = slots[s + 1]!;
    if (slotHi === hi && slots[s] === lo) return s;
    if (slotHi === 0) return -1;
    s = (s + SLOT_WIDTH) & mask;
  }
}
