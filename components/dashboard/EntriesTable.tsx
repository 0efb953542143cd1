/**
 * The entries of one shortlist as a table sortable by fit, engagement, followers and growth
 * (unknown values last), with inline note, tags and status. Every number shows its n.
 * Status, tags and note share one column so that the table fits at 1024 px and up.
 */
import { useState } from 'preact/hooks';
import { SHORTLIST_STATUSES, type UpdateShortlistEntryRequest } from '../../lib/shortlists/messages';
import type { ShortlistRow, ShortlistView } from '../../lib/shortlists/rows';
import { sortRows, type SortDirection, type SortKey } from '../../lib/shortlists/sort';
import { formatCompact, formatCount, formatCountRange, formatPercent } from '../i18n/format';
import { Avatar } from '../avatar/Avatar';
import { targetName } from '../coded-messages';
import { text } from '../text';
import { errorText, type DashboardSource } from './api';
import { CommitField } from './CommitField';

const t = text.dashboard.table;

export const MAX_COMPARE = 4;

export function formatFit(score: number | null): string {
  return score === null ? text.dashboard.unknown : formatCount(Math.round(score));
}

export function formatGrowth(row: ShortlistRow): string {
  const g = row.growth;
  if (g.per30Days === null) return text.dashboard.unknown;
  const sign = g.per30Days > 0 ? '+' : '';
  const rel = g.relativePer30Days !== null ? ` (${sign}${formatPercent(g.relativePer30Days, 1)})` : '';
  return `${sign}${formatCompact(Math.round(g.per30Days))}${rel}`;
}

export function CreatorCell({ row }: { row: ShortlistRow }) {
  return (
    <div class="creator-cell">
      <Avatar seed={row.profileId} name={row.displayName ?? row.handle} size={32} />
      <div class="creator-text">
        <span class="creator-display clip" dir="auto">
          {row.displayName ?? `@${row.handle}`}
        </span>
        <span class="muted small clip">
          <span dir="auto" data-testid="profile-handle">
            @{row.handle}
          </span>{' '}
          · {text.platformName[row.platform]}
          {row.captured ? null : ` · ${t.notCaptured}`}
        </span>
      </div>
    </div>
  );
}

interface Props {
  source: DashboardSource;
  view: ShortlistView;
  selected: string[];
  onSelect(ids: string[]): void;
  onChanged(): void;
  onError(error: unknown): void;
}

export function EntriesTable({ source, view, selected, onSelect, onChanged, onError }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'fit', direction: 'desc' });
  const [personaId, setPersonaId] = useState<string | undefined>(view.personas[0]?.id);
  const persona = view.personas.find((p) => p.id === personaId) ?? view.personas[0];
  const rows = sortRows(view.rows, sort.key, sort.direction, persona?.id);

  const update = (id: string, change: { note?: string; tags?: string[]; status?: string }) => {
    source
      .send('updateShortlistEntry', { id, ...change } as UpdateShortlistEntryRequest)
      .then(onChanged)
      .catch((error: unknown) => onError(errorText(error)));
  };

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    const next: SortDirection = active && sort.direction === 'desc' ? 'asc' : 'desc';
    return (
      <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} class="num">
        <button
          type="button"
          class="sort-button"
          data-testid={`sort-${key}`}
          aria-label={t.sortBy(label, next === 'asc' ? t.ascending : t.descending)}
          onClick={() => setSort({ key, direction: next })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  if (view.rows.length === 0) return <p class="muted">{t.empty}</p>;

  return (
    <div class="entries">
      {view.personas.length > 0 ? (
        <div class="row">
          <label for="fit-persona">{t.fitFor}</label>
          <select id="fit-persona" value={persona?.id} onChange={(e) => setPersonaId((e.currentTarget as HTMLSelectElement).value)}>
            {view.personas.map((p) => (
              <option key={p.id} value={p.id}>
                {targetName(p)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {view.personas.some((p) => p.preset) ? (
        <p class="muted small" data-testid="preset-note">
          {t.presetNote}
        </p>
      ) : null}
      <div class="table-scroll">
        <table class="entries-table" data-testid="entries-table">
          <caption class="visually-hidden">{t.caption(view.shortlist.name, view.rows.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.select}</th>
              <th scope="col">{t.creator}</th>
              {header('fit', t.fit)}
              {header('engagement', t.engagement)}
              {header('followers', t.followers)}
              {header('growth', t.growth)}
              <th scope="col" class="num">
                {t.commenters}
              </th>
              <th scope="col">{t.campaign}</th>
              <th scope="col">
                <span class="visually-hidden">{t.remove('')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const fit = row.fits.find((f) => f.personaId === persona?.id);
              const checked = selected.includes(row.entryId);
              return (
                <tr key={row.entryId} data-testid="entry-row" data-profile-id={row.profileId}>
                  <td>
                    <input
                      type="checkbox"
                      checked={checked}
                      aria-label={t.selectRow(row.handle)}
                      data-testid="compare-check"
                      onChange={() => onSelect(checked ? selected.filter((id) => id !== row.entryId) : [...selected, row.entryId])}
                    />
                  </td>
                  <td class="creator-col">
                    <CreatorCell row={row} />
                  </td>
                  <td class="num">
                    <span data-testid="fit-score">{formatFit(fit?.score ?? null)}</span>
                    {fit && fit.score !== null && fit.low !== null && fit.high !== null ? (
                      <span class="muted small block">
                        {formatCountRange(fit.low, fit.high)} · {t.nMembers(fit.n)}
                      </span>
                    ) : null}
                  </td>
                  <td class="num">
                    <span data-testid="engagement-rate">{formatPercent(row.engagement.rate ?? undefined, 2)}</span>
                    <span class="muted small block" title={text.report.engagementFormula[row.platform]}>
                      {t.nPosts(row.engagement.n)}
                    </span>
                  </td>
                  <td class="num">
                    <span data-testid="profile-followers">{formatCount(row.followers ?? undefined)}</span>
                  </td>
                  <td class="num">
                    {formatGrowth(row)}
                    <span class="muted small block">{t.nVisits(row.growth.n)}</span>
                  </td>
                  <td class="num" data-testid="audience-sample-size">
                    {formatCount(row.commenters)}
                  </td>
                  <td class="campaign-col">
                    <select
                      aria-label={t.fieldOf(t.status, row.handle)}
                      value={row.status}
                      data-testid="entry-status"
                      onChange={(e) => update(row.entryId, { status: (e.currentTarget as HTMLSelectElement).value })}
                    >
                      {SHORTLIST_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {text.dashboard.status[s]}
                        </option>
                      ))}
                    </select>
                    <CommitField
                      class="tags-input"
                      label={t.tagsOf(row.handle)}
                      value={row.tags.join(', ')}
                      maxLength={900}
                      testId="entry-tags"
                      placeholder={t.tags}
                      onCommit={(v) => update(row.entryId, { tags: v.split(',').map((x) => x.trim()).filter(Boolean).slice(0, 20) })}
                    />
                    <CommitField
                      class="note-input"
                      multiline
                      label={t.fieldOf(t.note, row.handle)}
                      value={row.note}
                      maxLength={4000}
                      testId="entry-note"
                      placeholder={t.note}
                      onCommit={(v) => update(row.entryId, { note: v })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      class="icon-button"
                      aria-label={t.remove(row.handle)}
                      onClick={() =>
                        source
                          .send('removeShortlistEntry', { id: row.entryId })
                          .then(onChanged)
                          .catch((error: unknown) => onError(error))
                      }
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="muted small">{t.sourceNote}</p>
    </div>
  );
}
