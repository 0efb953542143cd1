import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitFromSegments, fitScore } from '../../lib/personas/fit';
import { PRESET_TARGET_PERSONAS } from '../../lib/personas/targets';
import type { AudienceMember, SegmentDistribution, TargetPersona } from '../../lib/personas/types';
import { plantedAudience } from './helpers';

const AGE_BANDS = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'];
const LANGS = ['en', 'de', 'es', 'pt', 'fr'];
const REGIONS = ['US', 'DE', 'MX', 'BR', 'FR'];
const INTERESTS = ['beauty', 'gaming', 'fitness', 'food', 'tech'];
const FC = { seed: 20260101, numRuns: 60 };

/** Targets that specify every dimension, with a gender mix on quarters so an audience can match it exactly. */
const targetArb: fc.Arbitrary<TargetPersona> = fc
  .record({
    female: fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
    languages: fc.subarray(LANGS, { minLength: 1, maxLength: 3 }),
    regions: fc.subarray(REGIONS, { minLength: 1, maxLength: 3 }),
    interests: fc.subarray(INTERESTS, { minLength: 1, maxLength: 3 }),
    ageBands: fc.subarray(AGE_BANDS, { minLength: 1, maxLength: 3 }),
    weights: fc.record({
      gender: fc.integer({ min: 1, max: 3 }),
      language: fc.integer({ min: 1, max: 3 }),
      region: fc.integer({ min: 1, max: 3 }),
      interest: fc.integer({ min: 1, max: 3 }),
      age: fc.integer({ min: 1, max: 3 }),
    }),
  })
  .map((t) => ({
    id: 't',
    name: 'Target',
    genders: { female: t.female, male: 1 - t.female },
    languages: t.languages,
    regions: t.regions,
    interests: t.interests,
    ageBands: t.ageBands,
    weights: t.weights,
  }));

/** An audience that is exactly the target: every member matches, gender mix equal. */
function identicalAudience(target: TargetPersona, n: number): AudienceMember[] {
  const females = Math.round(n * (target.genders?.female ?? 0));
  return Array.from({ length: n }, (_, i) => ({
    key: `m${i}`,
    gender: i < females ? 'female' : 'male',
    language: target.languages![i % target.languages!.length]!,
    regions: [{ region: target.regions![i % target.regions!.length]!, p: 1 }],
    interests: [{ category: target.interests![i % target.interests!.length]!, score: 1 }],
    ageBand: target.ageBands![i % target.ageBands!.length]!,
  }));
}

const memberArb: fc.Arbitrary<AudienceMember> = fc.record({
  key: fc.uuid(),
  gender: fc.constantFrom('female', 'male', 'unknown'),
  language: fc.constantFrom(...LANGS, 'unknown'),
  regions: fc.constantFrom(...REGIONS).map((r) => [{ region: r, p: 0.7 }]),
  interests: fc.constantFrom(...INTERESTS).map((c) => [{ category: c, score: 0.8 }, { category: 'music', score: 0.3 }]),
  ageBand: fc.constantFrom(...AGE_BANDS, null),
}) as fc.Arbitrary<AudienceMember>;

type Dim = 'language' | 'region' | 'interest' | 'age';
function moveAway(m: AudienceMember, dim: Dim, target: TargetPersona): AudienceMember {
  switch (dim) {
    case 'language':
      return { ...m, language: 'ja' };
    case 'region':
      return { ...m, regions: [{ region: 'JP', p: 1 }] };
    case 'interest':
      return { ...m, interests: [{ category: 'automotive', score: 1 }] };
    case 'age':
      return { ...m, ageBand: AGE_BANDS.find((b) => !target.ageBands!.includes(b)) ?? null };
  }
}

