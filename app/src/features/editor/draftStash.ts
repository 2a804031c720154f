/**
 * Edits the services have not acknowledged, kept in the page (IndexedDB) so that a host that stops
 * (a closed terminal, a crash) costs nothing: written when a save fails and when the page is left with
 * changes unsaved, removed once a save of that document is acknowledged, and offered back the next time
 * the document opens. One entry per document; the newest wins.
 */
export interface StashedDraft {
  docId: string;
  /** The document's TipTap JSON, as saveDocument would have stored it. */
  contentJson: string;
  /** The stored version the edits were made on. */
  baseVersion: number;
  stashedAt: number;
}

const DB_NAME = 'qianwan-drafts';
const STORE = 'unsaved';

let opening: Promise<IDBDatabase | null> | null = null;

function open(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'docId' });
    req.onsuccess = () => resolve(req.result);
    // Without IndexedDB (a private window that refuses it) the app works as before, unprotected.
    req.onerror = () => resolve(null);
    req.onblocked = () => resolve(null);
  });
  return opening;
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return open().then(
    (db) =>
      new Promise<T | undefined>((resolve) => {
        if (!db) return resolve(undefined);
        const tx = db.transaction(STORE, mode);
        const req = work(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(req ? req.result : undefined);
        tx.onerror = () => resolve(undefined);
        tx.onabort = () => resolve(undefined);
      }),
  );
}

export const draftStash = {
  put(draft: StashedDraft): Promise<void> {
    return run('readwrite', (store) => store.put(draft)).then(() => undefined);
  },
  get(docId: string): Promise<StashedDraft | undefined> {
    return run<StashedDraft>('readonly', (store) => store.get(docId) as IDBRequest<StashedDraft>);
  },
  remove(docId: string): Promise<void> {
    return run('readwrite', (store) => store.delete(docId)).then(() => undefined);
  },
};
