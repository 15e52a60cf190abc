/** axe on every screen of the teacher area, with content on it, in the light and the dark theme. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const GIFT = 'Where did they meet?{=Anchorage ~Moscow}\n\nBroken {=a\n\nSix hours?{F}';

async function checkAxe(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    label
  ).toEqual([]);
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

for (const theme of ['light', 'dark'] as const) {
  test(`the teacher area has no axe violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await open(page, '/teach/import');
    await checkAxe(page, `import (${theme})`);
    await page
      .getByLabel('Choose a file')
      .setInputFiles({ name: 'a.gift', mimeType: 'text/plain', buffer: Buffer.from(GIFT) });
    await expect(page.getByRole('list', { name: 'Skipped items' })).toBeVisible();
    await checkAxe(page, `import preview (${theme})`);
    await page.getByRole('button', { name: 'Import 2 questions' }).click();
    await expect(page.getByRole('heading', { name: /^Imported/ })).toBeVisible();

    await open(page, '/teach');
    await page.getByText('Export or share').click();
    await checkAxe(page, `my packs (${theme})`);

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect(page.getByText('Not saved: fix the marked fields')).toBeVisible();
    await page.getByRole('button', { name: 'Preview' }).first().click();
    await checkAxe(page, `editor with errors and a preview (${theme})`);

    await open(page, '/teach/generate');
    await checkAxe(page, `generate (${theme})`);
  });
}
