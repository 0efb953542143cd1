import { describe, expect, it } from 'vitest';
import { astralIsPart, bmpIsPart, isTokenCharAt, LATIN_END, LATIN_PARTS } from './token-chars';

// The tokenizer's contract, written independently of token-chars.ts.
const DEFINITION = /^[\p{L}\p{M}\p{N}#'’]$/u;
const byDefinition = (codePoint: number) => DEFINITION.test(String.fromCodePoint(codePoint));
const hex = (codePoint: number) => 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0');

/** Code points where a fast answer differs from the definition, as U+XXXX: [] when they agree. */
function disagreements(from: number, to: number, answer: (codePoint: number) => boolean | undefined): string[] {
  const wrong: string[] = [];
  for (let c = from; c <= to; c++) {
    const fast = answer(c);
    if (fast !== undefined && fast !== byDefinition(c)) wrong.push(hex(c));
  }
  return wrong;
}

describe('the fast answers agree with the regex at every code point they answer for', () => {
  it('LATIN_PARTS, U+0000 to U+02AF', () => {
    expect(disagreements(0, LATIN_END - 1, (c) => LATIN_PARTS[c] === 1)).toEqual([]);
  });

  it('bmpIsPart, the rest of the BMP outside the surrogates', () => {
    expect(disagreements(LATIN_END, 0xd7ff, bmpIsPart)).toEqual([]);
    expect(disagreements(0xe000, 0xffff, bmpIsPart)).toEqual([]);
  });

  it('astralIsPart, every code point above the BMP', () => {
    expect(disagreements(0x10000, 0x10ffff, astralIsPart)).toEqual([]);
  });

  it('isTokenCharAt, the fallback, on code points and pairs in place', () => {
    for (const c of [0x41, 0x2019, 0x3042, 0x0301, 0x1d4d0, 0x1f600, 0x1f100, 0x1fbf0, 0xe0041]) {
      expect(isTokenCharAt(`x${String.fromCodePoint(c)}`, 1), hex(c)).toBe(byDefinition(c));
    }
  });
});

describe('the boundaries of each fast range', () => {
  // [character, part of a token]: both sides of every edge the ranges draw.
  it.each([
    ['/', false], ['0', true], ['9', true], [':', false], ['@', false], ['A', true], ['Z', true], ['[', false],
    ['`', false], ['a', true], ['z', true], ['{', false], ['"', false], ['#', true], ['$', false], ['&', false],
    ["'", true], ['(', false], ['\u007f', false], ['\u0080', false], ['\u00a0', false], ['©', false], ['ª', true],
    ['«', false], ['±', false], ['²', true], ['³', true], ['´', false], ['µ', true], ['¶', false], ['¸', false],
    ['¹', true], ['º', true], ['»', false], ['¼', true], ['¾', true], ['¿', false], ['À', true], ['Ö', true],
    ['×', false], ['Ø', true], ['ö', true], ['÷', false], ['ø', true], ['ÿ', true], ['ɏ', true], ['ʯ', true],
    ['\u2000', false], ['\u200d', false], ['\u2018', false], ['’', true], ['\u201a', false], ['\u206f', false],
    ['₠', false], ['\u20cf', false], ['←', false], ['\u245f', false], ['─', false], ['❵', false], ['➔', false],
    ['⯿', false], ['\ufe00', true], ['\ufe0f', true], ['🀀', false], ['🃿', false], ['🄍', false], ['😀', false],
    ['🫿', false],
  ])('%s is a part: %s', (ch, part) => {
    const c = ch.codePointAt(0) ?? 0;
    const fast = c < LATIN_END ? LATIN_PARTS[c] === 1 : c > 0xffff ? astralIsPart(c) : bmpIsPart(c);
    expect(fast).toBe(part);
    expect(byDefinition(c)).toBe(part);
  });

  // Just outside the ranges: mixed blocks that only the regex answers for.
  it.each([['ʰ'], ['\u0300'], ['⁰'], ['ⁱ'], ['₀'], ['\u20d0'], ['ℂ'], ['Ⅻ'], ['①'], ['⓿'], ['❶'], ['🄀'], ['🄌'], ['🯰'], ['\u{e0041}']])(
    '%s is left to the regex',
    (ch) => {
      const c = ch.codePointAt(0) ?? 0;
      expect(c < LATIN_END ? 'table' : c > 0xffff ? astralIsPart(c) : bmpIsPart(c)).toBeUndefined();
    },
  );
});
