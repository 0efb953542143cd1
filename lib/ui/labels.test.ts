import { describe, expect, it } from 'vitest';
import { englishNamedCodes, languageLabel, regionLabel } from './labels';

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

  it.each([
    ['language', ['de', 'German'], /^[a-z]{2}$/],
    ['region', ['DE', 'Germany'], /^[A-Z]{2}$/],
  ] as const)('englishNamedCodes(%s): named codes only, in the case of their standard', (type, pair, shape) => {
    const named = englishNamedCodes(type);
    expect(named).toContainEqual(pair);
    for (const [code, name] of named) {
      expect(code).toMatch(shape);
      expect(name).not.toBe(code);
    }
    // Far fewer than the 676 two-letter strings: codes no standard assigns ("qq", "QQ") are left out.
    expect(named.length).toBeGreaterThan(150);
    expect(named.length).toBeLessThan(400);
  });
});
