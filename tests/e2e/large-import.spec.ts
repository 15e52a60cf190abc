/**
 * A large but honest spreadsheet imports in the browser as it does in the CLI. The spreadsheet library would unzip
 * a big sheet in a `blob:` Web Worker, which the app's CSP blocks, so "Reading …" never ended; the app now unpacks it
 * itself, counting every inflated byte.
 */
import { expect, test } from '@playwright/test';
import { exportPack } from '../../src/lib/domain/formats';
import { summitChoice } from '../../src/lib/domain/formats/testing';
import { assemblePack } from '../../src/lib/domain/packs/build';

const QUESTIONS = 3000;

test('a Kahoot sheet of 3,000 questions is read in the browser and offered for import', async ({ page }) => {
  test.setTimeout(180_000);
  const pack = assemblePack(
    { id: 'large-sheet', title: 'Large sheet' },
    Array.from({ length: QUESTIONS }, (_, i) =>
      summitChoice(`q${i}`, `Where did meeting number ${i + 1} take place?`)
    )
  );
  const sheet = Buffer.from((await exportPack(pack, 'kahoot-xlsx')).data);
  // Big enough that the library would have handed the sheet to a worker (entries over 512 KB unpacked).
  expect(sheet.length).toBeGreaterThan(40_000);

  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto('/teach/import');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'Large sheet.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: sheet
  });
  await expect(page.getByRole('heading', { name: /Ready to import/ })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('import-summary')).toHaveText(
    new RegExp(
      `${QUESTIONS.toLocaleString('en')} questions will be imported|${QUESTIONS} questions will be imported`
    )
  );
  expect(problems.filter((p) => /Content Security Policy|worker/i.test(p))).toEqual([]);
});
