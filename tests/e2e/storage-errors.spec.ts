/** Storage trouble in the browser: the learner gets a clear message and can keep studying. */
import { expect, test } from '@playwright/test';
import { answerRight, basicsPack, BASICS, expectQuestion, nextButton } from './helpers/study';

const pack = basicsPack();

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
  await expectQuestion(page, pack.questions[1]);
});

test('a full disk: the answer is shown, the learner is told it was not saved, nothing half-written', async ({
  page
}) => {
  await page.goto(`/study/${BASICS}`);
  await expectQuestion(page, pack.questions[0]);
  // The first question may show before the database is open (a pack never studied needs nothing from it); wait for
  // it, so the disk fills up under an answer rather than under the database's own set-up.
  await page.waitForFunction(async () =>
    (await indexedDB.databases()).some((db) => db.name === 'sourcewise' && (db.version ?? 0) >= 2)
  );
  // An open request queues behind the app's own, so this returns once its upgrade has finished.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('sourcewise');
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      })
  );
  // From now on every write fails the way a full disk does.
  await page.evaluate(() => {
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = quota;
    IDBObjectStore.prototype.put = quota;
  });
  await answerRight(page, pack.questions[0]);
  await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
  await expect(page.getByRole('alert').first()).toContainText('out of storage space');
  await nextButton(page).click();
  await expectQuestion(page, pack.questions[1]);

  // After a reload (writes work again) nothing from the failed answer is there.
  await page.goto('/progress');
  await expect(page.getByText('Nothing yet.')).toBeVisible();
});
