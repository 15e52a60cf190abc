/**
 * axe on every screen of the teacher area, with content on it, in the light and the dark theme. One test per screen
 * state, so a busy machine slows a short test rather than a long walk.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations as checkAxe } from './helpers/axe';

const GIFT = 'Where did they meet?{=Anchorage ~Moscow}\n\nBroken {=a\n\nSix hours?{F}';

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

/** Chooses the GIFT file on the import page; the preview lists what will be imported and what is skipped. */
async function previewImport(page: Page) {
  await open(page, '/teach/import');
  await page
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'a.gift', mimeType: 'text/plain', buffer: Buffer.from(GIFT) });
  await expect(page.getByRole('list', { name: 'Skipped items' })).toBeVisible();
}

/** Imports the GIFT file, so the teacher has a pack of their own. */
async function importPack(page: Page) {
  await previewImport(page);
  await page.getByRole('button', { name: 'Import 2 questions' }).click();
  await expect(page.getByRole('heading', { name: /^Imported/ })).toBeVisible();
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`teacher area, ${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('the import page has no axe violations', async ({ page }) => {
      await open(page, '/teach/import');
      await checkAxe(page, `import (${theme})`);
    });

    test('the import preview has no axe violations', async ({ page }) => {
      await previewImport(page);
      await checkAxe(page, `import preview (${theme})`);
    });

    test('my packs, with the export menu open, have no axe violations', async ({ page }) => {
      await importPack(page);
      await open(page, '/teach');
      await page.getByText('Export or share').click();
      await checkAxe(page, `my packs (${theme})`);
    });

    test('the editor with errors and a preview has no axe violations', async ({ page }) => {
      await importPack(page);
      await open(page, '/teach');
      await page.getByRole('link', { name: 'Edit' }).click();
      await page.waitForLoadState('networkidle');
      await page.getByRole('button', { name: 'Add question' }).click();
      await expect(page.getByText('Not saved: fix the marked fields')).toBeVisible();
      await page.getByRole('button', { name: 'Preview' }).first().click();
      await checkAxe(page, `editor with errors and a preview (${theme})`);
    });

    test('the generate page has no axe violations', async ({ page }) => {
      await open(page, '/teach/generate');
      await checkAxe(page, `generate (${theme})`);
    });
  });
}
