/** Settings: export a backup, reset everything (with confirmation), restore the file, get the same progress back. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { summitChoice } from '../../src/lib/domain/formats/testing';
import { assemblePack } from '../../src/lib/domain/packs/build';
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

test('an app added to the home screen starts empty, offers to bring the browser’s progress over, and does', async ({
  page,
  browser
}, testInfo) => {
  // The browser tab, where the learner studied first.
  await page.goto(`/study/${BASICS}`);
  await answerRun(page, pack, 0, 3);
  const before = await progressSnapshot(page);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Move to the installed app' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a transfer file' }).click()
  ]);
  expect(download.suggestedFilename()).toMatch(/^sourcewise-transfer-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole('status')).toContainText('Transfer file ready: 3 answers');
  const file = testInfo.outputPath('transfer.json');
  await download.saveAs(file);

  // The installed app: storage of its own (a new context), and Safari's `navigator.standalone`.
  const app = await browser.newContext();
  try {
    await app.addInitScript(() => Object.defineProperty(navigator, 'standalone', { value: true }));
    const installed = await app.newPage();
    await installed.goto('/');
    await installed.getByRole('link', { name: 'bring your progress over from the browser' }).click();
    await expect(installed).toHaveURL(/\/settings#transfer$/);
    await installed.getByLabel('Choose the transfer file…').setInputFiles(file);
    const replace = installed.getByRole('group', { name: 'Replace everything with “transfer.json”?' });
    await expect(replace).toContainText('This device now holds 0 answers');
    await replace.getByRole('button', { name: 'Replace with the backup' }).click();
    await expect(installed.getByRole('status')).toContainText('Restored from “transfer.json”');
    expect(await progressSnapshot(installed)).toEqual(before);
    // With progress here, the home screen no longer offers the transfer.
    await installed.goto('/');
    await expect(installed.getByRole('heading', { name: 'Packs' })).toBeVisible();
    await expect(installed.getByTestId('transfer-offer')).toHaveCount(0);
  } finally {
    await app.close();
  }
});

/**
 * A backup of this device (exported from the settings page, which must be open) with `packs` own packs of 5,000
 * questions with long prompts added: several megabytes each.
 */
async function largeBackup(page: Page, path: string, packs = 1): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export a backup' }).click()
  ]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const long = 'Which city hosted the meeting that the delegations described in their statements? '.repeat(
    12
  );
  backup.stores.packs = Array.from({ length: packs }, (_, p) => ({
    id: `large-own-${p}`,
    origin: 'imported',
    updatedAt: Date.UTC(2026, 0, 1),
    pack: assemblePack(
      { id: `large-own-${p}`, title: `Large own pack ${p + 1}` },
      Array.from({ length: 5000 }, (_, i) => summitChoice(`big${p}-${i}`, `${i + 1}. ${long}`))
    )
  }));
  writeFileSync(path, JSON.stringify(backup));
  return path;
}

test('a large backup is read and checked off the page with its progress shown, then offered for restore', async ({
  page
}, testInfo) => {
  test.setTimeout(180_000);
  await page.goto('/settings');
  await page.waitForLoadState('networkidle');
  const file = await largeBackup(page, testInfo.outputPath('large-backup.json'));

  // Whether the progress bar ever showed, seen by the page itself (the check may end before a poll would see it).
  await page.evaluate(() => {
    const seen = window as unknown as { progressSeen?: boolean };
    new MutationObserver(() => {
      if (document.querySelector('progress#restore-progress')) seen.progressSeen = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByLabel('Restore from a backup…').setInputFiles(file);
  const replace = page.getByRole('group', { name: 'Replace everything with “large-backup.json”?' });
  await expect(replace).toContainText("the backup's 0 answers, 1 own pack", { timeout: 120_000 });
  expect(await page.evaluate(() => (window as unknown as { progressSeen?: boolean }).progressSeen)).toBe(
    true
  );
  await expect(page.locator('progress#restore-progress')).toHaveCount(0);
  await replace.getByRole('button', { name: 'Replace with the backup' }).click();
  await expect(page.getByRole('status')).toContainText('Restored from “large-backup.json”', {
    timeout: 60_000
  });
});

test('Cancel while a large backup is read or checked stops it, and nothing on the device changes', async ({
  page
}, testInfo) => {
  test.setTimeout(180_000);
  await page.goto('/settings');
  await page.waitForLoadState('networkidle');
  // Four packs of 5,000 questions (over 20 MB): reading and checking it takes long enough to be cancelled.
  const file = await largeBackup(page, testInfo.outputPath('huge-backup.json'), 4);
  const input = page.getByLabel('Restore from a backup…');
  await input.setInputFiles(file);
  await expect(page.locator('progress#restore-progress')).toBeVisible();
  await expect(
    page.getByText(/Reading the backup: [\d,]+ KB of [\d,]+ KB|Checking the backup/)
  ).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await expect(page.getByRole('status')).toHaveText(
    'Restore from “huge-backup.json” cancelled; nothing was changed.'
  );
  await expect(page.locator('progress#restore-progress')).toHaveCount(0);
  await expect(page.getByRole('group', { name: /Replace everything with/ })).toHaveCount(0);
  await expect(input).toBeEnabled();

  await page.goto('/teach');
  await expect(page.getByText('No packs yet.')).toBeVisible();
});
