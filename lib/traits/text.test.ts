import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, collapseSpaces, foldAccents, MAX_ANALYSED_CHARS } from './text';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** cleanText's four patterns, always all applied, as before the one-scan precheck. */
function referenceClean(text: string): { text: string; hostile: string | null } {
  if (/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{3,}/.test(text)) return { text: '', hostile: 'zalgo' };
  if (/[\u202a-\u202e\u2066-\u2069]/.test(text)) return { text: '', hostile: 'bidi-override' };
  const cleaned = text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[\u200e\u200f\u061c]/g, '');
  return { text: cleaned, hostile: null };
}

/**
 * foldAccents as replace()s: accented letters of U+00C0-U+024F to their base letter, "ß" to
 * "ss", Turkish "ı" to "i", and combining accents (U+0300-U+036F) dropped.
 */
const REFERENCE_FOLD = new Map<string, string>([['ß', 'ss'], ['ı', 'i']]);
for (let code = 0xc0; code <= 0x24f; code++) {
  const ch = String.fromCharCode(code);
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (base !== ch && base.length === 1 && !REFERENCE_FOLD.has(ch)) REFERENCE_FOLD.set(ch, base);
}
const referenceFold = (lower: string) =>
  lower.replace(/[\u00c0-\u024f]/g, (ch) => REFERENCE_FOLD.get(ch) ?? ch).replace(/[\u0300-\u036f]/g, '');

// UTF-16 code units at random, so lone surrogates, marks and bidi controls turn up, and strings
// of the characters each pattern acts on, next to harmless ones.
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((u) => String.fromCharCode(...u));
const edgeChars = fc.constantFrom(
  ...'aé \u02ff\u0300\u036f\u0370\u1ab0\u1aff\u1dc0\u1dff\u20cf\u20d0\u20ff\u2100\ufe1f\ufe20\ufe2f\ufe30'.split(''),
  ...'\u200d\u200e\u200f\u2029\u202a\u202e\u202f\u2065\u2066\u2069\u206a\u061b\u061c\u061d'.split(''),
  '\ud800', '\udbff', '\udc00', '\udfff', '😀', '\u00bf', '\u00c0', '\u024f', '\u0250', 'ß', 'Ø',
);
const edgeStrings = fc.array(edgeChars, { maxLength: 40 }).map((chars) => chars.join(''));

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

  it.each([
    ['two stacked marks are writing', 'a\u0301\u0301b', 'a\u0301\u0301b', null],
    ['a pair then a lone high surrogate', '😀\ud83d', '😀', null],
    ['the Arabic letter mark is removed', 'a\u061cb', 'ab', null],
    ['a zero-width joiner is kept', '👩\u200d💻', '👩\u200d💻', null],
  ])('%s', (_label, input, text, hostile) => {
    expect(cleanText(input)).toEqual({ text, hostile });
  });

  it.each([
    ['any UTF-16 code units', anyUnits],
    ['strings of the characters the patterns act on', edgeStrings],
  ])('equals the four patterns applied on %s', (_label, texts) => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(cleanText(text)).toEqual(referenceClean(text));
      }),
      { numRuns: RUNS },
    );
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
    ['', ''],
    ['é', 'e'],
    ['ßß', 'ssss'],
    ['æøœ ǆ', 'æøœ ǆ'],
    ['ǘ', 'u'],
    ['ɏ\u0250', 'ɏ\u0250'],
    ['\u00bfà', '\u00bfa'],
    // Turkish: "İ" lowercases to "i" + a combining dot; "ı" is typed as "i" as often as not.
    ['i\u0307stanbul', 'istanbul'],
    ['kıyafet', 'kiyafet'],
    ['e\u0301te', 'ete'],
  ])('%s → %s', (input, folded) => {
    expect(foldAccents(input)).toBe(folded);
  });

  it.each([
    ['any UTF-16 code units', anyUnits],
    ['strings around the folded range', edgeStrings],
  ])('equals the replace() over the folded range on %s', (_label, texts) => {
    fc.assert(
      fc.property(texts, (lower) => {
        expect(foldAccents(lower)).toBe(referenceFold(lower));
      }),
      { numRuns: RUNS },
    );
  });
});

// Every character \s matches, and neighbours that it does not.
const SPACES = ' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'.split('');
const aroundSpaces = fc.array(fc.constantFrom(...SPACES, 'a', '.', '\u200b', '\u180e', '😀'), { maxLength: 20 }).map((units) => units.join(''));

describe('collapseSpaces', () => {
  it.each([
    ['a b', 'a b'],
    ['a  b', 'a b'],
    ['a\tb', 'a b'],
    [' \u00a0a\n\n b ', ' a b '],
    ['\u3000', ' '],
    ['', ''],
    ['a\u200bb', 'a\u200bb'],
  ])('%j → %j', (input, collapsed) => {
    expect(collapseSpaces(input)).toBe(collapsed);
  });

  it.each([
    ['any UTF-16 code units', anyUnits],
    ['runs of whitespace and its neighbours', aroundSpaces],
  ])("equals replace(/\\s+/g, ' ') on %s", (_label, texts) => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' '));
      }),
      { numRuns: RUNS },
    );
  });
});
