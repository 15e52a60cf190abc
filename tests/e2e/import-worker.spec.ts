/**
 * A large quiz file is read and checked in a Web Worker: the import page shows how far it got, Cancel ends the work
 * with nothing stored, and a file left to finish is previewed and saved like any other.
 */
import { expect, test, type Page } from '@playwright/test';

const QUESTIONS = 5000;

/**
 * A GIFT file of 5,000 questions (the import limit) with long HTML prompts and feedback, about 9 MB, so that reading
 * it takes long enough to be seen and cancelled.
 */
function largeGift(): Buffer {
  const filler =
    'The delegations met for several hours and issued <b>separate</b> statements afterwards. '.repeat(10);
  const questions = Array.from(
    { length: QUESTIONS },
    (_, i) =>
      `::Q${i}::[html]<p>Meeting ${i + 1}: ${filler}</p> Where was it held?{\n  =Anchorage#${filler}\n  ~Moscow#No\n  ~Geneva#No\n}`
  );
  return Buffer.from(`${questions.join('\n\n')}\n`);
}

async function chooseLargeFile(page: Page): Promise<void> {
  await page.goto('/teach/import');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'Meetings.gift',
    mimeType: 'text/plain',
    buffer: largeGift()
  });
}

test('a large file shows its progress, and Cancel stops it with nothing saved', async ({ page }) => {
  test.setTimeout(180_000);
  await chooseLargeFile(page);
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/Reading (the questions in )?Meetings\.gift…/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toHaveText('Import of Meetings.gift cancelled; nothing was saved.');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  // The file can be chosen again at once.
  await expect(page.getByLabel('Choose a file')).toBeEnabled();

  await page.goto('/teach');
  await expect(page.getByText('No packs yet.')).toBeVisible();
});

test('a large file left to finish is previewed and saved', async ({ page }) => {
  test.setTimeout(240_000);
  await chooseLargeFile(page);
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Ready to import/ })).toBeVisible({ timeout: 150_000 });
  await expect(page.getByTestId('import-summary')).toHaveText(/5,?000 questions will be imported/);
  await page.getByRole('button', { name: /^Import 5,?000 questions/ }).click();
  await expect(page.getByText('5000 questions saved on this device.')).toBeVisible({ timeout: 60_000 });

  await page.goto('/teach');
  await expect(page.getByRole('heading', { name: 'My packs' })).toBeVisible();
  await expect(page.getByText('Meetings').first()).toBeVisible();
  await expect(page.getByText('No packs yet.')).toHaveCount(0);
});
