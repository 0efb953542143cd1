import { describe, expect, it } from 'vitest';
import type { FitReason } from '../../lib/personas/types';
import { fileSource } from '../../test/helpers/catalogue-source';
import { setMessageSource } from '../i18n/source';
import { text } from '../text';

// lib/personas/fit.ts gives a reason as numbers and the target's codes; the words, and the
// codes' names in the UI language ("German", not "de"), are here.
describe('a fit reason in words', () => {
  const reason = (r: Partial<FitReason> & Pick<FitReason, 'dimension'>): FitReason => ({
    match: true,
    share: 1,
    n: 2,
    unknown: 0,
    target: { values: [] },
    ...r,
  });
  it.each<[string, FitReason, string]>([
    ['language, some unknown', reason({ dimension: 'language', n: 2, unknown: 1, target: { values: ['de'] } }), '100% write in German (2 with a known language; 1 unknown, not counted)'],
    ['region as the brand wrote it', reason({ dimension: 'region', target: { values: ['LATAM'] } }), '100% likely in Latin America (2 with a known region)'],
    [
      'more than four values',
      reason({ dimension: 'interest', match: false, share: 0.234, n: 40, target: { values: ['gaming', 'tech', 'food', 'travel', 'beauty'] } }),
      '23% have Gaming, Tech, Food, Travel … as a main interest (40 with a known interests)',
    ],
    ['age band', reason({ dimension: 'age', share: 0.5, n: 10, unknown: 4, target: { values: ['18-24', '25-34'] } }), '50% in age band 18-24 or 25-34 (10 with a known age band; 4 unknown, not counted)'],
    [
      'gender mix',
      reason({ dimension: 'gender', share: 0.8, n: 30, target: { values: [], female: 0.5 }, femaleShare: 0.3 }),
      'Gender mix 30% female vs target 50%: 80% overlap (30 with a known gender)',
    ],
    [
      'languages, any of them',
      reason({ dimension: 'language', share: 0.5, n: 4, target: { values: ['de', 'fr', 'pt'] } }),
      '50% write in German, French, or Portuguese (4 with a known language)',
    ],
    ['unknown', reason({ dimension: 'region', match: 'unknown', share: 0, n: 0, unknown: 3, target: { values: ['DE'] } }), 'No commenter has a known region yet (3 unknown); left out of the score'],
  ])('%s', (_label, r, words) => {
    expect(text.report.fitReason(r)).toBe(words);
  });

  it('says when too few commenters back it', () => {
    expect(text.report.fitTooFew(text.report.fitReason(reason({ dimension: 'language', target: { values: ['de'] } })))).toBe(
      'Too few to tell: 100% write in German (2 with a known language)',
    );
  });
});

describe('a fit reason in the UI language', () => {
  it('names the target languages in German and joins them as alternatives', () => {
    const previous = setMessageSource(fileSource('de'));
    try {
      const words = text.report.fitReason({ dimension: 'language', match: true, share: 0.5, n: 4, unknown: 0, target: { values: ['de', 'fr'] } });
      expect(words).toContain('Deutsch oder Französisch');
      expect(words).not.toMatch(/\b(de|fr)\b/);
    } finally {
      setMessageSource(previous);
    }
  });
});
