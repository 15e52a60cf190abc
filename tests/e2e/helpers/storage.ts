/** Writes records straight into the app's IndexedDB from the page, as an older app version could have left them. */
import type { Page } from '@playwright/test';
import { decodeAttempt } from '../../../src/lib/storage/attempt-codec';
import { DB_VERSION } from '../../../src/lib/storage/db';
import type { AttemptRecord } from '../../../src/lib/storage/records';

/**
 * Waits until the app's database stands committed at this build's version. `databases()` alone is not enough: it lists
 * the new version while the app's upgrade still runs (and leaving the page then aborts it). So the page polls with open
 * requests of its own that carry no version: such a request waits for a running upgrade, and one that finds no
 * database is aborted in its `upgradeneeded`, so the test never creates a database the app would then have to upgrade
 * from an empty version 1 (which fails: "could not update its saved data").
 */
export async function appDatabaseReady(page: Page): Promise<void> {
  await page.evaluate(
    (version) =>
      new Promise<void>((done, fail) => {
        const poll = () => {
          const open = indexedDB.open('sourcewise');
          // Held by the page, so the request is not collected before it settles.
          (window as unknown as { readyRequest?: IDBOpenDBRequest }).readyRequest = open;
          let absent = false;
          open.onupgradeneeded = () => {
            absent = true;
            open.transaction?.abort();
          };
          open.onerror = (event) => {
            event.preventDefault();
            if (absent) setTimeout(poll, 100);
            else fail(open.error);
          };
          open.onsuccess = () => {
            const found = open.result.version;
            open.result.close();
            if (found === version) done();
            else if (found > version)
              fail(new Error(`the database is at version ${found}, newer than ${version}`));
            else setTimeout(poll, 100);
          };
        };
        poll();
      }),
    DB_VERSION
  );
}

/**
 * Has the app create its database: a first visit to the home page does not (nothing is stored yet, so it loads no
 * storage code), while a built-in pack's study page opens the database to resume a session. Tests that write records
 * straight into storage start here.
 */
export async function openAppDatabase(page: Page): Promise<void> {
  await page.goto('/study/media-literacy-basics');
  await appDatabaseReady(page);
}

/**
 * Puts `records` into one store of the `sourcewise` database in one transaction. The page must be on the app: once the
 * app's database stands at this build's version, the page leaves for a file that runs no app code (so the app's own
 * connection, with its reopen-and-retry logic, cannot hold the write up), writes, and comes back.
 */
export async function putRecords(page: Page, store: string, records: unknown[]): Promise<void> {
  const back = page.url();
  await appDatabaseReady(page);
  await page.goto(new URL('/favicon.svg', back).href);
  await page.evaluate(
    ({ store, records, version }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('sourcewise', version);
        // Held by the page, so the request is not collected before it settles.
        (window as unknown as { putRequest?: IDBOpenDBRequest }).putRequest = open;
        open.onupgradeneeded = (event) => {
          open.transaction?.abort();
          fail(new Error(`the app's database was at version ${event.oldVersion} when the test wrote to it`));
        };
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

/** Every record of one store of the app's database, read from the page (which must be on the app's origin). */
export async function readRecords<T = unknown>(page: Page, store: string): Promise<T[]> {
  return await page.evaluate(
    (store) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('sourcewise');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            open.result.close();
            done(all.result as T[]);
          };
          all.onerror = () => fail(all.error);
        };
      }),
    store
  );
}

/** The stored answers, expanded by the app's own codec as the app reads them (the store keeps them compact). */
export async function readAttempts(page: Page): Promise<AttemptRecord[]> {
  return (await readRecords(page, 'attempts')).map(decodeAttempt) as AttemptRecord[];
}
