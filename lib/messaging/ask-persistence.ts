/**
 * What the popup and the dashboard do once per page open: ask, after the first render (off
 * the critical path), that the browser keep the extension's storage under disk pressure, and
 * hand the answer to the background, which records it (lib/db/persist.ts has the logic).
 */
import { requestPersistentStorage } from '../db/persist';
import { messaging } from './protocol';

const AFTER_FIRST_RENDER_MS = 500;

export function askForPersistentStorageSoon(): void {
  setTimeout(() => {
    void requestPersistentStorage({
      storage: navigator.storage,
      record: (granted) => messaging.sendMessage('setPersistence', { granted }),
    }).catch(() => undefined);
  }, AFTER_FIRST_RENDER_MS);
}
