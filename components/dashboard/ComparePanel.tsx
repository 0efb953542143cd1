/**
 * Two to four creators side by side: the same metrics in one column each, then who comments
 * (gender and language of commenters, a labelled row each, with intervals and n) from the stored
 * segments, then each creator's audience personas with their stated traits and shares.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ProfileSegments } from '../../lib/db/audience';
import type { PersonasResult } from '../../lib/personas/types';
import type { ShortlistRow, ShortlistView } from '../../lib/shortlists/rows';
import { formatCount, formatCountRange, formatPercent } from '../i18n/format';
import { BarList } from '../charts/BarList';
import { PersonaTraitList } from '../report/PersonaTraitList';
import { valueLabel } from '../report/value-label';
import { targetName } from '../coded-messages';
import { text } from '../text';
import type { DashboardSource } from './api';
import { CreatorCell, formatFit, formatGrowth, MAX_COMPARE } from './EntriesTable';

const t = text.dashboard;
/** One row each, labelled: gender and language bars in one cell read as one list. */
const COMPARED_DIMENSIONS = ['gender', 'language'] as const;


export function ComparePanel({ source, view, rows, selectedCount }: { source: DashboardSource; view: ShortlistView; rows: ShortlistRow[]; selectedCount: number }) {
  const [segments, setSegments] = useState<Record<string, ProfileSegments> | 'unavailable'>({});
  const [personas, setPersonas] = useState<Record<string, PersonasResult> | 'unavailable'>({});
  const ids = rows.map((r) => r.profileId).join(',');

  useEffect(() => {
    if (rows.length < 2 || rows.length > MAX_COMPARE) return;
    const captured = rows.filter((r) => r.captured);
    Promise.all(captured.map((r) => source.send('getSegments', { profileId: r.profileId })))
      .then((all) => setSegments(Object.fromEntries(all.map((s) => [s.profileId, s]))))
      .catch(() => setSegments('unavailable'));
    Promise.all(captured.map((r) => source.send('getPersonas', { profileId: r.profileId })))
      .then((all) => setPersonas(Object.fromEntries(all.flatMap((p) => (p ? [[p.profileId, p.personas]] : [])))))
      .catch(() => setPersonas('unavailable'));
  }, [source, ids]);

  if (rows.length < 2) return <p class="muted small compare-hint">{t.compare.hint(selectedCount)}</p>;
  if (rows.length > MAX_COMPARE) return <p class="notice notice-error" role="alert">{t.compare.tooMany}</p>;

  const metric = (label: string, cell: (r: ShortlistRow) => string) => (
    <tr>
      <th scope="row">{label}</th>
      {rows.map((r) => (
        <td key={r.entryId} class="num">
          {cell(r)}
        </td>
      ))}
    </tr>
  );

  return (
    <section class="compare" aria-labelledby="compare-heading" data-testid="compare">
      <h3 id="compare-heading">{t.compare.heading}</h3>
      <div class="table-scroll">
        <table class="compare-table">
          <thead>
            <tr>
              <th scope="col">{t.compare.metric}</th>
              {rows.map((r) => (
                <th scope="col" key={r.entryId} data-testid="compare-column">
                  <CreatorCell row={r} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {metric(t.table.followers, (r) => formatCount(r.followers ?? undefined))}
            {metric(t.table.engagement, (r) => `${formatPercent(r.engagement.rate ?? undefined, 2)} (${t.table.nPosts(r.engagement.n)})`)}
            {metric(t.table.growth, (r) => `${formatGrowth(r)} (${t.table.nVisits(r.growth.n)})`)}
            {metric(t.table.commenters, (r) => formatCount(r.commenters))}
            {view.personas.map((p) => (
              <tr key={p.id}>
                <th scope="row" dir="auto">
                  {text.labelValue(t.table.fit, targetName(p))}
                </th>
                {rows.map((r) => {
                  const f = r.fits.find((x) => x.personaId === p.id);
                  return (
                    <td key={r.entryId} class="num">
                      {formatFit(f?.score ?? null)}
                      {f && f.low !== null && f.high !== null ? ` (${formatCountRange(f.low, f.high)}, ${t.table.nMembers(f.n)})` : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
            {COMPARED_DIMENSIONS.map((dimension) => (
              <tr key={dimension} data-testid={`compare-${dimension}`}>
                <th scope="row">{t.compare.byDimension[dimension] ?? dimension}</th>
                {rows.map((r) => {
                  if (segments === 'unavailable') return <td key={r.entryId} class="muted small">{t.compare.segmentsUnavailable}</td>;
                  const d = segments[r.profileId]?.dimensions.find((x) => x.dimension === dimension);
                  if (!d || d.n === 0) return <td key={r.entryId} class="muted small">{t.compare.noSegments}</td>;
                  return (
                    <td key={r.entryId}>
                      <BarList
                        label={t.compare.barsLabel(text.report.dimension[dimension] ?? dimension, r.handle, text.report.dimensionCounts(d.n, d.unknown))}
                        items={d.shares.slice(0, 3).map((sh) => ({ label: valueLabel(dimension, sh.value, text.report.genderName), value: sh.p, low: sh.low, high: sh.high, n: sh.count }))}
                      />
                      <span class="muted small">{text.report.dimensionCounts(d.n, d.unknown)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">{text.report.personas}</th>
              {rows.map((r) => {
                if (personas === 'unavailable') return <td key={r.entryId} class="muted small">{t.compare.personasUnavailable}</td>;
                const p = personas[r.profileId];
                if (!p) return <td key={r.entryId} class="muted small">{t.compare.noSegments}</td>;
                if (p.status === 'insufficient') return <td key={r.entryId} class="muted small">{text.report.personasInsufficient(p)}</td>;
                return (
                  <td key={r.entryId} data-testid="compare-personas">
                    {p.personas.map((persona) => (
                      <div key={persona.id} class="compare-persona">
                        <strong dir="auto">{persona.name}</strong>{' '}
                        <span class="muted small">{text.report.personaShare(formatPercent(persona.share), persona.sampleSize)}</span>
                        <PersonaTraitList traits={persona.traits} />
                      </div>
                    ))}
                  </td>
                );
              })}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
