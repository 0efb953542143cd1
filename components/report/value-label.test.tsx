import { describe, expect, it } from 'vitest';
import { valueLabel } from './value-label';

// Codes from the traits engine in words: countries and languages by Intl, groups and interests by the catalogue.
describe('a trait value in words', () => {
  it.each([
    ['region', 'DE', 'Germany'],
    ['region', 'LATAM', 'Latin America'],
    ['region', 'OTHER', 'Other regions'],
    ['region', 'unknown', 'unknown'],
    ['language', 'de', 'German'],
    ['interest', 'home-garden', 'Home & garden'],
    ['interest', 'tech', 'Tech'],
    ['interest', 'not-a-category', 'not-a-category'],
    ['gender', 'female', 'Woman'],
  ])('%s %s: %s', (dimension, value, words) => {
    expect(valueLabel(dimension, value, { female: 'Woman' })).toBe(words);
  });
});
