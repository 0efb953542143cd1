import { describe, expect, it } from 'vitest';
import { EVAL2_DOMAINS, EVAL_DOMAINS, TRAINING_DOMAINS } from './catalogue-text';
import { FOLDS, parseSettings } from './language-folds';
import { TRAINING } from './train-language-groups';

describe('language-folds.ts', () => {
  it('trains each fold on the training programs and one fresh set, and reads the other', () => {
    expect(FOLDS.map((f) => [f.train, f.read])).toEqual([
      [[...TRAINING_DOMAINS, ...EVAL_DOMAINS], EVAL2_DOMAINS],
      [[...TRAINING_DOMAINS, ...EVAL2_DOMAINS], EVAL_DOMAINS],
    ]);
    for (const f of FOLDS) expect(f.read.filter((d) => f.train.includes(d))).toEqual([]);
  });

  it.each([
    ['-', {}, TRAINING.groups],
    ['minPrograms=5', { minPrograms: 5 }, TRAINING.groups],
    // A group's setting adds to TRAINING's own for that group.
    ['id.features=10000', {}, { ...TRAINING.groups, id: { ...TRAINING.groups!.id, features: 10000 } }],
    ['sr.logistic=0.001,programCap=300', { programCap: 300 }, { ...TRAINING.groups, sr: { logistic: 0.001 } }],
  ])('reads %j as TRAINING with those settings', (arg, top, groups) => {
    expect(parseSettings(arg)).toEqual({ ...TRAINING, ...top, groups });
  });

  it.each(['nonsense=1', 'alpha=x', 'id.nonsense=2', 'features'])('refuses %j', (arg) => {
    expect(() => parseSettings(arg)).toThrow(/unknown setting/);
  });
});
