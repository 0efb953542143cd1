import type { SegmentView } from '../../lib/segments/segments';
import { BarList } from '../charts/BarList';
import { text } from '../text';
import { valueLabel } from './value-label';

const t = text.report;
const TOP = 4;


export function AudienceComposition({ segments, members }: { segments: SegmentView[]; members: number }) {
  return (
    <section class="panel" aria-labelledby="composition-title">
      <h3 id="composition-title">{t.composition}</h3>
      {members === 0 ? (
        <p class="muted">{t.compositionEmpty}</p>
      ) : (
        <>
        <p class="range-legend" data-testid="range-legend">
          {t.rangeLegend}
        </p>
        {segments.map((segment) => (
          <div class="dimension" key={segment.dimension}>
            <h4>
              {t.dimension[segment.dimension]} <span class="muted">{t.dimensionCounts(segment.n, segment.unknown)}</span>
            </h4>
            {segment.n === 0 ? (
              <p class="muted">{t.unknownValue}</p>
            ) : (
              <BarList
                label={t.dimension[segment.dimension]}
                testId={`segment-${segment.dimension}`}
                items={segment.shares.slice(0, TOP).map((s) => ({
                  label: valueLabel(segment.dimension, s.value, t.genderName),
                  value: s.p,
                  low: s.low,
                  high: s.high,
                  n: s.count,
                }))}
              />
            )}
          </div>
        ))}
        </>
      )}
    </section>
  );
}
