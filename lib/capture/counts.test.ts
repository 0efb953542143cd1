import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from './counts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

describe('parseCount', () => {
  it.each<[string, number | undefined]>([
    ['1,234', 1234],
    ['90210', 90_210], // a bare digit string, as APIs send counts
    ['0', 0],
    ['10000000000000', 1e13],
    ['10000000000001', undefined], // above the schema's largest count
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
    ['١٫٥ ألف', 1_500],
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

  // Counts as the interest-list languages print them (en es pt de fr, id it tr ja ko hi ar):
  // compact (rounded) and full forms, with the page's language where the meaning depends on it.
  it.each<[string, string | undefined, number | undefined]>([
    ['4,69 M', 'es', 4_690_000],
    ['4,69 M', undefined, 4_690_000],
    ['127.696', 'es', 127_696],
    ['1,2 mil', 'es', 1_200],
    ['14 K', 'es', 14_000],
    ['14 mil Me gusta', 'es', 14_000],
    ['2,5 M de suscriptores', 'es', 2_500_000],
    ['1,2 mil', 'pt', 1_200],
    ['4,7 mi de visualizações', 'pt', 4_700_000],
    ['3,1 bi', 'pt', 3_100_000_000],
    ['2,3 Mio.', 'de', 2_300_000],
    ['127.696 Aufrufe', 'de', 127_696],
    ['12 Tsd.', 'de', 12_000],
    ['1,2 k abonnés', 'fr', 1_200],
    ['127 696 vues', 'fr', 127_696],
    ['2,3 M d’abonnés', 'fr', 2_300_000],
    ['1,4 Md', 'fr', 1_400_000_000],
    ['1,2 rb', 'id', 1_200],
    ['4,7 jt', 'id', 4_700_000],
    ['1,2 M', 'id', 1_200_000_000], // Indonesian M is miliar
    ['14 mila', 'it', 14_000],
    ['2,3 Mln', 'it', 2_300_000],
    ['14.434', 'it', 14_434],
    ['1,2 B', 'tr', 1_200], // Turkish B is bin (thousand)
    ['4,7 Mn', 'tr', 4_700_000],
    ['1,2 Mr', 'tr', 1_200_000_000],
    ['1.2B', 'en', 1_200_000_000],
    ['1.4万', 'ja', 14_000],
    ['9.9億', 'ja', 990_000_000],
    ['1.2천', 'ko', 1_200],
    ['469만', 'ko', 4_690_000],
    ['1.2 हज़ार', 'hi', 1_200],
    ['1.3 लाख', 'hi', 130_000],
    ['99 क॰', 'hi', 990_000_000],
    ['1,27,696', 'hi', 127_696],
    ['1,27,696', undefined, undefined], // lakh grouping only where the page is Hindi
    ['1.2 ألف', 'ar', 1_200],
    ['٤٫٧ مليون', 'ar', 4_700_000],
    ['١٢٧٬٦٩٦', 'ar', 127_696],
    ['2.3 مليار', 'ar', 2_300_000_000],
  ])('parseCount(%j, %s) = %j', (text, lang, expected) => {
    expect(parseCount(text, lang)).toBe(expected);
  });

  it.each(['en', 'es', 'pt', 'de', 'fr', 'id', 'it', 'tr', 'ja', 'ko', 'hi', 'ar'])(
    '%s: reads what Intl prints, compact within its rounding and full exactly',
    (lang) => {
      const compact = new Intl.NumberFormat(lang, { notation: 'compact' });
      const full = new Intl.NumberFormat(lang);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 999_000_000 }), (n) => {
          const rounded = parseCount(compact.format(n), lang);
          // Two significant digits: within 5% (and at least 1) of the true count.
          const near = rounded !== undefined && Math.abs(rounded - n) <= Math.max(1, n * 0.05);
          return near && parseCount(full.format(n), lang) === n;
        }),
        { numRuns: RUNS },
      );
    },
  );

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
