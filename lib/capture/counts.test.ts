import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from './counts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

describe('parseCount', () => {
  it.each<[string, number | undefined]>([
    ['1,234', 1234],
    ['1.234', 1234], // German grouping: 3 digits after a single separator group thousands
    ['1,234,567 views', 1_234_567],
    ['1.234.567', 1_234_567],
    ['1,545,374 views', 1_545_374],
    ['1.2M', 1_200_000],
    ['24.6m subscribers', 24_600_000],
    ['25m subscribers', 25_000_000],
    ['8.84k subscribers', 8_840],
    ['110 million', 110_000_000],
    ['12,3 k', 12_300],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234\u202f567 vues', 1_234_567],
    ["1'234", 1234],
    ['1,2 Mio.', 1_200_000],
    ['3,5 Mrd.', 3_500_000_000],
    ['1.2万', 12_000],
    ['1.2万回視聴', 12_000],
    ['3.4億', 340_000_000],
    ['12만', 120_000],
    ['1.5K views', 1_500],
    ['43K', 43_000],
    ['2.7K', 2_700],
    ['1,234K', 1_234], // with a multiplier the single separator is the decimal mark: 1.234 thousand
    ['1.234,5 k', 1_234_500],
    ['1,234.5k', 1_234_500],
    ['٣٤٥', 345],
    ['١٬٢٣٤', 1234],
    ['۱۲۳۴', 1234],
    ['١٫٥ ألف', undefined], // Arabic multiplier words are not in the table: unreadable, not 1
    ['5 mil', 5_000],
    ['1,2 mi de visualizações', 1_200_000],
    ['2,5 millones', 2_500_000],
    ['7 Comments', 7],
    ['like this video along with 5 other people', 5],
    ['No views', 0],
    ['No comments', 0],
    ['Keine Aufrufe', 0],
    ['', undefined],
    ['views', undefined],
    ['Like', undefined],
    ['nothing', undefined],
    ['no.', undefined],
    ['1.5', undefined], // a whole count cannot be one and a half
    ['12,3', undefined],
    ['-5', undefined],
    ['3 12', 3], // a space followed by two digits does not group: the count ends there
    ['1,23,456', undefined], // inconsistent grouping
    ['99999999999999 views', undefined], // above 10^13
  ])('parseCount(%j) = %j', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it.each<[unknown, number | undefined]>([
    [1234, 1234],
    [0, 0],
    [1.5, undefined],
    [-1, undefined],
    [Number.NaN, undefined],
    [Infinity, undefined],
    [null, undefined],
    [{}, undefined],
  ])('parseCount(%j) for non-strings = %j', (value, expected) => {
    expect(parseCount(value)).toBe(expected);
  });

  it('never throws; the result is undefined or a whole non-negative number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything()), (value) => {
        const n = parseCount(value);
        return n === undefined || (Number.isInteger(n) && n >= 0 && n <= 1e13);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads any whole number printed with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), fc.constantFrom(',', '.', ' ', '\u00a0'), (n, sep) => {
        const printed = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        return parseCount(`${printed} views`) === n;
      }),
      { numRuns: RUNS },
    );
  });
});
