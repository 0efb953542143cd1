import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupSource } from '../../components/popup/PopupApp';
import { messaging } from '../../lib/messaging/protocol';
import '../../components/theme.css';

const source: PopupSource = {
  async resolveUrl() {
    const param = new URLSearchParams(location.search).get('url');
    if (param) return param;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url ?? null;
  },
  loadReport: (url) => messaging.sendMessage('getReport', { url }),
  onDataChanged(listener) {
    return messaging.onMessage('dataChanged', ({ data }) => listener(data.profileIds));
  },
};

render(<PopupApp source={source} />, document.getElementById('app')!);
