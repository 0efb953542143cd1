import { describe, expect, it } from 'vitest';
import { languageLabel, regionLabel } from './labels';

describe('labels', () => {
  it.each([
    ['DE', 'Germany'],
    ['pt', 'Portugal'],
    ['LATAM', 'LATAM'],
    ['unknown', 'unknown'],
    ['<script>', '<script>'],
  ])('regionLabel(%s) = %s', (code, label) => expect(regionLabel(code, 'en')).toBe(label));

  it.each([
    ['de', 'German'],
    ['unknown', 'unknown'],
    ['zz-!!', 'zz-!!'],
  ])('languageLabel(%s) = %s', (code, label) => expect(languageLabel(code, 'en')).toBe(label));
});
