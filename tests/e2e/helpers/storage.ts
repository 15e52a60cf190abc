/** Writes records straight into the app's IndexedDB from the page, as an older app version could have left them. */
import type { Page } from '@playwright/test';

/** Puts `records` into one store of the `sourcewise` database in one transaction (the page must be on the app). */
export async function putRecords(page: Page, store: string, records: unknown[]): Promise<void> {
  await page.evaluate(
    ({ store, records }) =>
      new Promise<void>((done, fail) => {
        // An open request queues behind the app's own, so the stores exist once it succeeds.
        const open = indexedDB.open('sourcewise');
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
