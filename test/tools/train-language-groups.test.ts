import { describe, expect, it } from 'vitest';
import type { CatalogueSample } from './catalogue-text';
import { TRAINING, trainGroup, trainGroups, translatedWords } from './train-language-groups';

const sample = (language: string, text: string, catalogue = 'test'): CatalogueSample => ({ language, folder: language, catalogue, text });
const repeat = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

// Two made-up languages that share "ka" and differ in one word each.
const SAMPLES = [
  ...repeat(10, (i) => sample('aa', `ka lolo ${'x'.repeat(i % 3 + 1)}`)),
  ...repeat(10, (i) => sample('bb', `ka mimi ${'x'.repeat(i % 3 + 1)}`)),
  sample('cc', 'ka lolo mimi'),
];

// The plain naive Bayes: TRAINING's features and smoothing, every program and word counted.
const PLAIN = { ...TRAINING, minPrograms: 1, programCap: Number.POSITIVE_INFINITY, sourceWords: 1, groups: {} };

const weight = (group: ReturnType<typeof trainGroup>, feature: string) => {
  const i = group.features.indexOf(feature);
  return i < 0 ? undefined : [...group.weights.subarray(i * group.members.length, (i + 1) * group.members.length)];
};

describe('trainGroup', () => {
  const group = trainGroup({ members: ['aa', 'bb'] }, SAMPLES, PLAIN);

  it('counts the messages of each member, and none of another language', () => {
    expect(group.members).toEqual(['aa', 'bb']);
    expect(group.messages).toEqual([10, 10]);
  });

  it.each([
    // [feature, weights (aa, bb) in steps above the less likely member]
    [' lolo ', 'aa'],
    [' mimi ', 'bb'],
    ['lo', 'aa'],
    ['mi', 'bb'],
  ])('weighs %j towards %s', (feature, member) => {
    const w = weight(group, feature)!;
    expect(w).toBeDefined();
    const [aa, bb] = w as [number, number];
    expect(member === 'aa' ? aa > 0 && bb === 0 : bb > 0 && aa === 0).toBe(true);
    // Seen 10 times against 0, smoothed by alpha: ln((10 + a) / a) nats, give or take the totals.
    expect(Math.max(aa, bb) * TRAINING.step).toBeGreaterThan(Math.log((10 + TRAINING.alpha) / TRAINING.alpha) - 1);
  });

  it('gives a feature both members write alike no lead', () => {
    const [aa, bb] = weight(group, ' ka ')!;
    // Equal counts; the members' totals differ a little (lolo and mimi have as many pieces).
    expect(Math.abs(aa! - bb!)).toBeLessThanOrEqual(1);
  });

  it(`keeps no feature seen in fewer than ${TRAINING.minMessages} messages`, () => {
    const rare = trainGroup({ members: ['aa', 'bb'] }, [...SAMPLES, sample('aa', 'ka zuzu'), sample('aa', 'ka zuzu')], PLAIN);
    expect(rare.features).not.toContain(' zuzu ');
    const kept = trainGroup({ members: ['aa', 'bb'] }, [...SAMPLES, ...repeat(TRAINING.minMessages, () => sample('aa', 'ka zuzu'))], PLAIN);
    expect(kept.features).toContain(' zuzu ');
  });

  it('leaves Cyrillic text out of a group whose other members are written in Latin letters', () => {
    const withCyrillic = [...SAMPLES, ...repeat(5, () => sample('aa', 'ка лоло'))];
    expect(trainGroup({ members: ['aa', 'bb'], cyrillic: 'aa' }, withCyrillic, PLAIN).messages).toEqual([10, 10]);
    expect(trainGroup({ members: ['aa', 'bb'] }, withCyrillic, PLAIN).messages).toEqual([15, 10]);
  });

  // Two members, each writing "ka" and its own word in three programs.
  const SPREAD = [...repeat(12, (i) => sample('aa', 'ka lolo', `a${i % 3}`)), ...repeat(12, (i) => sample('bb', 'ka mimi', `b${i % 3}`))];

  it("with minPrograms, gives no weight to a feature from fewer of the member's programs", () => {
    // " zuzu " is aa's in 6 messages of one program, " wowo " in 6 messages of three programs.
    const more = [...SPREAD, ...repeat(6, () => sample('aa', 'ka zuzu', 'a0')), ...repeat(6, (i) => sample('aa', 'ka wowo', `a${i % 3}`))];
    const all = trainGroup({ members: ['aa', 'bb'] }, more, PLAIN);
    expect(weight(all, ' zuzu ')![0]).toBeGreaterThan(0);
    const spread = trainGroup({ members: ['aa', 'bb'] }, more, { ...PLAIN, minPrograms: 3 });
    const zuzu = weight(spread, ' zuzu ');
    expect(zuzu === undefined || zuzu[0] === zuzu[1]).toBe(true);
    expect(weight(spread, ' wowo ')![0]).toBeGreaterThan(0);
    expect(weight(spread, ' wowo ')![1]).toBe(0);
  });

  it('with programCap, lets a big program weigh no more than the cap', () => {
    // aa: 30 messages of one program and 3 of another; capped at 3, the small one is half of aa.
    const skewed = [...repeat(12, (i) => sample('bb', 'ka mimi', `b${i}`)), ...repeat(30, () => sample('aa', 'ka lolo', 'big')), ...repeat(3, () => sample('aa', 'ka zuzu', 'small'))];
    const free = trainGroup({ members: ['aa', 'bb'] }, skewed, PLAIN);
    const capped = trainGroup({ members: ['aa', 'bb'] }, skewed, { ...PLAIN, programCap: 3 });
    expect(capped.messages).toEqual(free.messages);
    expect(weight(capped, ' zuzu ')![0]).toBeGreaterThan(weight(free, ' zuzu ')![0]! + 20);
  });

  it.each([
    ['Hak Cipta © 2003 Vincent Untz', 'Copyright © 2003 Vincent Untz', 'Hak Cipta © 2003'],
    ['Buka berkas', 'Open file', 'Buka berkas'],
    ['Jalankan pkexec sebagai root', 'Run pkexec as root', 'Jalankan   sebagai  '],
  ])('reads %j without the words of its source %j', (text, source, expected) => {
    expect(translatedWords({ language: 'id', folder: 'id', catalogue: 'x', text, source }).replace(/ +/g, ' ').trim()).toBe(expected.replace(/ +/g, ' ').trim());
  });

  it('with sourceWords 0, learns nothing from words the translation kept from its source', () => {
    const kept = [...SAMPLES, ...repeat(6, () => ({ ...sample('aa', 'ka Untz'), source: 'by Untz' }))];
    expect(trainGroup({ members: ['aa', 'bb'] }, kept, PLAIN).features).toContain(' untz ');
    expect(trainGroup({ members: ['aa', 'bb'] }, kept, { ...PLAIN, sourceWords: 0 }).features).not.toContain(' untz ');
  });
});

