/**
 * The popup: one component per state, switched here and nowhere else.
 */
import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { PageReport } from '../../lib/report/report';
import { text } from '../text';
import { Loading, NothingCaptured, PopupError, UnsupportedPage } from './PopupStates';
import type { ShortlistApi } from '../report/SaveToShortlist';
import { ProfileReportView } from './ProfileReportView';
import { StorageNotice, type StorageNoticeProps } from '../StorageNotice';

export interface PopupSource {
  /** The address to report on (the active tab, or ?url= for the dashboard and tests). */
  resolveUrl(): Promise<string | null>;
  loadReport(url: string | null): Promise<PageReport>;
  /** Calls back whenever the background stored something; returns an unsubscribe. */
  onDataChanged(listener: (profileIds: string[]) => void): () => void;
  shortlists: ShortlistApi;
  /** Opens this report in a full tab; absent when already there. */
  openFull?(url: string): void;
  /** Opens the dashboard (shortlists, target personas, data & privacy). */
  openDashboard?(): void;
  /** Storage full, capture paused, database reset: shown above whatever the popup shows. */
  storage?: Pick<StorageNoticeProps, 'load' | 'onChanged'>;
}

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; report: PageReport };

export function PopupApp({ source }: { source: PopupSource }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [url, setUrl] = useState<string | null | undefined>(undefined);

  const refresh = useCallback(
    async (target: string | null) => {
      try {
        setState({ kind: 'ready', report: await source.loadReport(target) });
      } catch (error) {
        setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [source],
  );

  useEffect(() => {
    source
      .resolveUrl()
      .then((resolved) => {
        setUrl(resolved);
        return refresh(resolved);
      })
      .catch((error: unknown) => setState({ kind: 'error', message: String(error) }));
  }, [source, refresh]);

  // Live: re-read whenever new data lands. Cheap (one indexed count per table), so no
  // filtering by profile: an empty page does not know its profile id yet.
  useEffect(() => {
    if (url === undefined) return;
    return source.onDataChanged(() => void refresh(url));
  }, [source, url, refresh]);

  useLayoutEffect(() => {
    // The benchmark reads this mark: the first time the popup shows an answer, not a spinner.
    // A layout effect runs as soon as that answer is in the DOM; a plain effect waits for the
    // next animation frame and so would also count whatever else the page ran before it.
    if (state.kind !== 'loading' && !performance.getEntriesByName('persona-lens:rendered').length) {
      performance.mark('persona-lens:rendered');
    }
  }, [state.kind]);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="app-name">{text.appName}</h1>
        {source.openDashboard ? (
          <button type="button" class="link-button" data-testid="open-dashboard" onClick={() => source.openDashboard!()}>
            {text.report.openDashboard}
          </button>
        ) : null}
      </header>
      {source.storage ? <StorageNotice load={source.storage.load} onChanged={source.storage.onChanged} /> : null}
      {renderState(state, source, () => void refresh(url ?? null))}
    </main>
  );
}

function renderState(state: State, source: PopupSource, retry: () => void) {
  switch (state.kind) {
    case 'loading':
      return <Loading />;
    case 'error':
      return <PopupError message={state.message} onRetry={retry} />;
    case 'ready':
      switch (state.report.status) {
        case 'unsupported':
          return <UnsupportedPage />;
        case 'empty':
          return <NothingCaptured handle={state.report.handle} />;
        case 'report':
          return (
            <ProfileReportView
              report={state.report}
              shortlists={source.shortlists}
              onOpenFull={source.openFull ? () => source.openFull!(state.report.url ?? '') : undefined}
            />
          );
      }
  }
}
