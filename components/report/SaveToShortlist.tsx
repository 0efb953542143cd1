/**
 * "Save to shortlist": choose a list (or name a new one), add a note and tags, save. The
 * background validates everything again; this form only keeps the user from typing past
 * the limits.
 *
 * A creator already on a list is said so before anything is typed ("Already in: …"), and
 * choosing that list fills the form with the note and tags saved there, so saving again edits
 * them instead of wiping them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ShortlistSummary } from '../../lib/shortlists/messages';
import { text } from '../text';

const t = text.shortlist;
const NEW = '__new__';

export interface ShortlistApi {
  /** With `profileId`, each list says whether it already holds that creator (`entry`). */
  list(profileId?: string): Promise<ShortlistSummary[]>;
  create(name: string): Promise<{ id: string; name: string }>;
  save(request: { shortlistId: string; profileId: string; note?: string; tags?: string[] }): Promise<unknown>;
}

const splitTags = (typed: string) =>
  typed
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function SaveToShortlist({ profileId, api }: { profileId: string; api: ShortlistApi }) {
  const [open, setOpen] = useState(false);
  const [lists, setLists] = useState<ShortlistSummary[]>([]);
  const [choice, setChoice] = useState(NEW);
  const [newName, setNewName] = useState<string>(t.defaultName);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLSelectElement>(null);

  const load = () =>
    api
      .list(profileId)
      .then(setLists)
      .catch((error: unknown) => setStatus(t.failed(error instanceof Error ? error.message : String(error))));

  useEffect(() => {
    void load();
  }, [api, profileId]);

  /** The chosen list's saved note and tags, or empty fields for a list without this creator. */
  const choose = (id: string, from: ShortlistSummary[] = lists) => {
    setChoice(id);
    const entry = from.find((l) => l.id === id)?.entry;
    setNote(entry?.note ?? '');
    setTags(entry?.tags.join(', ') ?? '');
  };

  const openForm = () => {
    setStatus(null);
    setOpen(true);
    // The list holding this creator first, so the form shows what is saved; else the first list.
    const preferred = lists.find((l) => l.entry) ?? lists[0];
    choose(preferred?.id ?? NEW);
  };

  useEffect(() => {
    if (open) firstField.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    // Keyboard users continue where they were, not at the top of the popup.
    requestAnimationFrame(() => opener.current?.focus());
  };

  async function submit(event: Event) {
    event.preventDefault();
    try {
      const target = choice === NEW ? await api.create(newName) : lists.find((l) => l.id === choice)!;
      const held = lists.find((l) => l.id === target.id)?.entry;
      const typedTags = splitTags(tags);
      // On a list that holds the creator the form shows the saved values: what it sends replaces them.
      // Elsewhere an empty field sends nothing, so nothing is overwritten by an empty one.
      await api.save({
        shortlistId: target.id,
        profileId,
        ...(held || note ? { note } : {}),
        ...(held || typedTags.length ? { tags: typedTags } : {}),
      });
      setStatus(t.saved(target.name));
      close();
      await load();
    } catch (error) {
      setStatus(t.failed(error instanceof Error ? error.message : String(error)));
    }
  }

  const holding = lists.filter((l) => l.entry);

  return (
    <div class="save-to-shortlist">
      {holding.length ? (
        <p class="small" data-testid="already-in">
          {t.alreadyIn(holding.map((l) => l.name))}
        </p>
      ) : null}
      {open ? (
        <form
          class="shortlist-form"
          onSubmit={submit}
          aria-label={t.save}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              close();
            }
          }}
        >
          <label>
            {t.list}
            <select ref={firstField} value={choice} onChange={(e) => choose((e.target as HTMLSelectElement).value)} data-testid="shortlist-choice">
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.entry ? t.optionHolding(l.name, l.entries) : t.option(l.name, l.entries)}
                </option>
              ))}
              <option value={NEW}>{t.newList}</option>
            </select>
          </label>
          {lists.find((l) => l.id === choice)?.entry ? (
            <p class="muted small" data-testid="editing-saved">
              {t.editingSaved}
            </p>
          ) : null}
          {choice === NEW ? (
            <label>
              {t.newListName}
              <input value={newName} maxLength={120} required onInput={(e) => setNewName((e.target as HTMLInputElement).value)} />
            </label>
          ) : null}
          <label>
            {t.note}
            <textarea value={note} maxLength={4000} rows={2} data-testid="save-note" onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
          </label>
          <label>
            {t.tags}
            <input value={tags} maxLength={800} data-testid="save-tags" onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
          </label>
          <div class="actions">
            <button type="submit" data-testid="save-to-shortlist-confirm">
              {t.confirm}
            </button>
            <button type="button" class="secondary" onClick={close}>
              {t.cancel}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" ref={opener} data-testid="save-to-shortlist" onClick={openForm}>
          {t.save}
        </button>
      )}
      {status ? (
        <p class="muted" role="status" data-testid="save-status">
          {status}
        </p>
      ) : null}
    </div>
  );
}
