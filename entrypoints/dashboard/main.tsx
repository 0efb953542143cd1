import { render } from 'preact';
import type { DashboardSource } from '../../components/dashboard/api';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { localiseDocument } from '../../components/i18n/document';
import { askForPersistentStorageSoon } from '../../lib/messaging/ask-persistence';
import { messaging } from '../../lib/messaging/protocol';
import '../../components/theme.css';
import '../../components/dashboard/dashboard.css';

const source: DashboardSource = {
  send: messaging.sendMessage,
  onDataChanged(listener) {
    return messaging.onMessage('dataChanged', ({ data }) => listener(data.profileIds));
  },
  onStorageChanged(listener) {
    return messaging.onMessage('storageChanged', () => listener());
  },
  download({ filename, mime, text }) {
    // A Blob URL and an <a download>: no permission needed, and nothing leaves the browser.
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

localiseDocument('dashboard_title');
render(<DashboardApp source={source} />, document.getElementById('app')!);

askForPersistentStorageSoon();
