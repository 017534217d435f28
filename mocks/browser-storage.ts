import { StorageWriteError, type StorageTransactions } from './store';

/** The IndexedDB database and object store the browser's mock state lives in. */
export const DATABASE_NAME = 'connection-requests.mock';
export const OBJECT_STORE = 'state';

function requestResult<T>(request: IDBRequest<T>, onSuccess: (result: T) => void): void {
  request.onsuccess = () => {
    onSuccess(request.result);
  };
}

/**
 * The mock store's persistence in the browser: a synchronous `Storage` over a cache of one
 * IndexedDB object store, whose `transaction(work)` runs `work` inside one readwrite IndexedDB
 * transaction. IndexedDB runs readwrite transactions on the same store one at a time across
 * every tab of the origin, and a transaction sees every one committed before it: so each call
 * reads what the last call of any tab wrote, and nothing can come between its read and its
 * write. (localStorage cannot do this in Chromium: one tab's write reaches another tab's
 * renderer asynchronously, so a lock around it still reads stale data.)
 *
 * `work` is synchronous: a transaction stays open only while requests are pending, so nothing
 * may be awaited inside it. At the start the revision key is read; when another tab moved it,
 * every key is reloaded. What `work` sets is written in the same transaction; if the commit
 * fails (quota), the cache forgets it and the promise rejects with StorageWriteError.
 */
export class IndexedDbStorage implements Storage, StorageTransactions {
  /** What IndexedDB held when the last transaction ended. */
  private committed = new Map<string, string>();
  /** Writes of the running transaction; null removes the key. */
  private readonly pending = new Map<string, string | null>();
  private inTransaction = false;

  private constructor(
    private readonly db: IDBDatabase,
    private readonly revisionKey: string,
    /** Called after a transaction that wrote something has committed. */
    private readonly onCommitted: () => void,
  ) {}

  /** Opens (and on first use creates) the database. */
  static open(options: {
    revisionKey: string;
    onCommitted?: () => void;
  }): Promise<IndexedDbStorage> {
    return new Promise((resolve, reject) => {
      const opening = indexedDB.open(DATABASE_NAME, 1);
      opening.onupgradeneeded = () => {
        opening.result.createObjectStore(OBJECT_STORE);
      };
      opening.onsuccess = () => {
        const db = opening.result;
        // Another tab of a newer build wants to upgrade: let it, this page is outdated.
        db.onversionchange = () => {
          db.close();
        };
        resolve(new IndexedDbStorage(db, options.revisionKey, options.onCommitted ?? (() => {})));
      };
      opening.onerror = () => {
        reject(opening.error ?? new Error(`IndexedDB ${DATABASE_NAME} could not be opened`));
      };
      opening.onblocked = () => {
        reject(new Error(`IndexedDB ${DATABASE_NAME} is blocked by another tab`));
      };
    });
  }

  transaction<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let outcome: { value: T } | { error: unknown } | undefined;
      let wrote = false;
      const transaction = this.db.transaction(OBJECT_STORE, 'readwrite');
      const store = transaction.objectStore(OBJECT_STORE);

      const run = () => {
        this.inTransaction = true;
        try {
          outcome = { value: work() };
        } catch (error) {
          outcome = { error };
        } finally {
          this.inTransaction = false;
        }
        for (const [key, value] of this.pending) {
          wrote = true;
          if (value === null) store.delete(key);
          else store.put(value, key);
        }
        transaction.commit();
      };

      requestResult(store.get(this.revisionKey), (revision: unknown) => {
        if (revision === this.committed.get(this.revisionKey)) {
          run();
          return;
        }
        // Another tab wrote since: reload every key, then work on that.
        requestResult(store.getAllKeys(), (keys) => {
          requestResult(store.getAll(), (values: unknown[]) => {
            this.committed = new Map();
            keys.forEach((key, index) => {
              // Anything else written there reaches the store as text it will refuse.
              if (typeof key === 'string') this.committed.set(key, String(values[index]));
            });
            run();
          });
        });
      });

      transaction.oncomplete = () => {
        for (const [key, value] of this.pending) {
          if (value === null) this.committed.delete(key);
          else this.committed.set(key, value);
        }
        this.pending.clear();
        if (wrote) this.onCommitted();
        if (outcome === undefined) reject(new Error('The transaction ended before its work ran.'));
        else if ('value' in outcome) resolve(outcome.value);
        else
          reject(outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error)));
      };
      transaction.onabort = () => {
        this.pending.clear();
        reject(new StorageWriteError(transaction.error));
      };
    });
  }

  // Storage, over the cache. Only a transaction's work may write.

  get length(): number {
    return this.keys().length;
  }

  clear(): void {
    for (const key of this.keys()) this.removeItem(key);
  }

  getItem(key: string): string | null {
    const pending = this.pending.get(key);
    if (pending !== undefined) return pending;
    return this.committed.get(key) ?? null;
  }

  key(index: number): string | null {
    return this.keys()[index] ?? null;
  }

  removeItem(key: string): void {
    this.assertInTransaction();
    this.pending.set(key, null);
  }

  setItem(key: string, value: string): void {
    this.assertInTransaction();
    this.pending.set(key, value);
  }

  private keys(): string[] {
    const keys = new Set(this.committed.keys());
    for (const [key, value] of this.pending) {
      if (value === null) keys.delete(key);
      else keys.add(key);
    }
    return [...keys];
  }

  private assertInTransaction(): void {
    if (!this.inTransaction) {
      throw new Error('IndexedDbStorage is written only inside transaction(work).');
    }
  }
}
