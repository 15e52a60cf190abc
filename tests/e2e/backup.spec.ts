/** Settings: export a backup, reset everything (with confirmation), restore the file, get the same progress back. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answerRun, basicsPack, BASICS } from './helpers/study';

const pack = basicsPack();

async function progressSnapshot(page: Page) {
  await page.goto('/progress');
  const history = page.getByRole('heading', { name: 'Recent answers' }).locator('..').getByRole('listitem');
  await expect(history.first()).toBeVisible();
  return {
    history: await history.allInnerTexts(),
    mastery: await page.getByRole('heading', { name: 'Mastery by skill' }).locator('..').innerText()
  };
}

test('export → reset → restore gives back the same progress', async ({ page }, testInfo) => {
  await page.goto(`/study/${BASICS}`);
  await answerRun(page, pack, 0, 5);
  const before = await progressSnapshot(page);
  expect(before.history).toHaveLength(5);

  await page.goto('/settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export a backup' }).click()
  ]);
  expect(download.suggestedFilename()).toMatch(/^sourcewise-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('backup.json');
  await download.saveAs(file);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup.format).toBe('sourcewise-backup');
  expect(backup.stores.attempts).toHaveLength(5);
  await expect(page.getByRole('status')).toContainText('Backup ready: 5 answers');

  await page.getByRole('button', { name: 'Reset everything…' }).click();
  const confirm = page.getByRole('button', { name: 'Yes, delete everything' });
  await expect(confirm).toBeFocused();
  await confirm.click();
  await expect(page.getByRole('status')).toContainText('Everything was deleted');
  await page.goto('/progress');
  await expect(page.getByText('Nothing yet.')).toBeVisible();

  await page.goto('/settings');
  await page.getByLabel('Restore from a backup…').setInputFiles(file);
  // Nothing is replaced before the learner confirms, having been told what goes and offered a backup of it.
  const replace = page.getByRole('group', { name: 'Replace everything with “backup.json”?' });
  await expect(replace).toContainText('This device now holds 0 answers');
  await expect(replace).toContainText("the backup's 5 answers");
  await expect(replace.getByRole('button', { name: 'Download a backup of what is here now' })).toBeVisible();
  await replace.getByRole('button', { name: 'Replace with the backup' }).click();
  await expect(page.getByRole('status')).toContainText('Restored from “backup.json”');
  expect(await progressSnapshot(page)).toEqual(before);
  // The saved session came back too: the pack resumes where it was.
  await page.goto(`/study/${BASICS}`);
  await expect(page.getByText(`6 / ${pack.questions.length}`)).toBeVisible();
});

test('a file that is not a backup is refused with a message naming the problem, and nothing changes', async ({
  page
}) => {
  await page.goto(`/study/${BASICS}`);
  await answerRun(page, pack, 0, 2);
  await page.goto('/settings');
  await page.getByLabel('Restore from a backup…').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'sourcewise-pack' }))
  });
  await expect(page.getByRole('status')).toContainText('not a Sourcewise backup');
  await page.getByLabel('Restore from a backup…').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ not json')
  });
  await expect(page.getByRole('status')).toContainText('“broken.json” is not a backup file');
  const after = await progressSnapshot(page);
  expect(after.history).toHaveLength(2);
});
