import { describe, expect, it } from 'vitest';
import { expandRegions, PRESET_TARGET_PERSONAS, TargetPersonaSchema } from '../../lib/personas/targets';
import { INTEREST_CATEGORIES } from '../../lib/traits/interest-keywords';

const valid = {
  id: 'mine',
  name: 'Runners in Spain',
  genders: { female: 0.5, male: 0.5 },
  languages: ['ES'],
  regions: ['es'],
  interests: ['Fitness'],
  ageBands: ['25-34', '65+'],
  weights: { gender: 1, language: 1, region: 2, interest: 3, age: 0 },
};

describe('TargetPersonaSchema', () => {
  it('accepts a valid target and normalises codes', () => {
    const t = TargetPersonaSchema.parse(valid);
    expect(t.languages).toEqual(['es']);
    expect(t.regions).toEqual(['ES']);
    expect(t.interests).toEqual(['fitness']);
  });

  it.each([
    ['all weights zero', { weights: { gender: 0, language: 0, region: 0, interest: 0, age: 0 } }],
    ['negative weight', { weights: { ...valid.weights, region: -1 } }],
    ['gender share above 1', { genders: { female: 2 } }],
    ['empty gender mix', { genders: { female: 0, male: 0 } }],
    ['malformed age band', { ageBands: ['young'] }],
    ['unknown field', { colour: 'blue' }],
    ['empty name', { name: '  ' }],
  ])('rejects %s', (_label, patch) => {
    expect(TargetPersonaSchema.safeParse({ ...valid, ...patch }).success).toBe(false);
  });

  it('accepts every preset, and presets only use the traits engine’s interest names', () => {
    expect(PRESET_TARGET_PERSONAS.length).toBeGreaterThanOrEqual(3);
    expect(PRESET_TARGET_PERSONAS.length).toBeLessThanOrEqual(5);
    for (const preset of PRESET_TARGET_PERSONAS) {
      expect(TargetPersonaSchema.safeParse(preset).success).toBe(true);
      for (const i of preset.interests ?? []) expect(INTEREST_CATEGORIES as readonly string[]).toContain(i);
    }
  });
});

describe('expandRegions', () => {
  it.each([
    [['LATAM'], ['MX', 'BR', 'LATAM'], ['ES', 'US']],
    [['dach'], ['DE', 'AT', 'CH'], ['NL']],
    [['US', 'gb'], ['US', 'GB'], ['CA']],
  ])('%j contains %j and not %j', (input, has, hasNot) => {
    const set = expandRegions(input);
    for (const r of has) expect(set.has(r)).toBe(true);
    for (const r of hasNot) expect(set.has(r)).toBe(false);
  });
});
