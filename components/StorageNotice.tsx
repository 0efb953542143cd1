/**
 * One notice per storage state the user must know about, where they look (popup and
 * dashboard): storage full (a write was refused), capture paused (too little room left to
 * write safely), the database reset by the browser (with the last automatic backup to
 * restore). Nothing is shown when all is well.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StorageStatus } from '../lib/background/storage-handlers';
import type { ImportReport } from '../lib/db/backup';
import { formatCount, formatDateTime } from './i18n/format';
import { backupFailureText, refusalDetail } from './coded-messages';
import { text } from './text';

const t = text.storage;

export interface StorageNoticeProps {
  load(): Promise<StorageStatus>;
  /** Calls back whenever the background's data or storage state changed; returns an unsubscribe. */
  onChanged(listener: () => void): () => void;
  /** Only where the user can act on it (the dashboard); the popup says where to go. */
  restore?(name: string): Promise<ImportReport>;
  dismiss?(): Promise<unknown>;
}

export function StorageNotice(props: StorageNoticeProps) {
  const { load, onChanged } = props;
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = useCallback(() => {
    // An older background without these messages: show nothing rather than an error.
    load().then(setStatus, () => setStatus(null));
  }, [load]);
  useEffect(refresh, [refresh]);
  useEffect(() => onChanged(refresh), [onChanged, refresh]);
  // Always one element, empty while all is well: a component that turns from null into a
  // fragment made Preact re-create the panel after it, which lost a chosen file and the import
  // report shown there (test/e2e/interface.e2e.ts, 'a file that is not JSON').
  if (!status) return <div class="storage-notices" />;

  const { pressure, reset } = status;
  const used = pressure?.usage != null ? t.mb(pressure.usage) : null;
  const quota = pressure?.quota != null ? t.mb(pressure.quota) : null;
  const last = status.backups[0];
  return (
    <div class="storage-notices">
      {pressure ? (
        <section class="storage-notice" role="alert" data-testid={pressure.kind === 'full' ? 'storage-full' : 'capture-paused'}>
          <h2>{pressure.kind === 'full' ? t.fullTitle : t.pausedTitle}</h2>
          <p>{pressure.kind === 'full' ? t.fullWhat(used, quota) : t.pausedWhat(used, quota)}</p>
          <p>{t.kept}</p>
          <p>{t.todo}</p>
        </section>
      ) : null}
      {reset ? (
        <section class="storage-notice" role="alert" data-testid="database-reset">
          <h2>{t.resetTitle}</h2>
          <p>{t.resetWhat(formatDateTime(reset.at))}</p>
          <p>{last ? t.resetBackup(formatDateTime(last.at), formatCount(last.comments)) : t.resetNoBackup}</p>
          {last && !props.restore ? <p>{t.resetWhere}</p> : null}
          <div class="row">
            {last && props.restore ? (
              <button
                type="button"
                data-testid="restore-auto-backup"
                onClick={() =>
                  void props.restore!(last.name).then(
                    (report) => {
                      setMessage(report.ok ? t.restored : backupFailureText(report));
                      refresh();
                    },
                    (error: unknown) => setMessage(refusalDetail(error instanceof Error ? error.message : String(error))),
                  )
                }
              >
                {t.restore}
              </button>
            ) : null}
            {props.dismiss ? (
              <button type="button" class="secondary" onClick={() => void props.dismiss!().then(refresh, refresh)}>
                {t.dismiss}
              </button>
            ) : null}
          </div>
        </section>
      ) : null}
      {message ? (
        <p class="storage-notice-result" role="status" data-testid="storage-notice-result">
          {message}
        </p>
      ) : null}
    </div>
  );
}