describe('fitScore properties', () => {
  it('an audience identical to the target scores 100, the highest of any audience', () => {
    fc.assert(
      fc.property(targetArb, fc.array(memberArb, { minLength: 1, maxLength: 60 }), (target, other) => {
        const same = fitScore(identicalAudience(target, 40), target, { seed: 1, bootstrap: 50 });
        expect(same.score).toBeCloseTo(100, 9);
        const diff = fitScore(other, target, { seed: 1, bootstrap: 50 });
        if (diff.score !== null) expect(diff.score).toBeLessThanOrEqual(same.score! + 1e-9);
      }),
      FC,
    );
  });

  it('moving members away from the target lowers the score, step by step', () => {
    fc.assert(
      fc.property(
        targetArb,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 39 }), fc.constantFrom<Dim>('language', 'region', 'interest', 'age')), {
          minLength: 1,
          maxLength: 12,
        }),
        (target, moves) => {
          let audience = identicalAudience(target, 40);
          let previous = fitScore(audience, target, { bootstrap: 0 }).score!;
          const moved = new Set<string>();
          for (const [i, dim] of moves) {
            if (dim === 'age' && target.ageBands!.length === AGE_BANDS.length) continue;
            if (moved.has(`${i}|${dim}`)) continue; // already away on this dimension
            moved.add(`${i}|${dim}`);
            audience = audience.map((m, j) => (j === i ? moveAway(m, dim, target) : m));
            const next = fitScore(audience, target, { bootstrap: 0 }).score!;
            expect(next).toBeLessThan(previous);
            previous = next;
          }
        },
      ),
      FC,
    );
  });

  it('flipping one member’s gender away from an exact mix lowers the score', () => {
    fc.assert(
      fc.property(targetArb, fc.integer({ min: 0, max: 39 }), (target, i) => {
        const audience = identicalAudience(target, 40);
        const m = audience[i]!;
        audience[i] = { ...m, gender: m.gender === 'female' ? 'male' : 'female' };
        expect(fitScore(audience, target, { bootstrap: 0 }).score!).toBeLessThan(100);
      }),
      FC,
    );
  });

  it('in any audience, moving a matching member to a non-target language never raises the score', () => {
    fc.assert(
      fc.property(targetArb, fc.array(memberArb, { minLength: 2, maxLength: 50 }), (target, audience) => {
        const i = audience.findIndex((m) => target.languages!.includes(m.language));
        fc.pre(i >= 0);
        const before = fitScore(audience, target, { bootstrap: 0 }).score!;
        const after = fitScore(audience.map((m, j) => (j === i ? moveAway(m, 'language', target) : m)), target, { bootstrap: 0 }).score!;
        expect(after).toBeLessThan(before);
      }),
      FC,
    );
  });

  it('the bootstrap interval narrows as the sample grows', () => {
    fc.assert(
      fc.property(targetArb, fc.array(memberArb, { minLength: 20, maxLength: 40 }), (target, audience) => {
        const small = fitScore(audience, target, { seed: 3, bootstrap: 200 });
        const large = fitScore([1, 2, 3, 4, 5, 6, 7, 8].flatMap((r) => audience.map((m) => ({ ...m, key: `${m.key}-${r}` }))), target, {
          seed: 3,
          bootstrap: 200,
        });
        fc.pre(small.score !== null && small.high! - small.low! > 0);
        expect(large.score!).toBeCloseTo(small.score!, 9);
        expect(large.high! - large.low!).toBeLessThan(small.high! - small.low!);
        expect(large.low!).toBeLessThanOrEqual(large.score!);
        expect(large.high!).toBeGreaterThanOrEqual(large.score!);
      }),
      { ...FC, numRuns: 30 },
    );
  });
});

function segmentsOf(members: readonly AudienceMember[]): SegmentDistribution[] {
  const seg = (dimension: SegmentDistribution['dimension'], value: (m: AudienceMember) => string | null): SegmentDistribution => {
    const counts: Record<string, number> = {};
    let unknown = 0;
    for (const m of members) {
      const v = value(m);
      if (v === null || v === 'unknown') unknown++;
      else counts[v] = (counts[v] ?? 0) + 1;
    }
    return { dimension, n: members.length - unknown, unknown, counts };
  };
  return [
    seg('gender', (m) => m.gender),
    seg('language', (m) => m.language),
    seg('region', (m) => m.regions[0]?.region ?? null),
    seg('interest', (m) => [...m.interests].sort((a, b) => b.score - a.score)[0]?.category ?? null),
    seg('age', (m) => m.ageBand ?? null),
  ];
}

describe('fitFromSegments', () => {
  it('agrees with fitScore on audiences where both see the same shares', () => {
    fc.assert(
      fc.property(targetArb, fc.array(memberArb, { minLength: 5, maxLength: 80 }), (target, audience) => {
        const a = fitScore(audience, target, { bootstrap: 0 });
        const b = fitFromSegments(segmentsOf(audience), target);
        if (a.score === null) expect(b.score).toBeNull();
        else expect(b.score!).toBeCloseTo(a.score, 9);
      }),
      FC,
    );
  });

  it('scores an identical audience 100 and narrows its interval as n grows', () => {
    fc.assert(
      fc.property(targetArb, fc.array(memberArb, { minLength: 10, maxLength: 40 }), (target, audience) => {
        expect(fitFromSegments(segmentsOf(identicalAudience(target, 40)), target).score).toBeCloseTo(100, 9);
        const small = fitFromSegments(segmentsOf(audience), target);
        const big = fitFromSegments(segmentsOf([1, 2, 3, 4].flatMap(() => audience)), target);
        fc.pre(small.score !== null);
        expect(big.high! - big.low!).toBeLessThan(small.high! - small.low!);
      }),
      FC,
    );
  });
});

