import { describe, expect, it } from 'vitest';
import { sortRows, type SortKey } from '../../lib/shortlists/sort';
import { row } from './rows';

const a = row({ handle: 'a', followers: 100, engagement: { rate: 0.05, n: 3 }, growth: { change: 10, per30Days: 10, relativePer30Days: 0.1, n: 2 }, fits: [{ personaId: 'p1', personaName: 'P', score: 30, low: 20, high: 40, n: 9, source: 'segments' }] });
const b = row({ handle: 'b', followers: 300, engagement: { rate: 0.01, n: 3 }, growth: { change: 5, per30Days: 5, relativePer30Days: 0.01, n: 2 }, fits: [{ personaId: 'p1', personaName: 'P', score: 90, low: 80, high: 95, n: 9, source: 'segments' }] });
const unknown = row({ handle: 'u', followers: null, engagement: { rate: null, n: 0 }, growth: { change: null, per30Days: null, relativePer30Days: null, n: 1 }, fits: [{ personaId: 'p1', personaName: 'P', score: null, low: null, high: null, n: 0, source: 'segments' }] });

describe('sortRows', () => {
  it.each<[SortKey, 'asc' | 'desc', string[]]>([
    ['fit', 'desc', ['b', 'a', 'u']],
    ['fit', 'asc', ['a', 'b', 'u']],
    ['engagement', 'desc', ['a', 'b', 'u']],
    ['engagement', 'asc', ['b', 'a', 'u']],
    ['followers', 'desc', ['b', 'a', 'u']],
    ['followers', 'asc', ['a', 'b', 'u']],
    ['growth', 'desc', ['a', 'b', 'u']],
    ['growth', 'asc', ['b', 'a', 'u']],
  ])('by %s %s, unknown last', (key, direction, expected) => {
    expect(sortRows([unknown, a, b], key, direction, 'p1').map((r) => r.handle)).toEqual(expected);
  });

  it('is stable for equal values and does not mutate its input', () => {
    const input = [row({ handle: 'x' }), row({ handle: 'y' }), unknown, row({ handle: 'z', followers: null })];
    const copy = [...input];
    expect(sortRows(input, 'followers', 'desc').map((r) => r.handle)).toEqual(['x', 'y', 'u', 'z']);
    expect(input).toEqual(copy);
  });
});
