import { describe, expect, it } from 'vitest';
import { personaEval, SCENARIOS } from './eval-personas';

describe('npm run eval: personas on planted audiences', () => {
  it('covers the eight scenarios of the issue', () => {
    expect(SCENARIOS.map((s) => s.name)).toEqual([
      'communities split by posts',
      'same posts, differ by language and gender',
      'mixed audience without structure',
      '85/15 split on the same posts',
      'four communities',
      'handles without display names',
      'bots mixed in',
      'too few commenters',
    ]);
  });

  it('meets every goal: communities found with their gender and language within 5 points, nothing overstated, mixed stays mixed, too few is insufficient', async () => {
    const { personas: table, comparison } = await personaEval(1);
    expect(table).toMatch(/^8 of 8 planted audiences meet their goal/);
    expect(table).not.toMatch(/goal NOT met|Overstated/);
    // Words, not codes: traits as the popup names them, the reason for no personas as it says it.
    expect(table).toContain('| Emily | 40% (n=120) | Women 95% · English 100% · United States 100% · Beauty 93% |');
    expect(table).toContain('result: insufficient; the popup says "No personas yet: only 18 engaged commenters so far; personas need at least 30.');
    expect(`${table}\n${comparison}`).not.toMatch(/too-few|\b(female|male|en|de|pt|es|fr|US|DE|BR|MX|FR) \d+%/);
    // The NMF baseline on the same members, one row per scenario and model.
    expect(comparison).toMatch(/^Latent class model: 8 of 8 goals met; NMF baseline: \d of 8/);
    expect(comparison.split('\n').filter((line) => /^\|.*\| (latent class|NMF) \|/.test(line))).toHaveLength(2 * SCENARIOS.length);
  }, 120_000);
});
