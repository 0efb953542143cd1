/**
 * eld 2.1.0's tokeniser (strToUtf8Bytes + getByteNgrams in eld/src/languageDetector.js) over
 * byte ranges instead of strings. eld writes every UTF-8 byte as one character (ASCII as
 * itself, other bytes through its `dictionary`), cuts the text into words at spaces, and keys
 * its table by 3–6 character substrings of those words. Here the characters go into one reused
 * byte buffer and each n-gram is packed into two int32s, so a detection allocates no strings
 * and eld-ngram-table.ts can find an n-gram without hashing a string. Each distinct n-gram is
 * given once, as eld's `byteNgrams` object holds it once: its count is eld's `numNgrams`. For
 * ASCII text, eld's textProcessor (separators, trim, lower case) is done in the same pass.
 *
 * The characters are packed, not the bytes: eld's dictionary maps 29 bytes to a space and
 * others to ASCII-looking characters (0x80 is "M"), so different bytes can make one key in
 * eld's table, and must make one key here.
 *
 * Packed n-gram of L ≤ 6 characters c0…c(L-1), all below 256:
 *   lo = c0 | c1 << 8 | c2 << 16 | c3 << 24,   hi = c4 | c5 << 8 | L << 16.
 * L is part of the key because a character may be NUL (code 0): "ab" and "ab\0" must differ.
 * A word longer than MAX_WORD_BYTES ends in a longer n-gram (eld's tail has no end index); it is
 * never in the table but still counts, so it is keyed by where its first equal copy starts in
 * `chars` (lo) and its length (hi = L << 16, L ≥ 7).
 */
import { dictionary } from './vendor/eld-tables';

// eld reads at most this many bytes: it stops at the first space after CUT_AFTER_BYTES, or after
// any character that passes ENFORCE_CUT_AFTER_BYTES (so at most 4 bytes more).
const CUT_AFTER_BYTES = 350;
const ENFORCE_CUT_AFTER_BYTES = 380;
/** Bytes a text can put into words, and so also n-grams (a word of w bytes gives at most w). */
export const MAX_TEXT_BYTES = ENFORCE_CUT_AFTER_BYTES + 4;
/** eld reads n-grams from a word's first 70 bytes only (its tail n-gram aside). */
export const MAX_WORD_BYTES = 70;
/** The longest n-gram that packs into (lo, hi); longer ones are the tails of long words. */
export const MAX_PACKED_CHARS = 6;
const SPACE = 0x20;
const APOSTROPHE = 0x27;
const BACKTICK = 0x60;

function isAsciiLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** eld's character for each UTF-8 byte as a char code: ASCII as itself, the rest from its dictionary. */
const BYTE_CHAR = Uint8Array.from({ length: 256 }, (_, byte) => {
  if (byte < 0x80) return byte;
  const code = dictionary[byte]!.charCodeAt(0);
  // A code of 256 or more would not fit the packing; eld is pinned, so this is a guard for updates.
  if (!(code < 256)) throw new Error(`eld's dictionary maps byte ${byte} to char ${code}; the packing needs < 256`);
  return code;
});

