/**
 * Reads one of the background database's object stores with raw IndexedDB, in a page of the
 * extension's own origin. One self-contained function (the browser runs it from its source, so
 * it may not close over anything) for every e2e helper that checks what was stored.
 */
export type StoreRead = 'rows' | 'keys' | 'count';

export function readExtensionStore(request: { store: string; read: StoreRead }): Promise<unknown> {
  const { store, read } = request;
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('persona-lens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(store)) {
        db.close();
        resolve(read === 'count' ? 0 : []);
        return;
      }
      const objects = db.transaction(store).objectStore(store);
      const req = read === 'rows' ? objects.getAll() : read === 'keys' ? objects.getAllKeys() : objects.count();
      req.onsuccess = () => {
        db.close();
        resolve(req.result);
      };
      req.onerror = () => reject(req.error);
    };
  });
}
