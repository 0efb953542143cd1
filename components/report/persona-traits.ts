/**
 * A persona's traits as the cards show them: a stated value with its share ("Women 82%"), a
 * mixed trait with its top values ("Language mixed (English 40%, Portuguese 24%)"), or
 * unknown, each with the number of members it rests on. Shared by the popup's cards and the
 * dashboard's side-by-side view so both say the same thing the same way.
 */
import type { PersonaTraits, TraitShare } from '../../lib/personas/types';
import { formatPercent } from '../i18n/format';
import { text } from '../text';
import { valueLabel } from './value-label';

const t = text.report;

export type TraitDimension = 'gender' | 'language' | 'region' | 'age' | 'interest';

export interface TraitChip {
  dimension: TraitDimension;
  state: 'stated' | 'mixed' | 'unknown';
  text: string;
  /** Members with a known value: the sample the share rests on. */
  n: number;
}

const label = (dimension: TraitDimension, value: string) => valueLabel(dimension, value, t.traitGender);

export function traitChip(dimension: TraitDimension, trait: TraitShare): TraitChip {
  const name = t.traitDimension[dimension] ?? dimension;
  // Unknown: no member's value known, or too few to state one (their count is still shown).
  if (trait.value === 'unknown') {
    return { dimension, state: 'unknown', text: trait.known > 0 ? t.traitTooFew(name) : t.traitUnknown(name), n: trait.known };
  }
  if (trait.value === 'mixed') {
    const top = trait.top.map((v) => `${label(dimension, v.value)} ${formatPercent(v.share)}`).join(', ');
    return { dimension, state: 'mixed', text: t.traitMixed(name, top), n: trait.known };
  }
  return { dimension, state: 'stated', text: `${label(dimension, trait.value)} ${formatPercent(trait.share)}`, n: trait.known };
}

/** Gender, language, region, age band, then each interest; an unknown age band is left out (rarely stated, it would fill every card). */
export function traitChips(traits: PersonaTraits): TraitChip[] {
  const chips = [
    traitChip('gender', traits.gender),
    traitChip('language', traits.language),
    traitChip('region', traits.region),
    traitChip('age', traits.ageBand),
    ...traits.interests.map((i) => traitChip('interest', i)),
  ];
  return chips.filter((c) => !(c.dimension === 'age' && c.state === 'unknown'));
}
