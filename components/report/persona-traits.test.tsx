import { describe, expect, it } from 'vitest';
import type { PersonaTraits, TraitShare } from '../../lib/personas/types';
import { traitChip, traitChips } from './persona-traits';

const stated = (value: string, share: number, known: number): TraitShare => ({ value, share, known, top: [{ value, share }] });
const unknown: TraitShare = { value: 'unknown', share: 0, known: 0, top: [] };

describe('persona trait chips', () => {
  it.each<[string, Parameters<typeof traitChip>[0], TraitShare, string, string]>([
    ['a stated gender', 'gender', stated('female', 0.82, 120), 'stated', 'Women 82%'],
    ['a stated language', 'language', stated('pt', 0.91, 150), 'stated', 'Portuguese 91%'],
    ['a stated region', 'region', stated('BR', 0.64, 90), 'stated', 'Brazil 64%'],
    [
      'a mixed gender',
      'gender',
      { value: 'mixed', share: 0.55, known: 200, top: [{ value: 'female', share: 0.55 }, { value: 'male', share: 0.45 }] },
      'mixed',
      'Gender mixed (Women 55%, Men 45%)',
    ],
    ['an unknown language', 'language', unknown, 'unknown', 'Language unknown'],
    ['a region known for too few to state it', 'region', { value: 'unknown', share: 0, known: 3, top: [] }, 'unknown', 'Region: too few known to tell'],
  ])('%s', (_label, dimension, trait, state, text) => {
    expect(traitChip(dimension, trait)).toMatchObject({ state, text, n: trait.known });
  });

  it('lists every trait and each interest, leaving out an unknown age band only', () => {
    const traits: PersonaTraits = {
      gender: stated('male', 0.9, 50),
      language: unknown,
      region: unknown,
      ageBand: unknown,
      interests: [stated('gaming', 0.8, 40), stated('tech', 0.65, 40)],
    };
    expect(traitChips(traits).map((c) => c.text)).toEqual(['Men 90%', 'Language unknown', 'Region unknown', 'Gaming 80%', 'Tech 65%']);
  });
});
