/** Writes records straight into the app's IndexedDB from the page, as an older app version could have left them. */
import type { Page } from '@playwright/test';
import { DB_VERSION } from '../../../src/lib/storage/db';

/**
 * Puts `records` into one store of the `sourcewise` database in one transaction. The page must be on the app: once the
 * app has created its database at this build's version (and its upgrade has committed), the page leaves for a file that runs no app code (so the
 * app's own connection, with its reopen-and-retry logic, cannot hold the write up), writes, and comes back.
 */
export async function putRecords(page: Page, store: string, records: unknown[]): Promise<void> {
  const back = page.url();
  await page.waitForFunction(
    async (version) =>
      (await indexedDB.databases()).some((d) => d.name === 'sourcewise' && d.version === version),
    DB_VERSION,
    { polling: 200 }
  );
  // `databases()` lists the new version while the upgrade still runs, and leaving the page then aborts the upgrade:
  // an open request of our own (no version: it never upgrades) is answered only once the app's upgrade has committed.
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('sourcewise');
        (window as unknown as { readyRequest?: IDBOpenDBRequest }).readyRequest = open;
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          open.result.close();
          done();
        };
      })
  );
  await page.goto(new URL('/favicon.svg', back).href);
  await page.evaluate(
    ({ store, records, version }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('sourcewise', version);
        // Held by the page, so the request is not collected before it settles.
        (window as unknown as { putRequest?: IDBOpenDBRequest }).putRequest = open;
        open.onupgradeneeded = () => fail(new Error('the app had not created its database yet'));
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
    { store, records, version: DB_VERSION }
  );
  await page.goto(back);
}
