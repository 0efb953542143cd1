/**
 * eld's medium n-gram table (105,548 n-grams, 172,419 language scores) in typed arrays, keyed
 * by the packed n-grams of eld-byte-ngrams.ts. eld keeps it as an object of objects: finding a
 * fresh n-gram string hashes it, and its scores are read with a for-in that yields string keys.
 * Here a lookup is a few integer compares in one cache line, and the scores are a run of
 * small integers.
 *
 * The table travels as bytes (packNgrams → unpackNgramTable): eld's object literal is slow to
 * evaluate or parse, and walking its 105,548 small objects slower still, so vendor-eld.ts packs
 * it once into vendor/eld-medium-ngrams.ts and the first detection only unpacks the bytes.
 * The n-grams come in the order of their home slots (packNgrams says why).
 * Little-endian bytes:
 *   languages: u8 count, then per language u8 length and its ISO code in ASCII;
 *   u32 n-gram count, u32 score count;
 *   per n-gram: u8 length, its characters (one byte each), u8 score count, then per score
 *   u8 language index and u8 score as eld stores it (less BASE_NGRAM_SCORE).
 */
import { MAX_PACKED_CHARS, ngramHash } from './eld-byte-ngrams';

/** eld's ngramsData, or anything shaped like it (the laziness test's read counter). */
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
// here it is added once, when unpacking.
const BASE_NGRAM_SCORE = 53;
const MAX_STORED_SCORE = Math.min(0xff, (0xffff >>> LANGUAGE_BITS) - BASE_NGRAM_SCORE);
// At most 40% full, so that a lookup that misses stops within about two probes.
const MAX_LOAD = 0.4;

/** eld's table as bytes; throws if eld's data no longer fits the format (eld is pinned). */
export function packNgrams(data: NgramsData): Uint8Array {
  const codes: string[] = [];
  for (const [index, code] of Object.entries(data.languages)) codes[Number(index)] = code;
  if (codes.length > LANGUAGE_MASK + 1) throw new Error(`eld's table has ${codes.length} languages; the format holds ${LANGUAGE_MASK + 1}`);
  const head: number[] = [codes.length];
  for (const code of codes) {
    if (!/^[a-z]{1,8}$/.test(code ?? '')) throw new Error(`eld's table has a language code ${String(code)}`);
    head.push(code.length, ...Array.from(code, (c) => c.charCodeAt(0)));
  }

  // The n-grams' records in eld's order first, each with its home slot…
  const ngrams = Object.keys(data.ngrams);
  const records = new ByteWriter(ngrams.length * 12);
  const starts = new Int32Array(ngrams.length + 1);
  const homes = new Int32Array(ngrams.length);
  const slotMask = slotCountFor(ngrams.length) - 1;
  let scoreCount = 0;
  for (let k = 0; k < ngrams.length; k++) {
    const ngram = ngrams[k]!;
    if (ngram.length < 1 || ngram.length > MAX_PACKED_CHARS) throw new Error(`eld's table has an n-gram of ${ngram.length} characters`);
    starts[k] = records.length;
    records.push(ngram.length);
    let lo = 0;
    let hi = ngram.length << 16;
    for (let at = 0; at < ngram.length; at++) {
      const c = ngram.charCodeAt(at);
      if (c > 0xff) throw new Error(`eld's table has a character ${c} above 255`);
      records.push(c);
      if (at < 4) lo |= c << (at * 8);
      else hi |= c << ((at - 4) * 8);
    }
    homes[k] = ngramHash(lo, hi) & slotMask;
    const countAt = records.length;
    records.push(0);
    const scores = data.ngrams[ngram]!;
    let count = 0;
    for (const language in scores) {
      const index = Number(language);
      const score = scores[index]!;
      if (!(index >= 0 && index < codes.length) || !(Number.isInteger(score) && score >= 0 && score <= MAX_STORED_SCORE)) {
        throw new Error(`eld's table has score ${score} for language ${language}; the format holds 0..${MAX_STORED_SCORE}`);
      }
      records.push(index);
      records.push(score);
      count++;
    }
    records.bytes[countAt] = count;
    scoreCount += count;
  }
  starts[ngrams.length] = records.length;

  // …then in the order of their home slots, so that unpacking fills the slots front to back: in
  // eld's order its writes jump about the 4 MB of slots, and unpacking took twice as long.
  const byHome = new Int32Array(slotMask + 2);
  for (const home of homes) byHome[home + 1]!++;
  for (let slot = 1; slot < byHome.length; slot++) byHome[slot]! += byHome[slot - 1]!;
  const order = new Int32Array(ngrams.length);
  for (let k = 0; k < ngrams.length; k++) order[byHome[homes[k]!]!++] = k;

  const packed = new Uint8Array(head.length + 8 + records.length);
  packed.set(head);
  const view = new DataView(packed.buffer);
  view.setUint32(head.length, ngrams.length, true);
  view.setUint32(head.length + 4, scoreCount, true);
  let at = head.length + 8;
  for (const k of order) {
    packed.set(records.bytes.subarray(starts[k]!, starts[k + 1]!), at);
    at += starts[k + 1]! - starts[k]!;
  }
  return packed;
}

/** A byte array that grows as it is written. */
class ByteWriter {
  bytes: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }
  push(byte: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = byte;
  }
}

function slotCountFor(ngrams: number): number {
  let slots = 1;
  while (slots * MAX_LOAD < ngrams) slots *= 2;
  return slots;
}

/** The lookup table from packNgrams' bytes. */
export function unpackNgramTable(packed: Uint8Array): NgramTable {
  let at = 0;
  const codes: string[] = [];
  for (let languages = packed[at++]!; languages > 0; languages--) {
    const length = packed[at++]!;
    codes.push(String.fromCharCode(...packed.subarray(at, at + length)));
    at += length;
  }
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const ngramCount = view.getUint32(at, true);
  const entries = new Uint16Array(view.getUint32(at + 4, true));
  at += 8;
  const slotCount = slotCountFor(ngramCount);
  const slots = new Int32Array(slotCount * SLOT_WIDTH);
  const mask = (slotCount - 1) * SLOT_WIDTH;
  let used = 0;
  for (let k = 0; k < ngramCount; k++) {
    const length = packed[at++]!;
    let lo = 0;
    let hi = length << 16;
    for (let i = 0; i < length; i++) {
      const c = packed[at++]!;
      if (i < 4) lo |= c << (i * 8);
      else hi |= c << ((i - 4) * 8);
    }
    const start = used;
    for (let scores = packed[at++]!; scores > 0; scores--) {
      const language = packed[at++]!;
      entries[used++] = ((packed[at++]! + BASE_NGRAM_SCORE) << LANGUAGE_BITS) | language;
    }
    let s = (ngramHash(lo, hi) << SLOT_SHIFT) & mask;
    while (slots[s + 1] !== 0) s = (s + SLOT_WIDTH) & mask;
    slots[s] = lo;
    slots[s + 1] = hi;
    slots[s + 2] = start;
    slots[s + 3] = used;
  }
  // A short or long read means the bytes are not packNgrams' (say, a stale build).
  if (at !== packed.length || used !== entries.length) throw new Error('the packed n-gram table is malformed');
  return { codes, slots, mask, entries };
}

/**
 * The slot's first int for the packed n-gram, or -1 when eld's table does not have it. Every
 * packed n-gram's hi holds its length, so is not 0, the empty slot's.
 */
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
