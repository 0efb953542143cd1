import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseHashtags, tokenize, tokenizeFolded, type Tokens } from './tokens';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/**
 * tokenizeFolded as it was before the one-pass scanner, kept word for word as the reference
 * the scanner must equal: a split on the separators, then the apostrophe and '#' rules.
 */
function splitReference(folded: string): Tokens {
  const words: string[] = [];
  const hashtags: string[] = [];
  if (folded.length === 0) return { words, hashtags };
  for (let token of folded.split(/[^\p{L}\p{M}\p{N}#'’]+/u)) {
    if (token.length === 0) continue;
    if (token.includes("'") || token.includes('’')) token = token.replace('’', "'").replace(/^['’]+|['’]+$/g, '');
    const hash = token.lastIndexOf('#');
    if (hash === 0 && token.length > 1 && !token.includes('#', 1)) {
      hashtags.push(token.slice(1));
    } else if (hash >= 0) {
      const parts = token.split('#');
      if (parts[0]) words.push(parts[0]);
      for (const tag of parts.slice(1)) if (tag) hashtags.push(tag);
    } else if (token.length > 0) {
      words.push(token);
    }
  }
  return { words, hashtags };
}

describe('tokenize', () => {
  it.each([
    ['Hello, World!', ['hello', 'world'], []],
    ["I'm in São Paulo — aujourd’hui", ["i'm", 'in', 'sao', 'paulo', "aujourd'hui"], []],
    ['leg day #gym #FitnessMotivation', ['leg', 'day'], ['gym', 'fitnessmotivation']],
    ['#a#b word#tag', ['word'], ['a', 'b', 'tag']],
    ["'quoted' words", ['quoted', 'words'], []],
    ['🔥🔥 wow 😍', ['wow'], []],
    ['', [], []],
    ['#', [], []],
  ])('%j', (text, words, hashtags) => {
    expect(tokenize(text)).toEqual({ words, hashtags });
  });
});

describe('tokenizeFolded, at the edges of its fast paths', () => {
  it.each([
    // Apostrophes: kept inside, stripped at both ends, and only the first '’' becomes '''.
    ["it's", ["it's"], []],
    ["'''", [], []],
    ["''a''", ['a'], []],
    ['’a’', ['a'], []],
    ['a’b’c', ["a'b’c"], []],
    // The first '’' is the one stripped at the edge, so the inner one stays as it is.
    ['’’a’b', ['a’b'], []],
    ['a’’', ['a'], []],
    ["x'’y", ["x''y"], []],
    // '#' in odd places.
    ['##', [], []],
    ['#a#', [], ['a']],
    ['a#', ['a'], []],
    ['a##b', ['a'], ['b']],
    ["#'a'", [], ["'a"]],
    ["'#a", [], ['a']],
    ["a#'", ['a'], []],
    ["a#'b", ['a'], ["'b"]],
    ['#1', [], ['1']],
    // Separators of every fast range, and the characters inside them that are not.
    ['a/b:c@d[e`f{g\u007fh', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], []],
    ['a\u00a0b©c«d×e÷f¿g', ['a', 'b', 'c', 'd', 'e', 'f', 'g'], []],
    ['ªµº²³¹¼½¾', ['ªµº²³¹¼½¾'], []],
    ['ÿɏʯ x', ['ÿɏʯ', 'x'], []],
    ['a\u2018b\u201cc\u2026d\u2060e₠f€g', ['a', 'b', 'c', 'd', 'e', 'f', 'g'], []],
    ['a→b∑c─d✨e❤f➔g⯿h', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], []],
    // A variation selector is a mark, so a token of its own, as the split made it.
    ['love ❤️', ['love', '\ufe0f'], []],
    ['a❤️b', ['a', '\ufe0fb'], []],
    ['👍🏽 ok 🇧🇷', ['ok'], []],
    ['a\u200db', ['a', 'b'], []],
    // Emoji with digits, and blocks that mix symbols with letters or digits: the regex answers.
    ['🄀 🄌 🄍 🯰', ['🄀', '🄌', '🯰'], []],
    ['x² ①② ⓐ ℂ ⅻ ⁿ ❶', ['x²', '①②', 'ℂ', 'ⅻ', 'ⁿ', '❶'], []],
    // Other scripts, marks and astral letters go to the regex, inside and next to Latin.
    ['привет мир', ['привет', 'мир'], []],
    ['ωmega', ['ωmega'], []],
    ['この動画、最高', ['この動画', '最高'], []],
    ['e\u0301te', ['e\u0301te'], []],
    ['𝓪𝓷𝓷𝓪 ｊｏｈｎ', ['𝓪𝓷𝓷𝓪', 'ｊｏｈｎ'], []],
    ['#привет #日本', [], ['привет', '日本']],
    // Lone surrogates separate, a pair does not split.
    ['a\ud800b', ['a', 'b'], []],
    ['a\udc00b', ['a', 'b'], []],
    ['ab\ud83d', ['ab'], []],
    ['\ud83d\ud83d\ude00x', ['x'], []],
  ])('%j', (folded, words, hashtags) => {
    expect(tokenizeFolded(folded)).toEqual({ words, hashtags });
    expect(splitReference(folded)).toEqual({ words, hashtags });
  });

  // Around the edges above, strings are built from the characters where a mistake would show.
  const tricky = fc.constantFrom(
    ...'aZ09#\'’ ./:@[`{\u007f\u0080\u00a0ª«²µºª¿À×÷ÿɏʯʰ\u0300\u2018\u201a\u2060⁰ⁱ₠\u20d0ℂⅫ①⓿❶❵➔⯿\ufe0f\u200dп日'.split(''),
    '😀', '🄀', '🄍', '🯰', '𝓪', '\u{e0041}', '\ud800', '\udc00',
  );

  it.each([
    ['graphemes', fc.string({ unit: 'grapheme', maxLength: 120 })],
    ['any code points', fc.string({ unit: 'binary', maxLength: 120 })],
    ['any UTF-16 code units', fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 120 }).map((u) => String.fromCharCode(...u))],
    ['the characters at the edges', fc.array(tricky, { maxLength: 60 }).map((chars) => chars.join(''))],
  ])('equals the split on %s', (_label, text: fc.Arbitrary<string>) => {
    fc.assert(
      fc.property(text, (folded) => {
        expect(tokenizeFolded(folded)).toEqual(splitReference(folded));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('normaliseHashtags', () => {
  it.each([
    [['#Fútbol', 'gym', '##x'], ['futbol', 'gym', 'x']],
    [[null, 5, '', 'a'.repeat(200)], []],
    [undefined, []],
  ])('%j', (tags, expected) => {
    expect(normaliseHashtags(tags as unknown[] | undefined)).toEqual(expected);
  });
});
