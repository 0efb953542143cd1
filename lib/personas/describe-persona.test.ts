import { describe, expect, it } from 'vitest';
import { describePersona, MIN_KNOWN_TO_STATE } from './describe-persona';
import type { AudienceMember } from './types';

/** `n` members, the first `aged` of them with an age band, the first `placed` in Portugal. */
function members(n: number, aged: number, placed: number): AudienceMember[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `m${i}`,
    gender: 'female',
    language: 'en',
    regions: i < placed ? [{ region: 'PT', p: 0.8 }] : [],
    interests: [],
    ageBand: i < aged ? '25-34' : null,
  }));
}

describe('describePersona states nothing from too few members with a known value', () => {
  it.each<[number, number, string, string]>([
    [1, 1, 'unknown', 'unknown'],
    [MIN_KNOWN_TO_STATE - 1, MIN_KNOWN_TO_STATE - 1, 'unknown', 'unknown'],
    [MIN_KNOWN_TO_STATE, MIN_KNOWN_TO_STATE, '25-34', 'PT'],
    [40, 40, '25-34', 'PT'],
  ])('%i with an age band, %i with a region → age %s, region %s', (aged, placed, age, region) => {
    const traits = describePersona(members(44, aged, placed));
    expect(traits.ageBand).toMatchObject({ value: age, known: aged });
    expect(traits.region).toMatchObject({ value: region, known: placed });
    // Gender and language rest on all 44: stated.
    expect(traits.gender).toMatchObject({ value: 'female', share: 1, known: 44 });
  });
});
