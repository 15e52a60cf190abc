/** Generating questions from a pasted article in the browser: progress, cancel, drafts, accept, save, study. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForServiceWorker } from './helpers/study';

const ARTICLE = readFileSync(
  new URL('../../content/articles/business-standard-alaska-summit-all-that-happened.md', import.meta.url),
  'utf8'
)
  .replace(/^---[\s\S]*?---\n/, '')
  .trim();

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

test('a pasted article becomes drafts with confidence and passage; accepted ones are saved and studied', async ({
  page,
  context
}) => {
  test.setTimeout(120_000);
  await open(page, '/teach/generate');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByLabel('Title').fill('Alaska summit, pasted');
  await page.getByLabel('Outlet').fill('Business Standard');

  // Cancelling stops the worker and gives the form back.
  await page.getByRole('button', { name: 'Generate questions' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Generate questions' })).toBeEnabled();

  await page.getByRole('button', { name: 'Generate questions' }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  const drafts = page.getByRole('article').filter({ hasText: /^Draft \d+/ });
  await expect(drafts.first()).toBeVisible({ timeout: 90_000 });
  expect(await drafts.count()).toBeGreaterThan(2);
  await expect(drafts.first().getByText(/Confidence \d+%/)).toBeVisible();
  await expect(drafts.first().getByLabel('Source passage')).not.toBeEmpty();

  await drafts.nth(0).getByRole('button', { name: 'Accept' }).click();
  await drafts.nth(1).getByRole('button', { name: 'Reject' }).click();
  await drafts.nth(2).getByRole('button', { name: 'Accept' }).click();
  await page.getByRole('button', { name: 'Save 2 accepted questions as a pack' }).click();
  await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();

  await page.getByRole('link', { name: 'Study it' }).click();
  await expect(page.getByText('1 / 2')).toBeVisible();
  // Offline, the saved pack still studies. (The built app registers a service worker; the dev server has none.)
  if (await page.evaluate(async () => Boolean(await navigator.serviceWorker?.getRegistration()))) {
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByText('1 / 2')).toBeVisible();
    await context.setOffline(false);
  }
});
