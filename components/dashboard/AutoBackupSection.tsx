/**
 * Automatic backups in Data & privacy: switch them off or on, see the ones kept, write one
 * now. Restoring one is offered by the "database was reset" notice, where it is needed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { StorageStatus } from '../../lib/background/storage-handlers';
import { formatCount, formatDateTime } from '../i18n/format';
import { text } from '../text';
import { errorText, type DashboardSource } from './api';

const t = text.storage;

export function AutoBackupSection({ source }: { source: DashboardSource }) {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const load = () => source.send('getStorageStatus', undefined).then(setStatus, () => setStatus(null));
  useEffect(() => void load(), [source]);
  if (!status) return null;
  return (
    <section class="stack" aria-labelledby="auto-backup-title" data-testid="auto-backup">
      <h3 id="auto-backup-title">{t.autoTitle}</h3>
      <label class="check">
        <input
          type="checkbox"
          data-testid="auto-backup-toggle"
          checked={status.autoBackup}
          onChange={() =>
            void source.send('setAutoBackup', { enabled: !status.autoBackup }).then(setStatus, (e: unknown) => setMessage(text.dashboard.error(errorText(e))))
          }
        />{' '}
        {t.autoToggle}
      </label>
      {status.backups.length ? (
        <ul data-testid="auto-backup-list">
          {status.backups.map((b) => (
            <li key={b.name}>{t.autoItem(formatDateTime(b.at), formatCount(b.comments), t.mb(b.bytes))}</li>
          ))}
        </ul>
      ) : (
        <p>{t.autoNone}</p>
      )}
      <div class="row">
        <button
          type="button"
          class="secondary"
          data-testid="backup-now"
          onClick={() =>
            void source.send('backupNow', undefined).then(
              () => {
                setMessage(t.backedUp);
                void load();
              },
              (e: unknown) => setMessage(text.dashboard.error(errorText(e))),
            )
          }
        >
          {t.backupNow}
        </button>
      </div>
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
