/** Storage trouble in the browser: the learner gets a clear message and can keep studying. */
import { expect, test, type Page } from '@playwright/test';
import {
  answerRight,
  basicsPack,
  BASICS,
  currentQuestion,
  expectQuestion,
  nextButton,
  waitForServiceWorker
} from './helpers/study';
import { startStaticServer } from './helpers/static-server';
import { appDatabaseReady } from './helpers/storage';

const pack = basicsPack();

/** Opens the database from the test at `version` (a newer one than the app's, from "another tab") and closes it again. */
async function openAndClose(page: Page, version: number) {
  await page.evaluate(
    (v) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('sourcewise', v);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    version
  );
}

/**
 * Opens the pack at its first question with the database ready. The first question may show before the database is
 * open (a pack never studied needs nothing from it), so trouble made afterwards hits an answer, not the set-up.
 */
async function studyWithDatabase(page: Page) {
  await page.goto(`/study/${BASICS}`);
  await expectQuestion(page, pack.questions[0]);
  await appDatabaseReady(page);
}

test('without IndexedDB (a private window, blocked site data) the app says so and studying still works', async ({
  page
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto(`/study/${BASICS}`);
  await expectQuestion(page, pack.questions[0]);
  await expect(page.getByRole('alert').first()).toContainText('not letting Sourcewise save anything');
  await answerRight(page, pack.questions[0]);
  await nextButton(page).click();
  await currentQuestion(page, pack, 2);
});

test('a full disk: the answer is shown, the learner is told it was not saved, nothing half-written', async ({
  page
}) => {
  await studyWithDatabase(page);
  // From now on every write fails the way a full disk does.
  // (A database upgrade still finishing in the background is left alone: the disk fills up under the answer.)
  await page.evaluate(() => {
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if (this.transaction.mode === 'versionchange') return original.apply(this, args);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }
  });
  await answerRight(page, pack.questions[0]);
  await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
  await expect(page.getByRole('alert').first()).toContainText('out of storage space');
  await nextButton(page).click();
  await currentQuestion(page, pack, 2);

  // After a reload (writes work again) nothing from the failed answer is there.
  await page.goto('/progress');
  await expect(page.getByText('Nothing yet.')).toBeVisible();
});

test('an older version open in another tab holds the upgrade: the learner is told, and it finishes once that tab closes', async ({
  context,
  page
}) => {
  // The other tab: an older Sourcewise (database version 1) that does not let go of its connection. It is opened on
  // a plain file of the same origin, so no app code of this version runs there.
  const oldTab = await context.newPage();
  await oldTab.goto('/favicon.svg');
  await oldTab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('sourcewise', 1);
        request.onupgradeneeded = () => {
          const db = request.result;
          db.createObjectStore('packs', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
          const attempts = db.createObjectStore('attempts', { keyPath: 'id', autoIncrement: true });
          attempts.createIndex('by-question', 'questionId');
          attempts.createIndex('by-pack', 'packId');
          attempts.createIndex('by-at', 'at');
          db.createObjectStore('cards', { keyPath: 'questionId' }).createIndex('by-pack', 'packId');
          db.createObjectStore('classes', { keyPath: 'id' }).createIndex('by-quiz', 'quizId');
          db.createObjectStore('meta');
        };
        request.onsuccess = () => {
          // An old page that ignores "versionchange" keeps the connection open until it is closed.
          (window as unknown as { oldConnection: IDBDatabase }).oldConnection = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error);
      })
  );

  await page.goto(`/study/${BASICS}`);
  await expectQuestion(page, pack.questions[0]);
  await answerRight(page, pack.questions[0]);
  await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
  const notice = page.getByRole('alert').filter({ hasText: 'open in another tab with an older version' });
  await expect(notice).toBeVisible();

  // Closing the other tab's connection lets the upgrade run: the notice goes, and the answer given meanwhile is kept.
  await oldTab.evaluate(() => (window as unknown as { oldConnection: IDBDatabase }).oldConnection.close());
  await expect(notice).toBeHidden();
  await nextButton(page).click();
  await currentQuestion(page, pack, 2);
  await page.goto('/progress');
  await expect(page.getByRole('region', { name: 'Recent answers' }).getByRole('listitem')).toHaveCount(1);
});

