/**
 * The audience overlap matrix of a shortlist's captured creators and their unique reach, from
 * the background's getOverlap. When that message is not available the section says so
 * instead of showing a guess.
 */
import { useEffect, useState } from 'preact/hooks';
import type { OverlapResult } from '../../lib/segments/overlap';
import type { ShortlistView } from '../../lib/shortlists/rows';
import { OverlapMatrix } from '../charts/OverlapMatrix';
import { refusalDetail } from '../coded-messages';
import { text } from '../text';
import { errorText, type DashboardSource } from './api';

const t = text.dashboard.overlap;

export function OverlapPanel({ source, view }: { source: DashboardSource; view: ShortlistView }) {
  const captured = view.rows.filter((r) => r.captured);
  const ids = captured.map((r) => r.profileId).slice(0, 50);
  const key = ids.join(',');
  const [result, setResult] = useState<OverlapResult | { error: string } | null>(null);

  useEffect(() => {
    if (ids.length < 2) return setResult(null);
    source
      .send('getOverlap', { profileIds: ids })
      .then(setResult)
      .catch((e: unknown) => setResult({ error: errorText(e) }));
  }, [source, key]);

  let body;
  if (ids.length < 2) body = <p class="muted small">{t.needTwo}</p>;
  else if (result && 'error' in result) body = <p class="muted small">{t.unavailable(refusalDetail(result.error))}</p>;
  else if (result) {
    const handle = new Map(captured.map((r) => [r.profileId, `@${r.handle}`]));
    const total = Object.values(result.audience).reduce((a, b) => a + b, 0);
    body = (
      <>
        <p data-testid="unique-reach">
          {t.uniqueReach(result.uniqueReach, total)} {t.sharedAll(result.sharedByAll)}
        </p>
        <div class="table-scroll">
          <OverlapMatrix
            labels={result.profileIds.map((id) => ({ id, label: handle.get(id) ?? id }))}
            audience={result.audience}
            pairs={result.pairs}
            caption={t.explain}
            cellText={t.cell}
            cellLabel={(a, b, shared, j) => t.cellLabel(a.replace(/^@/, ''), b.replace(/^@/, ''), shared, j)}
            selfText={t.self}
          />
        </div>
      </>
    );
  }
  return (
    <section class="overlap" aria-labelledby="overlap-heading">
      <h3 id="overlap-heading">{t.heading}</h3>
      {body}
    </section>
  );
}
