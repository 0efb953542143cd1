import { describe, expect, it } from 'vitest';
import { formatChange, formatCompact, formatCount, formatPercent } from './format';

describe('format', () => {
  it.each([
    [245000, '245,000'],
    [0, '0'],
    [undefined, 'unknown'],
    [Number.NaN, 'unknown'],
  ])('formatCount(%s) = %s', (n, s) => expect(formatCount(n, 'en-US')).toBe(s));

  it.each([
    [1_234_567, '1.2M'],
    [undefined, 'unknown'],
  ])('formatCompact(%s) = %s', (n, s) => expect(formatCompact(n, 'en-US')).toBe(s));

  it.each([
    [0.256, 0, '26%'],
    [undefined, 0, 'unknown'],
  ])('formatPercent(%s) = %s', (n, d, s) => expect(formatPercent(n, d, 'en-US')).toBe(s));

  it.each([
    [1000, 1100, '+100 (+10%)'],
    [1000, 900, '-100 (-10%)'],
    [undefined, 900, 'unknown'],
  ])('formatChange(%s, %s) = %s', (a, b, s) => expect(formatChange(a, b, 'en-US')).toBe(s));
});
