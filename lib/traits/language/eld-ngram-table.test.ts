import { describe, expect, it } from 'vitest';
import { findNgram, LANGUAGE_BITS, LANGUAGE_MASK, packNgrams, unpackNgramTable, type NgramsData } from './eld-ngram-table';
import { loadEldSources } from './vendor-eld';

const { ngramsData } = await loadEldSources();

/** A string n-gram in eld-byte-ngrams.ts' packing. */
function packed(ngram: string): [lo: number, hi: number] {
  let lo = 0;
  let hi = ngram.length << 16;
  for (let at = 0; at < ngram.length; at++) {
    if (at < 4) lo |= ngram.charCodeAt(at) << (at * 8);
    else hi |= ngram.charCodeAt(at) << ((at - 4) * 8);
  }
  return [lo, hi];
}

const table = unpackNgramTable(packNgrams(ngramsData));

/** The scores the table holds for an n-gram, as eld stores them; undefined when not found. */
function scoresOf(ngram: string): Record<number, number> | undefined {
  const s = findNgram(table, ...packed(ngram));
  if (s < 0) return undefined;
  const scores: Record<number, number> = {};
  for (let e = table.slots[s + 2]!; e < table.slots[s + 3]!; e++) {
    scores[table.entries[e]! & LANGUAGE_MASK] = (table.entries[e]! >>> LANGUAGE_BITS) - 53;
  }
  return scores;
}

describe("eld's n-gram table, packed and unpacked", () => {
  it('has every n-gram with its scores, and the languages in order', () => {
    const wrong: string[] = [];
    for (const [ngram, scores] of Object.entries(ngramsData.ngrams)) {
      if (JSON.stringify(scoresOf(ngram)) !== JSON.stringify(scores)) wrong.push(ngram);
    }
    expect(wrong).toEqual([]);
    expect(table.codes).toEqual(Object.values(ngramsData.languages));
  });

  it.each([' qqq', 'zzzz ', ' a b ', 'xqxq', ' de', ' de  ', ' d'])('does not have %j', (ngram) => {
    expect(ngramsData.ngrams[ngram]).toBeUndefined();
    expect(scoresOf(ngram)).toBeUndefined();
  });

  const languages = { 0: 'en', 1: 'de' };
  it.each<[string, NgramsData]>([
    ['an n-gram of 7 characters', { languages, ngrams: { ' abcde ': { 0: 10 } } }],
    ['an empty n-gram', { languages, ngrams: { '': { 0: 10 } } }],
    ['a character above 255', { languages, ngrams: { ' ā ': { 0: 10 } } }],
    ['a score above 255', { languages, ngrams: { ' a ': { 0: 256 } } }],
    ['a negative score', { languages, ngrams: { ' a ': { 0: -1 } } }],
    ['a fractional score', { languages, ngrams: { ' a ': { 0: 1.5 } } }],
    ['an unknown language', { languages, ngrams: { ' a ': { 2: 10 } } }],
    ['65 languages', { languages: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [i, 'xx'])), ngrams: {} }],
  ])('refuses data with %s', (_label, data) => {
    expect(() => packNgrams(data)).toThrow(/eld's table/);
  });

  it('refuses bytes cut short', () => {
    const bytes = packNgrams({ languages, ngrams: { ' a ': { 0: 10, 1: 20 }, ' b ': { 1: 5 } } });
    expect(() => unpackNgramTable(bytes.subarray(0, bytes.length - 1))).toThrow(/malformed/);
  });
});