/** A 32-bit mix of a packed n-gram: its low bits index this module's set and the n-gram table. */
export function ngramHash(lo: number, hi: number): number {
  // murmur3's finaliser over the two halves: every input bit reaches the low bits.
  let h = lo ^ Math.imul(hi, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

// The set that drops repeated n-grams: open addressing over packed keys, at most
// MAX_TEXT_BYTES of them, so under a fifth full.
const SET_BITS = 11;
const SET_MASK = (1 << SET_BITS) - 1;
// A long tail needs a word of at least MAX_WORD_BYTES + 2 bytes, and a space after it unless last.
const MAX_LONG_TAILS = Math.ceil(MAX_TEXT_BYTES / (MAX_WORD_BYTES + 2));

/**
 * The distinct n-grams of one text, in packed form. One instance is reused for every text,
 * since detection is synchronous: nothing here is allocated per text.
 */
export class ByteNgrams {
  /** How many n-grams `lo`/`hi` hold: eld's `numNgrams`. */
  count = 0;
  readonly lo = new Int32Array(MAX_TEXT_BYTES);
  readonly hi = new Int32Array(MAX_TEXT_BYTES);
  /** The words' characters, one per byte; long tails are read from here. */
  readonly chars = new Uint8Array(MAX_TEXT_BYTES);

  // A set slot counts only if stamped with this text's generation, which spares clearing the
  // set per text.
  private readonly setLo = new Int32Array(1 << SET_BITS);
  private readonly setHi = new Int32Array(1 << SET_BITS);
  private readonly setStamp = new Int32Array(1 << SET_BITS);
  private generation = 0;
  // Where this text's long tails start and how long they are, to key equal ones alike.
  private readonly longStart = new Int32Array(MAX_LONG_TAILS);
  private readonly longSize = new Int32Array(MAX_LONG_TAILS);
  private longs = 0;

  /**
   * eld's n-grams of `text`, which must already be as eld's textProcessor leaves it
   * (separators replaced, trimmed, lower-cased); `text` is read up to eld's byte cuts.
   */
  collect(text: string): void {
    this.begin();
    const chars = this.chars;
    let end = 0; // characters written
    let wordStart = 0;
    let counted = 0; // eld's countBytes: the words' bytes and the spaces read between them
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c === SPACE) {
          if (end > wordStart) {
            this.word(wordStart, end);
            wordStart = end;
          }
          if (counted > CUT_AFTER_BYTES) break;
        } else chars[end++] = c;
        counted++;
      } else if (c < 0x800) {
        chars[end++] = BYTE_CHAR[0xc0 | (c >> 6)]!;
        chars[end++] = BYTE_CHAR[0x80 | (c & 0x3f)]!;
        counted += 2;
      } else if (c < 0xd800 || c >= 0xe000) {
        chars[end++] = BYTE_CHAR[0xe0 | (c >> 12)]!;
        chars[end++] = BYTE_CHAR[0x80 | ((c >> 6) & 0x3f)]!;
        chars[end++] = BYTE_CHAR[0x80 | (c & 0x3f)]!;
        counted += 3;
      } else {
        // As eld: any surrogate, lone or not, takes the next unit as its low half, whatever it
        // is (a space, or NaN & 0x3ff = 0 past the end). eld's separators leave no surrogates in
        // the text that detect() tokenises, but this answers as eld's tokeniser on any string.
        i++;
        c = 0x10000 + (((c & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
        chars[end++] = BYTE_CHAR[0xf0 | (c >> 18)]!;
        chars[end++] = BYTE_CHAR[0x80 | ((c >> 12) & 0x3f)]!;
        chars[end++] = BYTE_CHAR[0x80 | ((c >> 6) & 0x3f)]!;
        chars[end++] = BYTE_CHAR[0x80 | (c & 0x3f)]!;
        counted += 4;
      }
      if (counted > ENFORCE_CUT_AFTER_BYTES) break;
    }
    if (end > wordStart) this.word(wordStart, end);
  }

  /**
   * eld's textProcessor and tokeniser in one pass, for text that is all ASCII, where eld's
   * separators are simple to state: each run of characters other than A-Z and a-z becomes one
   * space, but for the apostrophes and backticks it ends with (eld's lookbehind keeps them);
   * then the text is trimmed and lower-cased. So no string is built, and eld's regular
   * expression (a letter class of some 420 ranges, and a lookbehind) is not run. `raw` is the
   * text as eld's detect() cuts it to 1,000 characters. Returns false at the first non-ASCII
   * character it meets, the n-grams then unusable: the caller takes the general path. Text past
   * eld's byte cuts is not read, and cannot change what comes before them: a run of
   * non-letters is read whole before its space is written, and lower-casing ASCII needs no
   * context.
   */
  collectAscii(raw: string): boolean {
    this.begin();
    const chars = this.chars;
    const length = raw.length;
    let end = 0; // characters written; 0 until the first, so a leading separator is trimmed
    let wordStart = 0;
    let counted = 0; // eld's countBytes, as in collect()
    let i = 0;
    text: while (i < length) {
      let c = raw.charCodeAt(i);
      if (isAsciiLetter(c)) {
        chars[end++] = c | 0x20;
        i++;
        if (++counted > ENFORCE_CUT_AFTER_BYTES) break;
        continue;
      }
      // A run of non-letters, [i, runEnd); the separator is all of it up to its last character
      // that is not a quote.
      let runEnd = i;
      let separatorEnd = i;
      for (; runEnd < length; runEnd++) {
        c = raw.charCodeAt(runEnd);
        if (c >= 0x80) return false;
        if (isAsciiLetter(c)) break;
        if (c !== APOSTROPHE && c !== BACKTICK) separatorEnd = runEnd + 1;
      }
      // One space, but none before the first character (trim()). After the last, trim() would
      // drop it too, but there it only ends the last word, as the end of the text does.
      if (separatorEnd > i && end > 0) {
        this.word(wordStart, end);
        wordStart = end;
        if (counted > CUT_AFTER_BYTES) break;
        if (++counted > ENFORCE_CUT_AFTER_BYTES) break;
      }
      for (i = separatorEnd; i < runEnd; i++) {
        chars[end++] = raw.charCodeAt(i);
        if (++counted > ENFORCE_CUT_AFTER_BYTES) break text;
      }
    }
    if (end > wordStart) this.word(wordStart, end);
    return true;
  }

  /** An n-gram as eld's string, for tests that compare with eld's tokeniser. */
  ngramString(k: number): string {
    const lo = this.lo[k]!;
    const hi = this.hi[k]!;
    const size = hi >>> 16;
    const codes: number[] = [];
    if (size > MAX_PACKED_CHARS) {
      for (let p = 0; p < size - 1; p++) codes.push(this.chars[lo + p]!);
      codes.push(SPACE);
    } else {
      for (let at = 0; at < size; at++) codes.push(at < 4 ? (lo >>> (at * 8)) & 0xff : (hi >>> ((at - 4) * 8)) & 0xff);
    }
    return String.fromCharCode(...codes);
  }

  private begin(): void {
    if (++this.generation === 0x7fffffff) {
      this.setStamp.fill(0);
      this.generation = 1;
    }
    this.longs = 0;
    this.count = 0;
  }

  /**
   * getByteNgrams for one word, chars[start, end): 4-character n-grams at a stride of 3 over its
   * first MAX_WORD_BYTES, a space before the first, and a tail from the last 4 of those to the
   * word's real end, then a space.
   */
  private word(start: number, end: number): void {
    const chars = this.chars;
    const length = end - start;
    const len = length > MAX_WORD_BYTES ? MAX_WORD_BYTES : length;
    let j = 0;
    for (; j + 4 < len; j += 3) {
      const p = start + j;
      if (j === 0) this.add(SPACE | (chars[p]! << 8) | (chars[p + 1]! << 16) | (chars[p + 2]! << 24), chars[p + 3]! | (5 << 16));
      else this.add(chars[p]! | (chars[p + 1]! << 8) | (chars[p + 2]! << 16) | (chars[p + 3]! << 24), 4 << 16);
    }
    // eld: word.substring(len !== 3 ? len - 4 : 0), where substring reads a negative start as 0.
    const from = start + (len > 4 ? len - 4 : 0);
    const size = (j === 0 ? 1 : 0) + (end - from) + 1;
    if (size > MAX_PACKED_CHARS) {
      this.add(this.longTailStart(from, size), size << 16);
      return;
    }
    let lo = 0;
    let hi = 0;
    let at = 0;
    if (j === 0) {
      lo = SPACE;
      at = 1;
    }
    for (let p = from; p <= end; p++, at++) {
      const c = p < end ? chars[p]! : SPACE;
      if (at < 4) lo |= c << (at * 8);
      else hi |= c << ((at - 4) * 8);
    }
    this.add(lo, hi | (size << 16));
  }

  /** Where the first long tail equal to chars[from, from + size - 1) starts (size counts the space). */
  private longTailStart(from: number, size: number): number {
    const chars = this.chars;
    for (let k = 0; k < this.longs; k++) {
      if (this.longSize[k] !== size) continue;
      const other = this.longStart[k]!;
      let p = 0;
      while (p < size - 1 && chars[other + p] === chars[from + p]) p++;
      if (p === size - 1) return other;
    }
    this.longStart[this.longs] = from;
    this.longSize[this.longs++] = size;
    return from;
  }

  private add(lo: number, hi: number): void {
    const { setLo, setHi, setStamp, generation } = this;
    let s = ngramHash(lo, hi) & SET_MASK;
    while (setStamp[s] === generation) {
      if (setLo[s] === lo && setHi[s] === hi) return;
      s = (s + 1) & SET_MASK;
    }
    setStamp[s] = generation;
    setLo[s] = lo;
    setHi[s] = hi;
    this.lo[this.count] = lo;
    this.hi[this.count++] = hi;
  }
}