describe('fitScore examples', () => {
  const gamers = PRESET_TARGET_PERSONAS.find((t) => t.id === 'preset-german-gamers')!;
  const member = (key: string, language: string, region: string, interest: string | null, extra: Partial<AudienceMember> = {}): AudienceMember => ({
    key,
    gender: 'male',
    language,
    regions: region === 'unknown' ? [] : [{ region, p: 1 }],
    interests: interest ? [{ category: interest, score: 1 }] : [],
    ...extra,
  });

  it.each([
    // language share, region share, interest share → weighted (3, 1, 3) / 7
    ['all German gamers in Germany', [member('a', 'de', 'DE', 'gaming'), member('b', 'de', 'AT', 'tech')], 100],
    ['half German, all gamers, half in DACH', [member('a', 'de', 'DE', 'gaming'), member('b', 'en', 'US', 'gaming')], ((3 * 0.5 + 1 * 0.5 + 3 * 1) / 7) * 100],
    ['English beauty fans in the US', [member('a', 'en', 'US', 'beauty'), member('b', 'en', 'GB', 'food')], 0],
  ])('%s', (_label, audience, expected) => {
    expect(fitScore(audience, gamers, { bootstrap: 0 }).score).toBeCloseTo(expected, 9);
  });

  it('counts only known values, says how many, and marks dimensions without data unknown', () => {
    const audience = [member('a', 'de', 'unknown', 'gaming'), member('b', 'unknown', 'unknown', 'gaming'), member('c', 'de', 'unknown', null)];
    const r = fitScore(audience, gamers, { seed: 1 });
    const region = r.reasons.find((x) => x.dimension === 'region')!;
    expect(region.match).toBe('unknown');
    expect(region).toMatchObject({ share: 0, n: 0, unknown: 3, target: { values: ['DACH'] } });
    const language = r.reasons.find((x) => x.dimension === 'language')!;
    expect(language).toMatchObject({ match: true, share: 1, n: 2 });
    expect(language).toMatchObject({ unknown: 1, target: { values: ['de'] } });
    expect(language.femaleShare).toBeUndefined();
    // Region unknown: the score is language (3) and interest (3) only.
    expect(r.score).toBeCloseTo(100, 9);
    expect(r.reasons.at(-1)!.match).toBe('unknown');
  });

  it('has no score when nothing the target weighs is known', () => {
    const r = fitScore([member('a', 'unknown', 'unknown', null)], gamers);
    expect(r).toMatchObject({ score: null, low: null, high: null, n: 1 });
    expect(r.reasons.every((x) => x.match === 'unknown')).toBe(true);
  });

  it('leaves suspicious members out', () => {
    const r = fitScore([member('a', 'de', 'DE', 'gaming'), member('b', 'en', 'US', 'food', { suspicious: true })], gamers, { bootstrap: 0 });
    expect(r.score).toBeCloseTo(100, 9);
    expect(r.n).toBe(1);
  });

  it('skips the interval when asked for no bootstrap', () => {
    const r = fitScore([member('a', 'de', 'DE', 'gaming'), member('b', 'en', 'US', 'food')], gamers, { bootstrap: 0 });
    expect(r.low).toBe(r.score);
    expect(r.high).toBe(r.score);
  });

  it('is deterministic for a seed', () => {
    const audience = Array.from({ length: 30 }, (_, i) => member(`m${i}`, i % 3 ? 'de' : 'en', i % 2 ? 'DE' : 'US', i % 4 ? 'gaming' : 'food'));
    expect(fitScore(audience, gamers, { seed: 9 })).toEqual(fitScore(audience, gamers, { seed: 9 }));
  });

  it('treats LATAM as its countries', () => {
    const latam = PRESET_TARGET_PERSONAS.find((t) => t.id === 'preset-fitness-latam')!;
    const r = fitScore([member('a', 'es', 'MX', 'fitness'), member('b', 'pt', 'BR', 'health')], latam, { bootstrap: 0 });
    expect(r.score).toBeCloseTo(100, 9);
    expect(r.reasons.find((x) => x.dimension === 'region')).toMatchObject({ match: true, share: 1, n: 2, unknown: 0, target: { values: ['LATAM'] } });
  });
});

describe('fitScore bootstrap interval', () => {
  // The bounds are the 2.5th and 97.5th percentiles of the resampled scores, interpolated
  // linearly between order statistics (R's type 7). Pinned to the values of the hand-written
  // percentile simple-statistics' quantileSorted replaced: the same interval to the last bit.
  it.each([
    ['preset-young-women-beauty-en', 57.42775742775742, 51.353859920036385, 64.69872598162073],
    ['preset-german-gamers', 31.22448979591837, 22.897959183673468, 38.180612244897965],
  ])('%s on a planted audience of 140: score %f in [%f, %f]', (id, score, low, high) => {
    const target = PRESET_TARGET_PERSONAS.find((t) => t.id === id)!;
    const r = fitScore(plantedAudience(5).members, target, { seed: 2, bootstrap: 200 });
    expect(r.n).toBe(140);
    expect([r.score, r.low, r.high]).toEqual([score, low, high]);
  });
});
