import { describe, expect, it } from 'vitest';
import { nmfBaseline } from './eval-personas-nmf';
import { generate, SCENARIOS } from './eval-personas';
import { personaRunOfLines } from './personas';

describe('npm run eval: the NMF baseline', () => {
  it('runs on the members the persona engine read and gives personas whose shares sum to 1, each described', async () => {
    // A small version of "same posts, differ by language and gender".
    const scenario = { ...SCENARIOS.find((s) => s.name === 'same posts, differ by language and gender')!, members: 60 };
    const { input } = await personaRunOfLines(generate(scenario, 1).lines);
    const result = nmfBaseline(input, { seed: 0 });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.k).toBeGreaterThanOrEqual(1);
    expect(result.k).toBeLessThanOrEqual(5);
    expect(result.personas).toHaveLength(result.k);
    expect(result.personas.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1, 10);
    expect(result.personas.reduce((sum, p) => sum + p.sampleSize, 0)).toBe(result.members);
    for (const p of result.personas) expect(['female', 'male', 'mixed', 'unknown']).toContain(p.traits.gender.value);
    // Deterministic: the same input gives the same personas.
    expect(nmfBaseline(input, { seed: 0 })).toEqual(result);
  }, 60_000);

  it('says insufficient below the minimum of members, as the persona engine does', async () => {
    const scenario = SCENARIOS.find((s) => s.name === 'too few commenters')!;
    const { input } = await personaRunOfLines(generate(scenario, 1).lines);
    expect(nmfBaseline(input).status).toBe('insufficient');
  }, 60_000);
});
