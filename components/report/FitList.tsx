import { fitMark, type FitMark } from '../../lib/report/fit-mark';
import type { TargetFit } from '../../lib/report/insights';
import { confidenceOfRange } from '../../lib/report/sample-meter';
import { formatCount, formatCountRange } from '../i18n/format';
import { targetName } from '../coded-messages';
import { text } from '../text';

const t = text.report;
const MARK_SYMBOL: Record<FitMark, string> = { match: '✓', miss: '✗', 'too-few': '·', unknown: '?' };
const MARK_CLASS: Record<FitMark, string> = { match: 'good', miss: 'bad', 'too-few': 'few', unknown: '' };

export function FitList({ fit }: { fit: TargetFit[] }) {
  return (
    <section class="panel" aria-labelledby="fit-title">
      <h3 id="fit-title">{t.fit}</h3>
      {fit.some((f) => f.target.preset) ? <p class="muted">{t.fitPresetNote}</p> : null}
      <ul class="fit-list">
        {fit.map(({ target, result }) => (
          <li key={target.id} class="fit-row">
            <div class="fit-head">
              <span class="fit-name" dir="auto">
                <bdi>{targetName(target)}</bdi>
              </span>
              <span
                class={result.score === null ? 'fit-score unknown' : 'fit-score'}
                data-testid="fit-score"
                aria-label={t.fitScore(result.score)}
              >
                {result.score === null ? text.unknown : formatCount(Math.round(result.score))}
              </span>
            </div>
            {result.score !== null && result.low !== null && result.high !== null ? (
              <>
                <svg class="fit-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                  <rect class="bar-track" x="0" y="1" width="100" height="6" rx="3" />
                  <rect class="bar-fill" x="0" y="1" width={result.score} height="6" rx="3" />
                  <line class="bar-interval" x1={result.low} x2={result.high} y1="4" y2="4" />
                </svg>
                <p class="muted">
                  {t.fitInterval(formatCountRange(result.low, result.high), result.n)} ·{' '}
                  <span data-testid="fit-confidence">{t.sampleMeter.confidence(t.confidenceWord[confidenceOfRange(result.low / 100, result.high / 100)] ?? '')}</span>
                </p>
              </>
            ) : (
              <p class="muted">{t.fitUnknown}</p>
            )}
            <ul class="reasons">
              {(result.score === null ? [] : result.reasons.slice(0, 3)).map((r) => {
                const mark = fitMark(r);
                return (
                  <li key={r.dimension} class={`reason ${MARK_CLASS[mark]}`} data-mark={mark}>
                    <span aria-hidden="true">{MARK_SYMBOL[mark]}</span> {mark === 'too-few' ? t.fitTooFew(t.fitReason(r)) : t.fitReason(r)}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
