import { describe, expect, it } from 'vitest';
import { judgeLanguageGoals, type LanguageScores } from './eval-language-catalogue';

/** Scores of the engine alone: language → [right, total]. */
function scores(rows: Record<string, [number, number]>): LanguageScores {
  const engine = new Map(Object.entries(rows).map(([l, [right, total]]) => [l, { right, total, wrong: new Map<string, number>() }]));
  return { languages: Object.keys(rows), byDetector: new Map([['engine', engine]]) };
}

describe('judgeLanguageGoals: a goal is met only on every held-out set that has text for it', () => {
  const cases: [name: string, sets: LanguageScores[], met: Record<string, boolean>, values: Record<string, (number | undefined)[]>][] = [
    ['both sets above every goal', [scores({ id: [96, 100], ms: [91, 100], en: [300, 300] }), scores({ id: [97, 100], en: [100, 100] })], { overall: true, id: true, ms: true }, { overall: [487 / 500, 197 / 200], ms: [0.91, undefined] }],
    ['one set below overall', [scores({ id: [96, 100], ms: [91, 100], en: [100, 100] }), scores({ id: [95, 100], en: [90, 100] })], { overall: false, id: true, ms: true }, { overall: [287 / 300, 185 / 200] }],
    ['Indonesian below on the second set only', [scores({ id: [99, 100], ms: [99, 100], en: [100, 100] }), scores({ id: [94, 100], en: [100, 100] })], { overall: true, id: false, ms: true }, { id: [0.99, 0.94] }],
    ['Malay absent from both: not met', [scores({ id: [99, 100] }), scores({ id: [99, 100] })], { overall: true, id: true, ms: false }, { ms: [undefined, undefined] }],
    ['exactly at the goal is met', [scores({ id: [95, 100], ms: [90, 100], en: [97, 100] })], { overall: false, id: true, ms: true }, {}],
  ];
  it.each(cases)('%s', (_name, sets, met, values) => {
    const judged = judgeLanguageGoals(sets);
    expect(Object.fromEntries(judged.map((g) => [g.goal, g.met]))).toEqual(met);
    for (const [goal, want] of Object.entries(values)) {
      const got = judged.find((g) => g.goal === goal)!.values;
      expect(got.map((v) => (v === undefined ? v : Number(v.toFixed(6))))).toEqual(want.map((v) => (v === undefined ? v : Number(v.toFixed(6)))));
    }
  });
});
