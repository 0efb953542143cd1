import { render } from 'preact';
import { browser } from 'wxt/browser';
import { localiseDocument } from '../../components/i18n/document';
import { PopupApp, type PopupSource } from '../../components/popup/PopupApp';
import type { PageReport } from '../../lib/report/report';
import { askForPersistentStorageSoon } from '../../lib/messaging/ask-persistence';
import { messaging } from '../../lib/messaging/protocol';
import '../../components/theme.css';

// The benchmark reads this mark: from here to "persona-lens:rendered" is the popup's own time;
// before it, the browser opened the page and loaded our files.
performance.mark('persona-lens:start');

const params = new URLSearchParams(location.search);
// ?full=1: the same report in a tab of its own ("Open full report").
if (params.get('full')) document.documentElement.classList.add('full-report');

async function activeTabUrl(): Promise<string | null> {
  const param = params.get('url');
  if (param) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url ?? null;
}

const loadReport = (url: string | null) => messaging.sendMessage('getReport', { url });

// Ask for the report now, while Preact renders the loading state: the component's own effect
// would only ask after the first paint. Its first loadReport call takes this answer.
const initialUrl = activeTabUrl();
let prefetched: Promise<PageReport> | undefined = initialUrl.then(loadReport);
prefetched.catch(() => undefined); // handled where it is taken; not an unhandled rejection meanwhile

const source: PopupSource = {
  resolveUrl: () => initialUrl,
  loadReport(url) {
    const first = prefetched;
    prefetched = undefined;
    return first ?? loadReport(url);
  },
  onDataChanged(listener) {
    return messaging.onMessage('dataChanged', ({ data }) => listener(data.profileIds));
  },
  shortlists: {
    list: (profileId) => messaging.sendMessage('listShortlists', profileId ? { profileId } : undefined),
    create: (name) => messaging.sendMessage('createShortlist', { name }),
    save: (request) => messaging.sendMessage('saveToShortlist', request),
  },
  storage: {
    load: () => messaging.sendMessage('getStorageStatus', undefined),
    onChanged: (listener) => messaging.onMessage('storageChanged', () => listener()),
  },
  openDashboard: () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }),
  openFull: params.get('full')
    ? undefined
    : (url) => void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?full=1&url=${encodeURIComponent(url)}`) }),
};

localiseDocument('appName');
render(<PopupApp source={source} />, document.getElementById('app')!);

askForPersistentStorageSoon();
