/** Writes records straight into the app's IndexedDB from the page, as an older app version could have left them. */
import type { Page } from '@playwright/test';
import { DB_VERSION } from '../../../src/lib/storage/db';

/** Puts `records` into one store of the `sourcewise` database in one transaction (the page must be on the app). */
export async function putRecords(page: Page, store: string, records: unknown[]): Promise<void> {
  // The app opens its database once it knows the built-in packs: wait until it stands at this build's version with
  // the store in it, or an open from here would meet a database still being created (or create an empty one).
  await page.waitForFunction(
    async ({ store, version }) => {
      if (!(await indexedDB.databases()).some((d) => d.name === 'sourcewise' && d.version === version))
        return false;
      return new Promise<boolean>((done) => {
        const open = indexedDB.open('sourcewise', version);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => done(false);
        open.onsuccess = () => {
          const ready = open.result.objectStoreNames.contains(store);
          open.result.close();
          done(ready);
        };
      });
    },
    { store, version: DB_VERSION },
    { polling: 200 }
  );
  await page.evaluate(
    ({ store, records }) =>
      new Promise<void>((done, fail) => {
        // An open request queues behind the app's own, so the stores exist once it succeeds.
        const open = indexedDB.open('sourcewise');
        // Held by the page, so a request that waits on the app is not collected before it settles.
        (window as unknown as { putRequest?: IDBOpenDBRequest }).putRequest = open;
        open.onblocked = () => fail(new Error('blocked by another connection'));
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    { store, records }
  );
}
