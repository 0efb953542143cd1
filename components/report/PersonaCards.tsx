import type { PersonasResult } from '../../lib/personas';
import { formatPercent } from '../i18n/format';
import { Avatar } from '../avatar/Avatar';
import { painPointText } from '../coded-messages';
import { text } from '../text';
import { PersonaTraitList } from './PersonaTraitList';

const t = text.report;

/** The topics of the persona's defining posts; its interests are among its traits. */
const hashtags = (interests: string[]) => interests.filter((i) => i.startsWith('#'));

export function PersonaCards({ personas }: { personas: PersonasResult }) {
  return (
    <section class="panel" aria-labelledby="personas-title">
      <h3 id="personas-title">
        {t.personas}{' '}
        <span class="muted">{t.personasSample(personas.sample.members, personas.sample.engagements, personas.sample.posts)}</span>
      </h3>
      {personas.status === 'insufficient' ? (
        <p class="muted" data-testid="personas-insufficient">
          {t.personasInsufficient(personas)}
        </p>
      ) : (
        <ul class="persona-list">
          {personas.personas.map((p) => (
            <li key={p.id} class="persona-card" data-testid="persona-card">
              <div class="persona-head">
                <Avatar seed={`${p.id}:${p.name}`} name={p.name} />
                <div>
                  <h4 class="persona-name">{p.name}</h4>
                  <p class="muted">{t.personaShare(formatPercent(p.share), p.sampleSize)}</p>
                </div>
              </div>
              <PersonaTraitList traits={p.traits} />
              {hashtags(p.interests).length ? <p class="persona-interests">{hashtags(p.interests).join(' · ')}</p> : null}
              {p.quote ? (
                <blockquote class="persona-quote" dir="auto" aria-label={t.personaQuote}>
                  <bdi>{t.quote(p.quote.text)}</bdi>
                </blockquote>
              ) : null}
              {p.painPoints.length ? (
                <details class="pain-points">
                  <summary>
                    {t.painPointsCount(p.painPoints.length)}
                  </summary>
                  <ul>
                    {p.painPoints.map((pp) => (
                      <li key={`${pp.kind}:${pp.topic ?? ''}`}>
                        <strong>{painPointText(pp)}</strong> · {t.painPointCount(pp.count)}
                        <br />
                        <q dir="auto">
                          <bdi>{pp.example}</bdi>
                        </q>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
