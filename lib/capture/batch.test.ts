import { describe, expect, it } from 'vitest';
import { clampText, emptyBatch } from './batch';
import { CaptureBatchSchema } from './batch-schema';

describe('CaptureBatchSchema', () => {
  const base = emptyBatch('youtube', 'https://www.youtube.com/@kurzgesagt', 1_700_000_000_000);

  it('accepts an empty batch', () => {
    expect(CaptureBatchSchema.safeParse(base).success).toBe(true);
  });

  it.each([
    ['an unknown platform', { ...base, platform: 'myspace' }],
    ['a plain-http source', { ...base, sourceUrl: 'http://www.youtube.com/' }],
    ['a handle with a leading @', { ...base, profiles: [{ platform: 'youtube', handle: '@x' }] }],
    ['a negative count', { ...base, profiles: [{ platform: 'youtube', handle: 'x', followers: -1 }] }],
    ['a fractional count', { ...base, profiles: [{ platform: 'youtube', handle: 'x', followers: 1.5 }] }],
    ['an unknown field', { ...base, extra: 1 }],
    ['a 10 001 character comment', {
      ...base,
      comments: [{ platform: 'youtube', id: 'c', authorHandle: 'a', text: 'x'.repeat(10_001) }],
    }],
    ['null', null],
  ])('rejects %s', (_label, value) => {
    expect(CaptureBatchSchema.safeParse(value).success).toBe(false);
  });
});

describe('clampText', () => {
  it.each([
    ['abc', 5, 'abc'],
    ['abcdef', 3, 'abc'],
    ['a😀b', 2, 'a'], // never leaves half a surrogate pair
  ])('clampText(%j, %i) = %j', (input, max, expected) => {
    expect(clampText(input, max)).toBe(expected);
  });
});
