import { describe, expect, it } from 'vitest';
import { emptyDemographics, type Demographics } from './demographics';
import { mergeDemographics, tablesIn } from './merge';

const of = (parts: Partial<Demographics>): Demographics => ({ ...emptyDemographics('youtube-studio'), ...parts });
const age = of({ age: { '18-24': 0.4, '25-34': 0.6 }, rows: 2 });
const gender = of({ gender: { female: 0.55, male: 0.45 }, rows: 2 });
const geography = of({ country: { DE: 0.7, AT: 0.3 }, rows: 2 });
const joint = of({
  kind: 'plain-csv',
  age: { '18-24': 1 },
  gender: { female: 1 },
  country: { FR: 1 },
  cells: [{ age: '18-24', gender: 'female', country: 'FR', share: 1 }],
  rows: 1,
});

describe('mergeDemographics', () => {
  it.each<[string, Demographics | null, Demographics, Partial<Demographics>]>([
    ['a first import is taken as it is', null, age, age],
    ['age, then gender: both tables', age, gender, { age: age.age, gender: gender.gender, country: {}, rows: 4 }],
    ['a second age table replaces the first, gender stays', of({ ...age, gender: gender.gender, rows: 4 }), of({ age: { '65+': 1 }, rows: 1 }), { age: { '65+': 1 }, gender: gender.gender, rows: 5 }],
    ['a full export replaces everything it states', of({ age: age.age, gender: gender.gender, rows: 4 }), joint, joint],
    ['joint cells go when one of their tables is replaced', joint, geography, { age: { '18-24': 1 }, gender: { female: 1 }, country: geography.country, cells: [] }],
  ])('%s', (_label, previous, next, expected) => {
    expect(mergeDemographics(previous, next)).toMatchObject(expected);
  });

  it('never changes what it was given', () => {
    const before = JSON.stringify([age, gender]);
    mergeDemographics(age, gender);
    expect(JSON.stringify([age, gender])).toBe(before);
  });

  it.each<[Demographics, string[]]>([
    [age, ['age']],
    [joint, ['age', 'gender', 'country']],
    [emptyDemographics('tiktok'), []],
  ])('tablesIn names the tables with shares', (d, tables) => {
    expect(tablesIn(d)).toEqual(tables);
  });
});
