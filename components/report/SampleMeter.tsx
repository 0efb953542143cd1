/**
 * The sample meter at the top of a creator's report: how many commenters were seen, how sure
 * that makes every figure below, and the next step to a sample worth reading.
 */
import type { SampleMeter as Meter } from '../../lib/report/sample-meter';
import { formatCount } from '../i18n/format';
import { text } from '../text';

const t = text.report.sampleMeter;

export function SampleMeter({ meter, handle }: { meter: Meter; handle: string }) {
  const next = meter.next;
  return (
    <section class={`sample-meter confidence-${meter.confidence}`} aria-labelledby="sample-title" data-testid="sample-meter">
      <h3 id="sample-title" class="visually-hidden">
        {t.heading}
      </h3>
      <div class="sample-head">
        <span data-testid="sample-count">{t.count(formatCount(meter.commenters), meter.commenters)}</span>
        <span class="confidence" data-testid="sample-confidence">
          {t.confidence(text.report.confidenceWord[meter.confidence] ?? meter.confidence)}
        </span>
      </div>
      <meter min={0} max={meter.target} low={30} high={meter.target - 1} optimum={meter.target} value={Math.min(meter.commenters, meter.target)} aria-label={t.meterLabel(meter.target)} />
      <p class="small" data-testid="sample-next">
        {next.kind === 'first-post'
          ? t.firstPost(handle)
          : next.kind === 'more-posts'
            ? t.morePosts(next.posts, meter.target)
            : t.enough}
      </p>
    </section>
  );
}
