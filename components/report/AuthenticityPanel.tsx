import type { AuthenticitySummary } from '../../lib/report/insights';
import { formatPercent } from '../i18n/format';
import { text } from '../text';

const t = text.report;

export function AuthenticityPanel({ authenticity }: { authenticity: AuthenticitySummary }) {
  const flags = Object.entries(authenticity.flagCounts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  return (
    <section class="panel" aria-labelledby="authenticity-title" data-testid="authenticity">
      <h3 id="authenticity-title">{t.authenticity}</h3>
      {authenticity.members === 0 ? (
        <p class="muted">{t.authenticityNone}</p>
      ) : (
        <>
          <p>{t.authenticityLine(authenticity.suspiciousMembers, authenticity.members, formatPercent(authenticity.share ?? undefined))}</p>
          {flags.length ? (
            <ul class="chips" aria-label={t.flags}>
              {flags.map(([flag, n]) => (
                <li key={flag} class="chip">
                  {t.flagCount(t.flag[flag] ?? flag, n)}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}
