import { describe, expect, it } from 'vitest';
import { cleanText, foldAccents, MAX_ANALYSED_CHARS } from './text';

describe('cleanText', () => {
  it.each([
    ['plain text', 'hello world', 'hello world', null],
    ['not a string', 42, '', null],
    ['empty', '', '', null],
    ['zalgo', 'h\u0336\u0321\u0322e\u0335\u0361llo', '', 'zalgo'],
    ['bidi override', 'abc\u202Eevil', '', 'bidi-override'],
    ['bidi isolate', '\u2067abc\u2069', '', 'bidi-override'],
    ['RLM and LRM are only removed', '\u200Fשלום\u200E', 'שלום', null],
    ['lone high surrogate removed', 'a\uD800b', 'ab', null],
    ['lone low surrogate removed', '\uDC00ab', 'ab', null],
    ['a pair is kept', 'a😀b', 'a😀b', null],
    ['beyond the capture limit', 'a'.repeat(1_000_000), '', 'too-long'],
    ['one diacritic is writing, not zalgo', 'café naïve', 'café naïve', null],
  ])('%s', (_label: string, input: unknown, text: string, hostile: string | null) => {
    expect(cleanText(input)).toEqual({ text, hostile });
  });

  it('reads at most MAX_ANALYSED_CHARS of a long real comment', () => {
    expect(cleanText('word '.repeat(1_500)).text).toHaveLength(MAX_ANALYSED_CHARS);
  });
});

describe('foldAccents', () => {
  it.each([
    ['fútbol', 'futbol'],
    ['são paulo', 'sao paulo'],
    ['straße', 'strasse'],
    ['crème brûlée', 'creme brulee'],
    ['plain', 'plain'],
  ])('%s → %s', (input, folded) => {
    expect(foldAccents(input)).toBe(folded);
  });
});
