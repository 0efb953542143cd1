import { describe, expect, it } from 'vitest';
import type { CatalogueSample } from './catalogue-text';
import { TRAINING, trainGroup } from './train-language-groups';

const sample = (language: string, text: string): CatalogueSample => ({ language, folder: language, catalogue: 'test', text });
const repeat = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

// Two made-up languages that share "ka" and differ in one word each.
const SAMPLES = [
  ...repeat(10, (i) => sample('aa', `ka lolo ${'x'.repeat(i % 3 + 1)}`)),
  ...repeat(10, (i) => sample('bb', `ka mimi ${'x'.repeat(i % 3 + 1)}`)),
  sample('cc', 'ka lolo mimi'),
];

const weight = (group: ReturnType<typeof trainGroup>, feature: string) => {
  const i = group.features.indexOf(feature);
  return i < 0 ? undefined : [...group.weights.subarray(i * group.members.length, (i + 1) * group.members.length)];
};

describe('trainGroup', () => {
  const group = trainGroup({ members: ['aa', 'bb'] }, SAMPLES);

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
    const rare = trainGroup({ members: ['aa', 'bb'] }, [...SAMPLES, sample('aa', 'ka zuzu'), sample('aa', 'ka zuzu')]);
    expect(rare.features).not.toContain(' zuzu ');
    const kept = trainGroup({ members: ['aa', 'bb'] }, [...SAMPLES, ...repeat(TRAINING.minMessages, () => sample('aa', 'ka zuzu'))]);
    expect(kept.features).toContain(' zuzu ');
  });

  it('leaves Cyrillic text out of a group whose other members are written in Latin letters', () => {
    const withCyrillic = [...SAMPLES, ...repeat(5, () => sample('aa', 'ка лоло'))];
    expect(trainGroup({ members: ['aa', 'bb'], cyrillic: 'aa' }, withCyrillic).messages).toEqual([10, 10]);
    expect(trainGroup({ members: ['aa', 'bb'] }, withCyrillic).messages).toEqual([15, 10]);
  });
});
