import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteNgrams } from './eld-byte-ngrams';
import { loadEldSources } from './vendor-eld';

// eld's own dictionary and separators, from the installed package, not the vendored copy.
const { dictionary, separators } = await loadEldSources();

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

// eld 2.1.0's strToUtf8Bytes and getByteNgrams (src/languageDetector.js, Apache-2.0), as there
// apart from types: eld exports neither, and detect() cannot show this tokeniser every input
// (its separators remove surrogates and all but letters before it runs).
function eldWords(str: string): string[] {
  let encoded = '';
  const words: string[] = [];
  let countBytes = 0;
  const cutAfter = 350;
  const enforceCutAfter = 380;
  for (let ii = 0; ii < str.length; ii++) {
    let charCode = str.charCodeAt(ii);
    if (charCode < 0x80) {
      if (charCode === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (countBytes > cutAfter) break;
      } else {
        encoded += str[ii];
      }
      countBytes++;
    } else if (charCode < 0x800) {
      encoded += dictionary[0xc0 | (charCode >> 6)]! + dictionary[0x80 | (charCode & 0x3f)]!;
      countBytes += 2;
    } else if (charCode < 0xd800 || charCode >= 0xe000) {
      encoded += dictionary[0xe0 | (charCode >> 12)]! + dictionary[0x80 | ((charCode >> 6) & 0x3f)]! + dictionary[0x80 | (charCode & 0x3f)]!;
      countBytes += 3;
    } else {
      ii++;
      charCode = 0x10000 + (((charCode & 0x3ff) << 10) | (str.charCodeAt(ii) & 0x3ff));
      encoded +=
        dictionary[0xf0 | (charCode >> 18)]! +
        dictionary[0x80 | ((charCode >> 12) & 0x3f)]! +
        dictionary[0x80 | ((charCode >> 6) & 0x3f)]! +
        dictionary[0x80 | (charCode & 0x3f)]!;
      countBytes += 4;
    }
    if (countBytes > enforceCutAfter) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

function eldNgrams(words: string[]): string[] {
  const byteNgrams: Record<string, boolean> = {};
  let j;
  for (const word of words) {
    let len = word.length;
    if (len > 70) len = 70;
    for (j = 0; j + 4 < len; j += 3) byteNgrams[(j === 0 ? ' ' : '') + word.substring(j, j + 4)] = true;
    byteNgrams[(j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' '] = true;
  }
  return Object.keys(byteNgrams);
}

const ours = new ByteNgrams();
function ourNgrams(text: string): string[] {
  ours.collect(text);
  return Array.from({ length: ours.count }, (_, k) => ours.ngramString(k));
}

// eld's object lists integer-like keys first; the set of n-grams and its size are what count.
const sorted = (ngrams: string[]) => [...ngrams].sort();

/** `text` padded with a 1-, 2- or 3-byte filler to put `probe` at byte `at`. */
function atByte(at: number, probe: string, filler = 'a'): string {
  const fillerBytes = new TextEncoder().encode(filler).length;
  return filler.repeat(Math.floor(at / fillerBytes)) + probe;
}

describe("ByteNgrams.collect gives eld's n-grams, each once", () => {
  it.each([
    ['empty', ''],
    ['one space', ' '],
    ['words of 1 to 6 bytes', 'a ab abc abcd abcde abcdef'],
    ['2-byte chars: words of 2 to 6 bytes', 'é éé ééé éa aé éaa'],
    ['3-byte chars: words of 3 to 6 bytes', '中 中a 中é 中文 a中文'],
    ['4-byte chars: words of 4 to 8 bytes', '😀 😀a 😀é 😀中 😀😀'],
    ['a word of exactly 70 bytes', 'b'.repeat(70)],
    ['a word of 71 bytes: a 6-character tail', 'b'.repeat(71)],
    ['a word of 72 bytes: a long tail', 'b'.repeat(72)],
    ['long words with the same tail', 'x'.repeat(80) + 'tail ' + 'y'.repeat(80) + 'tail ' + 'x'.repeat(80) + 'tail'],
    ['long words with tails of equal length, different', 'x'.repeat(80) + 'abcd ' + 'x'.repeat(80) + 'abce'],
    ['a long word of 2-byte chars', 'ж'.repeat(50)],
    ['a long word of 3-byte chars, odd length', '中'.repeat(25) + 'a'],
    ['repeated words', 'la la la la de de la'],
    ['double and edge spaces', '  ab  cd  '],
    ['dictionary spaces inside words (lead bytes 0xc7, 0xca)', 'ǧ ǧǧ ʦa aǧ'],
    ['NUL and control characters', 'a\u0000b \u0000 \u0001\u0002'],
    ['a lone high surrogate before a space', 'ab\ud800 cd'],
    ['a lone high surrogate at the end', 'abc\ud83d'],
    ['a lone low surrogate', 'ab\udc00cd ef'],
    ['surrogates only', '\ud800\udc00\udfff\ud800'],
    ['the 350-byte cut at a space', atByte(351, ' tail more', 'a')],
    ['the 350-byte cut: a space at exactly 350', atByte(350, ' tail more', 'a')],
    ['the 380-byte cut in a 2-byte char', atByte(379, 'ééé')],
    ['the 380-byte cut in a 3-byte char', atByte(378, '中中中')],
    ['the 380-byte cut in a 4-byte char', atByte(377, '😀😀😀')],
    ['the 380-byte cut, 3-byte filler', atByte(381, 'abc', '中')],
    ['longer than eld reads', 'word '.repeat(200)],
    ['one-byte words up to the cut', 'a '.repeat(300)],
  ])('%s', (_label, text) => {
    const expected = eldNgrams(eldWords(text));
    const actual = ourNgrams(text);
    expect(actual.length).toBe(expected.length);
    expect(sorted(actual)).toEqual(sorted(expected));
  });

  it.each(Array.from({ length: 40 }, (_, k) => 345 + k))('a space, a 2-byte and a 3-byte char at byte %i', (at) => {
    for (const probe of [' x', 'é x', '中 x', 'x 中中中', '😀 x']) {
      for (const filler of ['a', 'é', '中', 'ab ']) {
        const text = atByte(at, probe, filler);
        expect(sorted(ourNgrams(text))).toEqual(sorted(eldNgrams(eldWords(text))));
      }
    }
  });

  it('on arbitrary UTF-16, lone surrogates included', () => {
    const unit = fc.oneof(
      fc.constantFrom(' ', ' ', 'a', 'é', '中', '😀', '\ud800', '\udc00', "'"),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 500 }), (units) => {
        const text = units.join('');
        const expected = eldNgrams(eldWords(text));
        const actual = ourNgrams(text);
        expect(actual.length).toBe(expected.length);
        expect(sorted(actual)).toEqual(sorted(expected));
      }),
      { numRuns: RUNS },
    );
  });

  it('on long words of a few letters, so that long tails repeat', () => {
    const word = fc
      .tuple(fc.integer({ min: 60, max: 90 }), fc.constantFrom('', 'b', 'é', 'bé', 'ab'))
      .map(([length, end]) => 'a'.repeat(length) + end);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (words) => {
        const text = words.join(' ');
        expect(sorted(ourNgrams(text))).toEqual(sorted(eldNgrams(eldWords(text))));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("ByteNgrams.collectAscii: eld's textProcessor and n-grams in one pass", () => {
  // eld's textProcessor, before its tokeniser.
  const prepared = (raw: string) => raw.replace(separators, ' ').trim().toLowerCase();
  const viaEld = (raw: string) => eldNgrams(eldWords(prepared(raw)));
  function viaAscii(raw: string): string[] | false {
    return ours.collectAscii(raw) && Array.from({ length: ours.count }, (_, k) => ours.ngramString(k));
  }

  it.each([
    ['plain words', 'Hello World this is FINE'],
    ['leading and trailing separators', '  ...Hello, world!!  '],
    ['quotes kept at the end of a run', "it's don`t rock'n'roll"],
    ['a run of quotes only', "a''b ``c"],
    ['quotes after a separator', "a !'b c ,`d"],
    ['quotes before a separator', "a' b a` b"],
    ['quotes at the very start and end', "'hello' `x`"],
    ['a separator then quotes at the end', "hello !'"],
    ['a separator then quotes at the start', "!'hello"],
    ['digits, controls and symbols', 'a1b2 \t\n\u0000x~y{z}|'],
    ['only separators', ' ,.;!? '],
    ['only quotes', "'''"],
    ['empty', ''],
    ['a word of 72 letters', 'Q'.repeat(72)],
    ['the 350-byte cut after separators', 'ab, '.repeat(120)],
    ['the 380-byte cut in a quote run', 'a'.repeat(379) + "''''"],
  ])('%s', (_label, raw) => {
    expect(viaAscii(raw)).toEqual(viaEld(raw));
  });

  it.each([
    ['a letter', 'abc é'],
    ['a curly apostrophe', 'don’t'],
    ['an emoji', 'ok 😀'],
  ])('declines text with %s', (_label, raw) => {
    expect(ours.collectAscii(raw)).toBe(false);
  });

  it('on arbitrary ASCII, the n-grams in the same order as eld takes them', () => {
    const unit = fc.oneof(
      fc.constantFrom(' ', 'a', 'B', "'", '`', '!', ',', '1'),
      fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 1100 }), (units) => {
        const raw = units.join('');
        ours.collect(prepared(raw));
        const general = Array.from({ length: ours.count }, (_, k) => ours.ngramString(k));
        expect(viaAscii(raw)).toEqual(general);
        expect(sorted(general)).toEqual(sorted(viaEld(raw)));
      }),
      { numRuns: RUNS },
    );
  });
});
