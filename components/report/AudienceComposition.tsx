import type { SegmentView } from '../../lib/segments/segments';
import { interestLabel, languageLabel, regionLabel } from '../../lib/ui/labels';
import { BarList } from '../charts/BarList';
import { text } from '../text';

const t = text.report;
const TOP = 4;

function valueLabel(dimension: SegmentView['dimension'], value: string): string {
  switch (dimension) {
    case 'gender':
      return t.genderName[value] ?? value;
    case 'language':
      return languageLabel(value);
    case 'region':
      return regionLabel(value);
    case 'interest':
      return interestLabel(value);
    default:
      return value;
  }
}

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
                  label: valueLabel(segment.dimension, s.value),
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
