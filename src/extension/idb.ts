// A key-value store in the extension's IndexedDB, for binary data too large for extension storage (Chrome
// keeps JSON only there, 10 MB in all): the background, a Firefox background page and the options page share it.

const DB = 'reading-context';
const STORE = 'kv';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = tx.onabort = () => reject(tx.error ?? request.error);
    });
  } finally {
    db.close();
  }
}

export const idbGet = (key: string): Promise<unknown> => run('readonly', (s) => s.get(key));
export const idbSet = (key: string, value: unknown): Promise<void> => run('readwrite', (s) => s.put(value, key)).then(() => undefined);
