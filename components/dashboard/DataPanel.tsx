/**
 * Data & privacy: retention, forget a profile, delete everything (with confirmation), backup
 * and restore. All through the storage messages; a control whose message fails as unknown is
 * shown disabled with a note rather than hidden.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/db/settings';
import { profileIdFromInput } from '../../lib/shortlists/profile-ref';
import { backupFailureText } from '../coded-messages';
import { text } from '../text';
import type { DashboardSource } from './api';
import { AutoBackupSection } from './AutoBackupSection';
import { failureMessage, Notice, type PanelMessage } from './Notice';

const t = text.dashboard.data;

export function DataPanel({ source }: { source: DashboardSource }) {
  const [settings, setSettings] = useState<Settings | 'unavailable' | null>(null);
  const [days, setDays] = useState('');
  const [forgetArmed, setForgetArmed] = useState<string | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const fail = (e: unknown) => setMessage(failureMessage(e));
  const ok = (s: string) => setMessage({ kind: 'ok', text: s });

  useEffect(() => {
    source
      .send('getSettings', undefined)
      .then((s) => {
        setSettings(s);
        setDays(String(s.retentionDays));
      })
      .catch(() => setSettings('unavailable'));
  }, [source]);

  const unavailable = settings === 'unavailable';

  const onRetention = (event: Event) => {
    event.preventDefault();
    source
      .send('setRetentionDays', { days: Number(days) })
      .then((s) => {
        setSettings(s);
        ok(t.retentionSaved(s.retentionDays));
      })
      .catch(fail);
  };

  const onForget = (event: Event) => {
    event.preventDefault();
    const profileId = profileIdFromInput(String(new FormData(event.currentTarget as HTMLFormElement).get('profile') ?? ''));
    if (!profileId) return setMessage({ kind: 'error', text: text.dashboard.add.invalid });
    if (forgetArmed !== profileId) {
      setForgetArmed(profileId);
      return setMessage({ kind: 'error', text: t.forgetConfirm(profileId) });
    }
    setForgetArmed(null);
    source
      .send('forgetProfile', { profileId })
      .then((r) => ok(r.found ? t.forgotten(r.posts, r.comments) : t.notFound))
      .catch(fail);
  };

  const onBackup = () =>
    source
      .send('exportData', undefined)
      .then((b) => source.download({ filename: b.filename, mime: 'application/json', text: b.json }))
      .catch(fail);

  const onRestore = async (event: Event) => {
    event.preventDefault();
    const file = ((event.currentTarget as HTMLFormElement).elements.namedItem('backup') as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const report = await source.send('importData', { json: await file.text() });
      // A refused file changed nothing: say why, never "restored".
      if (report.ok) ok(t.restored);
      else setMessage({ kind: 'error', text: backupFailureText(report) });
    } catch (e) {
      fail(e);
    }
  };

  return (
    <section aria-labelledby="data-heading" class="data stack">
      <h2 id="data-heading">{t.heading}</h2>
      <p class="muted">{t.intro}</p>
      {unavailable ? <p class="notice notice-error">{t.unavailable('getSettings')}</p> : null}
      <Notice message={message} />
      <fieldset disabled={unavailable}>
        <form class="stack" onSubmit={onRetention}>
          <label for="retention">{t.retention}</label>
          <div class="row">
            <input id="retention" type="number" min={1} max={3650} step={1} required value={days} onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)} />
            <button type="submit">{t.retentionSave}</button>
          </div>
        </form>
        <form class="stack" onSubmit={onForget}>
          <label for="forget">{t.forget}</label>
          <div class="row">
            <input id="forget" name="profile" maxLength={300} />
            <button type="submit" class="danger">
              {t.forgetButton}
            </button>
          </div>
        </form>
        <div class="stack">
          <label class="check">
            <input type="checkbox" checked={confirmAll} onChange={() => setConfirmAll(!confirmAll)} /> {t.deleteAllConfirm}
          </label>
          <div class="row">
            <button
              type="button"
              class="danger"
              disabled={!confirmAll}
              onClick={() =>
                source
                  .send('deleteEverything', undefined)
                  .then(() => {
                    setConfirmAll(false);
                    ok(t.deleted);
                  })
                  .catch(fail)
              }
            >
              {t.deleteAll}
            </button>
          </div>
        </div>
        <div class="row">
          <button type="button" class="secondary" onClick={() => void onBackup()}>
            {t.backup}
          </button>
        </div>
        <p class="muted" data-testid="backup-contents">
          {t.backupContents}
        </p>
        <form class="stack" onSubmit={(e) => void onRestore(e)}>
          <label for="restore">{t.restore}</label>
          <div class="row">
            <input id="restore" name="backup" type="file" accept=".json,application/json" />
            <button type="submit" class="secondary">
              {t.restoreButton}
            </button>
          </div>
        </form>
        <AutoBackupSection source={source} />
      </fieldset>
    </section>
  );
}