describe('trainGroup with logistic regression', () => {
  const group = trainGroup({ members: ['aa', 'bb'] }, SAMPLES, { ...PLAIN, logistic: 1e-4 });

  it.each([
    [' lolo ', 0],
    [' mimi ', 1],
  ])('weighs %j towards member %i, and " ka " about evenly', (feature, member) => {
    const w = weight(group, feature)!;
    expect(w[member]).toBeGreaterThan(0);
    expect(w[1 - member]).toBe(0);
    const [aa, bb] = weight(group, ' ka ')!;
    expect(Math.abs(aa! - bb!)).toBeLessThan(w[member]!);
  });
});

describe('trainGroups', () => {
  it("applies a group's own settings to that group only", () => {
    const samples = [...repeat(9, (i) => sample('id', `bisa tidak ${i % 2 ? 'berkas' : 'saja'}`, `p${i % 3}`)), ...repeat(9, (i) => sample('ms', `boleh tidak ${i % 2 ? 'fail' : 'sahaja'}`, `p${i % 3}`)), ...repeat(9, (i) => sample('es', `no puede ${i}`, `p${i % 3}`)), ...repeat(9, (i) => sample('pt', `não pode ${i}`, `p${i % 3}`))];
    const plain = trainGroups(samples, PLAIN);
    const own = trainGroups(samples, { ...PLAIN, groups: { id: { logistic: 1e-4 } } });
    expect(own[0]!.members).toEqual(['id', 'ms']);
    expect([...own[0]!.weights]).not.toEqual([...plain[0]!.weights]);
    expect([...own[1]!.weights]).toEqual([...plain[1]!.weights]);
  });
});
