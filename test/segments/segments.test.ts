import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MemberTraitSummary } from '../../lib/segments/member-traits';
import {
  applyContribution,
  contributionOf,
  countsOf,
  distributions,
  emptySegmentCounts,
  sameContribution,
} from '../../lib/segments/segments';

function member(over: Partial<MemberTraitSummary> = {}): MemberTraitSummary {
  return {
    comments: 1,
    gender: 'unknown',
    genderP: 0,
    language: 'unknown',
    languageP: 0,
    regions: [],
    interests: [],
    ageBand: null,
    suspiciousComments: 0,
    flags: {},
    ...over,
  };
}

describe('contributionOf', () => {
  it.each<[string, MemberTraitSummary | undefined, Partial<Record<string, string[]>>, boolean]>([
    ['no traits: unknown everywhere', undefined, { gender: [], language: [], region: [], interest: [], age: [] }, false],
    ['a known gender and language', member({ gender: 'female', language: 'es' }), { gender: ['female'], language: ['es'] }, false],
    ['a weak top region is unknown', member({ regions: [{ region: 'BR', p: 0.29 }] }), { region: [] }, false],
    ['a top region at the floor counts', member({ regions: [{ region: 'BR', p: 0.3 }, { region: 'PT', p: 0.3 }] }), { region: ['BR'] }, false],
    [
      'every interest above the floor, sorted',
      member({ interests: [{ category: 'travel', score: 2 }, { category: 'food', score: 0.4 }, { category: 'tech', score: 0.39 }] }),
      { interest: ['food', 'travel'] },
      false,
    ],
    ['an age band', member({ ageBand: '45-54' }), { age: ['45-54'] }, false],
    ['suspicious', member({ comments: 1, suspiciousComments: 1, gender: 'male' }), { gender: ['male'] }, true],
  ])('%s', (_label, s, values, suspicious) => {
    const c = contributionOf(s);
    expect(c.values).toMatchObject(values);
    expect(c.suspicious).toBe(suspicious);
  });
});

describe('segment counts', () => {
  it('counts members per value, unknowns apart, suspicious members outside every dimension', () => {
    const counts = countsOf([
      member({ gender: 'female', language: 'en', interests: [{ category: 'food', score: 1 }, { category: 'travel', score: 1 }] }),
      member({ gender: 'female', language: 'es', interests: [{ category: 'food', score: 1 }] }),
      member({ gender: 'male' }),
      undefined,
      member({ gender: 'male', comments: 1, suspiciousComments: 1 }),
    ]);
    expect(counts.members).toBe(5);
    expect(counts.suspicious).toBe(1);
    expect(counts.dimensions.gender).toEqual({ n: 3, unknown: 1, counts: { female: 2, male: 1 } });
    expect(counts.dimensions.language).toEqual({ n: 2, unknown: 2, counts: { en: 1, es: 1 } });
    expect(counts.dimensions.interest).toEqual({ n: 2, unknown: 2, counts: { food: 2, travel: 1 } });
  });

  it('removing a member undoes adding them exactly (no zero-count values left behind)', () => {
    const base = countsOf([member({ gender: 'female' })]);
    const c = contributionOf(member({ gender: 'male', language: 'de', regions: [{ region: 'DE', p: 0.5 }] }));
    applyContribution(base, c, 1);
    applyContribution(base, c, -1);
    expect(base).toEqual(countsOf([member({ gender: 'female' })]));
  });

  it('incremental updates equal a recount from scratch for any sequence of trait changes', () => {
    const summaryArb = fc.option(
      fc.record({
        comments: fc.integer({ min: 1, max: 5 }),
        gender: fc.constantFrom('female', 'male', 'unknown'),
        genderP: fc.double({ min: 0, max: 1, noNaN: true }),
        language: fc.constantFrom('en', 'es', 'pt', 'unknown'),
        languageP: fc.double({ min: 0, max: 1, noNaN: true }),
        regions: fc.array(fc.record({ region: fc.constantFrom('BR', 'US', 'DE'), p: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 2 }),
        interests: fc.array(fc.record({ category: fc.constantFrom('food', 'travel', 'tech'), score: fc.double({ min: 0, max: 2, noNaN: true }) }), { maxLength: 3 }),
        ageBand: fc.constantFrom(null, '18-24', '25-34'),
        suspiciousComments: fc.integer({ min: 0, max: 5 }),
        flags: fc.constant({}),
      }) as fc.Arbitrary<MemberTraitSummary>,
      { nil: undefined },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), summaryArb), { maxLength: 40 }), (updates) => {
        const current = new Map<number, MemberTraitSummary | undefined>();
        const counts = emptySegmentCounts();
        for (const [who, next] of updates) {
          const had = current.has(who);
          const before = contributionOf(current.get(who));
          const after = contributionOf(next);
          if (!had) applyContribution(counts, after, 1);
          else if (!sameContribution(before, after)) {
            applyContribution(counts, before, -1);
            applyContribution(counts, after, 1);
          }
          current.set(who, next);
        }
        expect(counts).toEqual(countsOf(current.values()));
      }),
    );
  });
});

describe('distributions', () => {
  it('gives each value its share of the known members with a 95% Wilson interval', () => {
    const counts = countsOf([
      ...Array.from({ length: 8 }, () => member({ gender: 'female' })),
      ...Array.from({ length: 2 }, () => member({ gender: 'male' })),
      member(),
    ]);
    const gender = distributions(counts).find((d) => d.dimension === 'gender')!;
    expect(gender).toMatchObject({ n: 10, unknown: 1, counts: { female: 8, male: 2 } });
    expect(gender.shares.map((s) => s.value)).toEqual(['female', 'male']);
    const female = gender.shares[0]!;
    expect(female.p).toBe(0.8);
    // Wilson 95% for 8/10: [0.490, 0.943].
    expect(female.low).toBeCloseTo(0.49, 2);
    expect(female.high).toBeCloseTo(0.943, 2);
  });

  it('says nothing rather than divide by zero for an empty audience', () => {
    const all = distributions(emptySegmentCounts());
    expect(all.map((d) => d.dimension)).toEqual(['gender', 'language', 'region', 'interest', 'age']);
    expect(all.every((d) => d.n === 0 && d.shares.length === 0)).toBe(true);
  });
});
