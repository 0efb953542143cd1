import { describe, expect, it } from 'vitest';
import { shortcodeOfMediaId } from './instagram-shortcode';

describe('shortcodeOfMediaId', () => {
  it.each([
    // Real pairs (id, shortcode) from an Instagram timeline response (../shared/realpages).
    ['2224305748263047050', 'B7eUksNFA-K'],
    ['2223751702027662404', 'B7cWmQcB3RE'],
    ['2223714533029346507', 'B7cOJYHFnzL'],
    ['1', 'B'],
    ['64', 'BA'],
    ['18446744073709551615', 'P__________'],
  ])('%s → %s', (id, code) => {
    expect(shortcodeOfMediaId(id)).toBe(code);
  });

  it.each([[''], ['0'], ['007'], ['12a'], ['-5'], ['18446744073709551616'], ['1'.repeat(21)], ['2224305748263047050_123']])(
    'no shortcode for %j',
    (id) => {
      expect(shortcodeOfMediaId(id)).toBeUndefined();
    },
  );
});
