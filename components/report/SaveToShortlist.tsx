/**
 * "Save to shortlist": choose a list (or name a new one), add a note and tags, save. The
 * background validates everything again; this form only keeps the user from typing past
 * the limits.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ShortlistSummary } from '../../lib/shortlists/messages';
import { text } from '../text';

const t = text.shortlist;
const NEW = '__new__';

export interface ShortlistApi {
  list(): Promise<ShortlistSummary[]>;
  create(name: string): Promise<{ id: string; name: string }>;
  save(request: { shortlistId: string; profileId: string; note: string; tags: string[] }): Promise<unknown>;
}

export function SaveToShortlist({ profileId, api }: { profileId: string; api: ShortlistApi }) {
  const [open, setOpen] = useState(false);
  const [lists, setLists] = useState<ShortlistSummary[]>([]);
  const [choice, setChoice] = useState(NEW);
  const [newName, setNewName] = useState<string>(t.defaultName);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    api
      .list()
      .then((found) => {
        setLists(found);
        if (found[0]) setChoice(found[0].id);
      })
      .catch((error: unknown) => setStatus(t.failed(String(error))));
  }, [open, api]);

  async function submit(event: Event) {
    event.preventDefault();
    try {
      const target = choice === NEW ? await api.create(newName) : lists.find((l) => l.id === choice)!;
      await api.save({
        shortlistId: target.id,
        profileId,
        note,
        tags: tags.split(',').map((s) => s.trim()).filter(Boolean),
      });
      setStatus(t.saved(target.name));
      setOpen(false);
    } catch (error) {
      setStatus(t.failed(error instanceof Error ? error.message : String(error)));
    }
  }

  return (
    <div class="save-to-shortlist">
      {open ? (
        <form class="shortlist-form" onSubmit={submit} aria-label={t.save}>
          <label>
            {t.list}
            <select value={choice} onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}>
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name} ({l.entries})
                </option>
              ))}
              <option value={NEW}>{t.newList}</option>
            </select>
          </label>
          {choice === NEW ? (
            <label>
              {t.newListName}
              <input value={newName} maxLength={120} required onInput={(e) => setNewName((e.target as HTMLInputElement).value)} />
            </label>
          ) : null}
          <label>
            {t.note}
            <textarea value={note} maxLength={4000} rows={2} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
          </label>
          <label>
            {t.tags}
            <input value={tags} maxLength={800} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
          </label>
          <div class="actions">
            <button type="submit" data-testid="save-to-shortlist-confirm">
              {t.confirm}
            </button>
            <button type="button" class="secondary" onClick={() => setOpen(false)}>
              {t.cancel}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" data-testid="save-to-shortlist" onClick={() => { setStatus(null); setOpen(true); }}>
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
