import { describe, expect, it } from 'vitest';
import { audienceOverlap } from '../../lib/segments/overlap';

const sets = (o: Record<string, string[]>) => new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]));

describe('audienceOverlap', () => {
  it.each([
    ['no profiles', {}, { uniqueReach: 0, sharedByAny: 0, sharedByAll: 0, pairs: [] }],
    ['one profile', { a: ['1', '2'] }, { uniqueReach: 2, sharedByAny: 0, sharedByAll: 2, exclusive: { a: 2 }, pairs: [] }],
    [
      'two profiles sharing one member',
      { a: ['1', '2'], b: ['2', '3', '4'] },
      {
        audience: { a: 2, b: 3 },
        uniqueReach: 4,
        sharedByAny: 1,
        sharedByAll: 1,
        exclusive: { a: 1, b: 2 },
        pairs: [{ a: 'a', b: 'b', shared: 1, jaccard: 0.25 }],
      },
    ],
    [
      'three profiles: shared by two is not shared by all',
      { a: ['1', '2'], b: ['2', '3'], c: ['3', '9'] },
      { uniqueReach: 4, sharedByAny: 2, sharedByAll: 0, exclusive: { a: 1, b: 0, c: 1 } },
    ],
    ['two empty audiences', { a: [], b: [] }, { uniqueReach: 0, pairs: [{ a: 'a', b: 'b', shared: 0, jaccard: 0 }] }],
  ])('%s', (_label, input, expected) => {
    expect(audienceOverlap(sets(input))).toMatchObject(expected);
  });
});
