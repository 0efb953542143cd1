import { describe, expect, it } from 'vitest';
import { fitMark, MIN_KNOWN_FOR_MARK, type FitMark } from './fit-mark';

describe('fitMark', () => {
  it.each<[boolean | 'unknown', number, FitMark]>([
    [true, 1, 'too-few'],
    [false, 1, 'too-few'],
    [true, MIN_KNOWN_FOR_MARK - 1, 'too-few'],
    [true, MIN_KNOWN_FOR_MARK, 'match'],
    [false, MIN_KNOWN_FOR_MARK, 'miss'],
    [true, 500, 'match'],
    [false, 500, 'miss'],
    ['unknown', 0, 'unknown'],
    ['unknown', 50, 'unknown'],
  ])('match %s with %i known → %s', (match, n, mark) => {
    expect(fitMark({ match, n })).toBe(mark);
  });
});
