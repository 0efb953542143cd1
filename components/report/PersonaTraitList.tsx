import type { PersonaTraits } from '../../lib/personas/types';
import { text } from '../text';
import { traitChips } from './persona-traits';

const t = text.report;

/** "Women 82% · Portuguese 91% · Brazil 64%", mixed traits as mixed, each with its n. */
export function PersonaTraitList({ traits }: { traits: PersonaTraits }) {
  return (
    <ul class="persona-traits" aria-label={t.personaTraits} data-testid="persona-traits">
      {traitChips(traits).map((c) => (
        <li key={`${c.dimension}:${c.text}`} class={`persona-trait trait-${c.state}`} data-dimension={c.dimension} data-state={c.state}>
          <bdi>{c.text}</bdi>
          {c.n > 0 ? <span class="muted small"> {t.traitN(c.n)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
