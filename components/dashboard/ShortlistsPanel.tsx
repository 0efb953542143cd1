/**
 * Shortlists: the lists (create, rename, delete), the selected list's entries, comparison,
 * audience overlap, and export/import. Re-reads whenever the background reports new data.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ShortlistSummary } from '../../lib/shortlists/messages';
import { profileIdFromInput } from '../../lib/shortlists/profile-ref';
import type { ShortlistView } from '../../lib/shortlists/rows';
import { text } from '../text';
import type { DashboardSource } from './api';
import { ComparePanel } from './ComparePanel';
import { EntriesTable } from './EntriesTable';
import { ExchangePanel } from './ExchangePanel';
import { failureMessage, Notice, type PanelMessage } from './Notice';
import { OverlapPanel } from './OverlapPanel';

const t = text.dashboard;

export function ShortlistsPanel({ source }: { source: DashboardSource }) {
  const [lists, setLists] = useState<ShortlistSummary[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [view, setView] = useState<ShortlistView | null>(null);
  const [message, setMessage] = useState<(PanelMessage & { undo?: () => Promise<unknown> }) | null>(null);
  const [compare, setCompare] = useState<string[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const fail = (error: unknown) => setMessage(failureMessage(error));

  const refresh = useCallback(async () => {
    const all = await source.send('listShortlists', undefined);
    setLists(all);
    const current = selected && all.some((l) => l.id === selected) ? selected : (all[0]?.id ?? null);
    setSelected(current);
    setView(current ? await source.send('getShortlist', { id: current }) : null);
  }, [source, selected]);

  useEffect(() => {
    refresh().catch(fail);
    // Captures in other tabs can land several times a second; re-read once they settle.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = source.onDataChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh().catch(fail), 300);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [source, selected]);

  const run = async (action: () => Promise<unknown>, ok?: string) => {
    // A notice belongs to the action that raised it: the next action clears it, so a stale
    // "Click again to confirm" never stands over what happened since.
    setMessage(null);
    setConfirmDelete(false);
    try {
      await action();
      if (ok) setMessage({ kind: 'ok', text: ok });
      await refresh();
    } catch (error) {
      fail(error);
    }
  };

  const onCreate = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (!name) return;
    void run(async () => {
      const created = await source.send('createShortlist', { name });
      setSelected(created.id);
      form.reset();
    });
  };

  const onRename = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (!name || !selected) return;
    void run(() => source.send('renameShortlist', { id: selected, name }));
  };

  const onAdd = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const profileId = profileIdFromInput(String(new FormData(form).get('profile') ?? ''));
    if (!profileId || !selected) {
      setMessage({ kind: 'error', text: t.add.invalid });
      return;
    }
    void run(async () => {
      await source.send('saveToShortlist', { shortlistId: selected, profileId });
      form.reset();
    }, t.add.added(profileId.slice(profileId.indexOf(':') + 1)));
  };

  const onImported = () => {
    setMessage(null);
    setConfirmDelete(false);
    void refresh().catch(fail);
  };

  const current = lists?.find((l) => l.id === selected) ?? null;
  const chosenRows = view?.rows.filter((r) => compare.includes(r.entryId)) ?? [];

  return (
    <section class="panel-grid" aria-labelledby="lists-heading">
      <div class="lists-column">
        <h2 id="lists-heading">{t.lists.heading}</h2>
        {lists && lists.length === 0 ? <p class="muted">{t.lists.none}</p> : null}
        <ul class="list-picker" aria-label={t.lists.select}>
          {(lists ?? []).map((l) => (
            <li key={l.id}>
              <button
                type="button"
                class={`list-button${l.id === selected ? ' is-current' : ''}`}
                aria-current={l.id === selected ? 'true' : undefined}
                onClick={() => {
                  setSelected(l.id);
                  setCompare([]);
                  setConfirmDelete(false);
                  setMessage(null);
                }}
              >
                <span class="list-name" dir="auto">
                  {l.name}
                </span>
                <span class="muted">{t.lists.entries(l.entries)}</span>
              </button>
            </li>
          ))}
        </ul>
        <form class="stack" onSubmit={onCreate}>
          <label for="new-list">{t.lists.newName}</label>
          <div class="row">
            <input id="new-list" name="name" maxLength={120} required data-testid="new-list-name" />
            <button type="submit" data-testid="create-list">
              {t.lists.create}
            </button>
          </div>
        </form>
      </div>

      <div class="list-detail">
        <Notice message={message} testId="lists-message">
          {message?.undo ? (
            <>
              {' · '}
              <button type="button" class="link-button" data-testid="undo" onClick={() => void run(message.undo!, t.lists.restored)}>
                {t.lists.undo}
              </button>
            </>
          ) : null}
        </Notice>
        {current && view ? (
          <>
            <div class="list-head">
              <h2 dir="auto" class="clip">
                {current.name}
              </h2>
              <form class="row" onSubmit={onRename}>
                <label for="rename-list" class="visually-hidden">
                  {t.lists.renameLabel}
                </label>
                <input id="rename-list" name="name" maxLength={120} defaultValue={current.name} key={current.id} required />
                <button type="submit" class="secondary">
                  {t.lists.rename}
                </button>
              </form>
              <button
                type="button"
                class="danger"
                onClick={() => {
                  if (!confirmDelete) {
                    setConfirmDelete(true);
                    setMessage({ kind: 'error', text: t.lists.confirmDelete(current.name) });
                    return;
                  }
                  void run(async () => {
                    // The list as an export file first: "Undo" imports it back, entries, notes and tags with it.
                    const saved = await source.send('exportShortlist', { id: current.id, format: 'json' });
                    await source.send('deleteShortlist', { id: current.id });
                    setCompare([]);
                    setMessage({
                      kind: 'ok',
                      text: t.lists.deleted(current.name),
                      undo: async () => {
                        await source.send('importShortlists', { text: saved.text });
                        setSelected(current.id);
                      },
                    });
                  });
                }}
              >
                {t.lists.delete}
              </button>
            </div>
            <form class="stack add-form" onSubmit={onAdd}>
              <label for="add-profile">{t.add.label}</label>
              <div class="row">
                <input id="add-profile" name="profile" maxLength={300} placeholder={t.add.placeholder} data-testid="add-profile" />
                <button type="submit" data-testid="add-to-list">
                  {t.add.button}
                </button>
              </div>
              <p class="muted small">{t.add.hint}</p>
            </form>
            <EntriesTable
              source={source}
              view={view}
              selected={compare}
              onSelect={setCompare}
              onChanged={() => void refresh().catch(fail)}
              onError={fail}
            />
            <ComparePanel source={source} view={view} rows={chosenRows} selectedCount={compare.length} />
            <OverlapPanel source={source} view={view} />
          </>
        ) : null}
        {/* One instance whether or not a list is loaded yet: a file chosen, or a report shown,
            while the lists load must not be lost when they arrive. */}
        <ExchangePanel source={source} shortlistId={current && view ? current.id : null} onImported={onImported} />
      </div>
    </section>
  );
}
