import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupSource } from '../../components/popup/PopupApp';
import { requestPersistentStorage } from '../../lib/db/persist';
import { messaging } from '../../lib/messaging/protocol';
import '../../components/theme.css';

const params = new URLSearchParams(location.search);
// ?full=1: the same report in a tab of its own ("Open full report").
if (params.get('full')) document.documentElement.classList.add('full-report');

const source: PopupSource = {
  async resolveUrl() {
    const param = params.get('url');
    if (param) return param;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url ?? null;
  },
  loadReport: (url) => messaging.sendMessage('getReport', { url }),
  onDataChanged(listener) {
    return messaging.onMessage('dataChanged', ({ data }) => listener(data.profileIds));
  },
  shortlists: {
    list: () => messaging.sendMessage('listShortlists', undefined),
    create: (name) => messaging.sendMessage('createShortlist', { name }),
    save: (request) => messaging.sendMessage('saveToShortlist', request),
  },
  openDashboard: () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }),
  openFull: params.get('full')
    ? undefined
    : (url) => void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?full=1&url=${encodeURIComponent(url)}`) }),
};

render(<PopupApp source={source} />, document.getElementById('app')!);

// Ask once per page open, after the first render (off the popup's critical path), that the
// browser keep the extension's storage under disk pressure; the background records the answer.
setTimeout(() => {
  void requestPersistentStorage({
    storage: navigator.storage,
    record: (granted) => messaging.sendMessage('setPersistence', { granted }),
  }).catch(() => undefined);
}, 500);
