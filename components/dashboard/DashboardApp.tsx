/**
 * The dashboard: one page, four sections behind tabs (WAI-ARIA tabs pattern: arrow keys move
 * between tabs, Tab moves into the panel).
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { StorageNotice } from '../StorageNotice';
import { text } from '../text';
import type { DashboardSource } from './api';
import { DataPanel } from './DataPanel';
import { MyAudiencePanel } from './MyAudiencePanel';
import { PersonasPanel } from './PersonasPanel';
import { ShortlistsPanel } from './ShortlistsPanel';

const TABS = ['shortlists', 'personas', 'audience', 'data'] as const;
type Tab = (typeof TABS)[number];

function initialTab(): Tab {
  const hash = location.hash.slice(1);
  return (TABS as readonly string[]).includes(hash) ? (hash as Tab) : 'shortlists';
}

export function DashboardApp({ source }: { source: DashboardSource }) {
  const [tab, setTab] = useState<Tab>(initialTab);
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const storage = useMemo(
    () => ({
      load: () => source.send('getStorageStatus', undefined),
      onChanged: (listener: () => void) => source.onStorageChanged?.(listener) ?? (() => undefined),
      restore: (name: string) => source.send('restoreBackup', { name }),
      dismiss: () => source.send('dismissReset', undefined),
    }),
    [source],
  );

  const select = (next: Tab, focus = false) => {
    setTab(next);
    history.replaceState(null, '', `#${next}`);
    if (focus) refs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const to =
      event.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : event.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : event.key === 'Home' ? TABS[0] : event.key === 'End' ? TABS[TABS.length - 1] : undefined;
    if (to) {
      event.preventDefault();
      select(to, true);
    }
  };

  return (
    <div class="dashboard">
      <header class="dash-header">
        <h1 class="app-name">{text.appName}</h1>
        <div role="tablist" aria-label={text.dashboard.tabsLabel} class="tabs" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={`tab-${t}`}
              aria-selected={tab === t}
              aria-controls={`panel-${t}`}
              tabIndex={tab === t ? 0 : -1}
              class="tab"
              data-testid={`tab-${t}`}
              ref={(el) => {
                refs.current[t] = el;
              }}
              onClick={() => select(t)}
            >
              {text.dashboard.tabs[t]}
            </button>
          ))}
        </div>
      </header>
      <main>
        <StorageNotice {...storage} />
        <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="dash-panel">
          {tab === 'shortlists' ? <ShortlistsPanel source={source} /> : null}
          {tab === 'personas' ? <PersonasPanel source={source} /> : null}
          {tab === 'audience' ? <MyAudiencePanel source={source} /> : null}
          {tab === 'data' ? <DataPanel source={source} /> : null}
        </div>
      </main>
    </div>
  );
}
