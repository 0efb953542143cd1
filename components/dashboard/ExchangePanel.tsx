/** Export the current shortlist as CSV or JSON; import shortlists from a JSON file, with its report. */
import { useState } from 'preact/hooks';
import type { ImportReport } from '../../lib/shortlists/json-format';
import { shortlistFileText, shortlistRowText } from '../coded-messages';
import { text } from '../text';
import { errorText, type DashboardSource } from './api';

const t = text.dashboard.exchange;

/** A rejection of the whole file (not JSON, not our format, too new): nothing was imported. */
const fileRejected = (report: ImportReport) => report.rejected.find((r) => r.row === 'file');

export function ExchangePanel({ source, shortlistId, onImported }: { source: DashboardSource; shortlistId: string | null; onImported(): void }) {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const exportAs = (format: 'csv' | 'json') => {
    if (!shortlistId) return;
    source
      .send('exportShortlist', { id: shortlistId, format })
      .then((file) => source.download(file))
      .catch((e: unknown) => setError(errorText(e)));
  };

  const onImport = async (event: Event) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('file') as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      setError(null);
      setReport(await source.send('importShortlists', { text: await file.text() }));
      onImported();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section class="exchange" aria-labelledby="exchange-heading">
      <h3 id="exchange-heading">{t.heading}</h3>
      {shortlistId ? (
        <div class="row">
          <button type="button" class="secondary" data-testid="export-csv" onClick={() => exportAs('csv')}>
            {t.csv}
          </button>
          <button type="button" class="secondary" data-testid="export-json" onClick={() => exportAs('json')}>
            {t.json}
          </button>
        </div>
      ) : null}
      <form class="stack" onSubmit={(e) => void onImport(e)}>
        <label for="import-file">{t.importLabel}</label>
        <div class="row">
          <input id="import-file" name="file" type="file" accept=".json,application/json" data-testid="import-file" />
          <button type="submit" data-testid="import-button">
            {t.importButton}
          </button>
        </div>
      </form>
      {error ? (
        <p class="notice notice-error" role="alert">
          {text.dashboard.error(error)}
        </p>
      ) : null}
      {report && fileRejected(report) ? (
        <p class="notice notice-error" role="alert" data-testid="import-report">
          {t.nothingImported(shortlistFileText(fileRejected(report)!))}
        </p>
      ) : report ? (
        <div role="status" data-testid="import-report" class={`notice ${report.rejected.length ? 'notice-warn' : 'notice-ok'}`}>
          <p>
            {t.report(report.added, report.updated, report.rejected.length)} {report.unchanged ? t.unchanged(report.unchanged) : ''}
          </p>
          {report.rejected.length ? (
            <ul data-testid="import-rejected">
              {report.rejected.map((r) => (
                <li key={r.row}>{t.rejectedRow(r.row, shortlistRowText(r))}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
