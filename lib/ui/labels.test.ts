import { describe, expect, it } from 'vitest';
import { interestLabel, languageLabel, regionLabel } from './labels';

describe('labels', () => {
  it.each([
    ['DE', 'Germany'],
    ['pt', 'Portugal'],
    ['LATAM', 'Latin America'],
    ['unknown', 'unknown'],
    ['<script>', '<script>'],
  ])('regionLabel(%s) = %s', (code, label) => expect(regionLabel(code, 'en')).toBe(label));

  it.each([
    ['de', 'German'],
    ['unknown', 'unknown'],
    ['zz-!!', 'zz-!!'],
  ])('languageLabel(%s) = %s', (code, label) => expect(languageLabel(code, 'en')).toBe(label));

  it.each([
    ['home-garden', 'Home & garden'],
    ['art-design', 'Art & design'],
    ['tech', 'Tech'],
  ])('interestLabel(%s) = %s', (code, label) => expect(interestLabel(code)).toBe(label));
});
