/**
 * Persistent storage: without it the browser may evict the extension's IndexedDB under disk
 * pressure, and weeks of browsing would vanish. `navigator.storage.persist()` exists only in
 * window contexts (not in the service worker), so the popup or dashboard calls this on first
 * open and sends the answer to the background, which records it in settings.
 */
export interface PersistDeps {
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined;
  /** Sends the answer to the background (setPersistence). */
  record(granted: boolean): Promise<unknown>;
}

/** Asks once; returns the browser's answer, or null where the API is missing (nothing recorded). */
export async function requestPersistentStorage(deps: PersistDeps): Promise<boolean | null> {
  const storage = deps.storage;
  if (!storage || typeof storage.persist !== 'function') return null;
  let granted: boolean;
  try {
    granted = (await storage.persisted?.()) || (await storage.persist());
  } catch {
    granted = false;
  }
  await deps.record(granted);
  return granted;
}
