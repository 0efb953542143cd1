import { describe, expect, it } from 'vitest';
import { get, getPath } from './json-access';

const tree = { a: { b: [{ c: { d: { e: { f: 'deep' } } } }] }, n: null, s: 'text' };

describe('get', () => {
  it.each([
    { path: [] as (string | number)[], want: tree },
    { path: ['s'], want: 'text' },
    { path: ['a', 'b', 0, 'c', 'd', 'e'], want: { f: 'deep' } },
    { path: ['a', 'b', 1], want: undefined },
    { path: ['a', 'b', 'length'], want: undefined }, // a key on an array is not followed
    { path: ['a', 0], want: undefined }, // an index on a record is not followed
    { path: ['n', 'x'], want: undefined },
    { path: ['s', 'length'], want: undefined }, // nor a key on a string
    { path: ['missing', 'b', 0, 'c', 'd', 'e'], want: undefined },
  ])('$path', ({ path, want }) => {
    expect(get(tree, ...(path as [string?]))).toEqual(want);
    expect(getPath(tree, path)).toEqual(want);
  });

  it('getPath follows paths longer than get takes', () => {
    expect(getPath(tree, ['a', 'b', 0, 'c', 'd', 'e', 'f'])).toBe('deep');
    expect(getPath(tree, ['a', 'b', 0, 'c', 'd', 'e', 'f', 'g'])).toBeUndefined();
  });
});