test('the connection is closed under the page (as iOS does in the background): the answer is still stored', async ({
  page
}) => {
  await studyWithDatabase(page);
  // The next transaction the app starts finds its connection closed: the browser's own InvalidStateError.
  await page.evaluate(() => {
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof original>) {
      IDBDatabase.prototype.transaction = original;
      this.close();
      return original.apply(this, args);
    } as typeof original;
  });
  await answerRight(page, await currentQuestion(page, pack, 1));
  await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
  await nextButton(page).click();
  await currentQuestion(page, pack, 2);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.goto('/progress');
  await expect(page.getByRole('region', { name: 'Recent answers' }).getByRole('listitem')).toHaveCount(1);
});

// Known flaky, cause not found yet: once in about 30 runs the page shows "could not update its saved data" (its own
// upgrade failed) instead of the newer-version message. One retry here, and nowhere else, until that is understood.
test.describe('a newer version elsewhere', () => {
  test.describe.configure({ retries: 1 });
  test('a newer database version opened in another tab: the app says so and keeps the answer in memory', async ({
    context,
    page
  }) => {
    await studyWithDatabase(page);
    const other = await context.newPage();
    await other.goto('/favicon.svg');
    await openAndClose(other, 50);
    // Whether the page's connection was open then ("updated in another tab") or is opened only now (the database "was
    // written by a newer version"), the learner is told, and offered the reload.
    await expect(page.getByRole('alert').first()).toContainText(/updated in another tab|newer version/);
    await answerRight(page, await currentQuestion(page, pack, 1));
    await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
    await expect(page.getByTestId('unsaved')).toContainText('One answer is not saved yet');
    await expect(page.getByRole('alert').filter({ hasText: 'newer version' }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload' }).first()).toBeVisible();
  });
});

test('a newer database version opened elsewhere: after a reload the app is not stuck, and "Reload to update" brings in the newest version', async ({
  context,
  page
}) => {
  const server = await startStaticServer('build');
  try {
    await page.goto(`${server.url}/study/${BASICS}`);
    await waitForServiceWorker(page);
    await expectQuestion(page, pack.questions[0]);
    await appDatabaseReady(page);
    const other = await context.newPage();
    await other.goto(`${server.url}/favicon.svg`);
    await openAndClose(other, 50);
    await other.close();

    // A plain reload serves the same build, which cannot open the newer database: it says so, and studying goes on.
    await page.reload();
    const newer = page.getByRole('alert').filter({ hasText: 'newer version' });
    await expect(newer.first()).toBeVisible();
    await answerRight(page, await currentQuestion(page, pack, 1));
    await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
    await expect(page.getByTestId('unsaved')).toContainText('One answer is not saved yet');

    // Every page that reads progress shows its content or the message, never "Loading…" for ever.
    for (const path of ['/progress', '/review', '/settings', '/missed']) {
      await page.goto(`${server.url}${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(newer.first()).toBeVisible();
      await expect(page.getByText(/^Loading/)).toHaveCount(0);
    }

    // The newer build's service worker is on the server: the button activates it before reloading, where a plain
    // reload would leave it waiting behind the page's own worker.
    server.swVersion = 'v2';
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
    await Promise.all([
      page.waitForEvent('framenavigated'),
      newer
        .first()
        .getByRole('button', { name: /^Reload/ })
        .click()
    ]);
    // The waiting worker took over (a plain reload would have left it waiting behind the page's own worker).
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return !registration?.waiting && !!navigator.serviceWorker.controller;
    });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  } finally {
    await server.close();
  }
});
