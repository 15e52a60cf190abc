/**
 * A new version: the server starts serving a different service worker; the app offers a reload, but never while
 * the learner is answering a question.
 */
import { expect, test } from '@playwright/test';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { answerRight, basicsPack, BASICS, expectQuestion, waitForServiceWorker } from './helpers/study';

const pack = basicsPack();
let server: StaticServer | null = null;

test.afterEach(async () => {
  await server?.close();
  server = null;
});

test('an update shows the reload prompt, held back until the current question is answered', async ({
  page
}) => {
  server = await startStaticServer('build');
  await page.goto(`${server.url}/study/${BASICS}`);
  await waitForServiceWorker(page);
  await expectQuestion(page, pack.questions[0]);

  server.swVersion = 'v2';
  // What the app's periodic check does; calling it directly keeps the test fast.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return !!registration?.waiting;
  });

  const prompt = page.getByTestId('update-prompt');
  // A question is on screen and not answered yet: the app has seen the new version and holds the prompt back.
  await expect(page.getByTestId('update-held')).toBeAttached();
  await expect(prompt).toBeHidden();

  await answerRight(page, pack.questions[0]);
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('A new version of Sourcewise is ready');

  const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  await Promise.all([
    page.waitForEvent('framenavigated'),
    prompt.getByRole('button', { name: 'Reload' }).click()
  ]);
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return !registration?.waiting && !!navigator.serviceWorker.controller;
  });
  expect(before).toContain('/sw.js');
  await expect(page.getByTestId('update-prompt')).toBeHidden();
  // The answer given before the update was kept: the session resumes on the feedback.
  await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
});
