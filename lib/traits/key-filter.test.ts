import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyFilter } from './key-filter';

describe('keyFilter', () => {
  const keys = ['', 'a', 'fitness', 'sao', 'são', '日本', 'ab', 'x'.repeat(40), '\ud83d\ude00'];
  const filter = keyFilter(keys);

  it.each(keys)('never says no to a key: %j', (key) => {
    expect(filter.mayHave(key)).toBe(true);
  });

  it('never says no to a key, whatever the keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 50 }), (list) => {
        const f = keyFilter(list);
        for (const key of list) expect(f.mayHave(key)).toBe(true);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it.each(['the', 'and', 'fitnesses', 'b', 'sa'])('says no to most other words: %j', (word) => {
    expect(filter.mayHave(word)).toBe(false);
  });
});
