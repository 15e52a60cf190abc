/**
 * A source address is a link only when it is http(s): a stored pack's `javascript:` or `data:` address is shown as
 * text, and a share link carrying one is opened without it (the import says why).
 */
import { openAppDatabase, putRecords } from './helpers/storage';
import { expect, test, type Page } from '@playwright/test';
import { shareLink } from '../../src/lib/domain/formats';
import type { Pack } from '../../src/lib/domain/packs/schema';

const SCRIPT_URL = 'javascript:window.__pwned=1';
const DATA_URL = 'data:text/html,<script>window.__pwned=1</script>';

const source = (id: string, title: string, url: string) => ({
  id,
  title,
  outlet: 'Wire',
  kind: 'news',
  url,
  text: `${title}: the leaders met in Anchorage.`
});

const PACK = {
  format: 'sourcewise-pack',
  version: 1,
  id: 'inert-links',
  title: 'Hostile addresses',
  description: '',
  language: 'en',
  sources: [
    source('s-script', 'Script address', SCRIPT_URL),
    source('s-data', 'Data address', DATA_URL),
    source('s-web', 'Web address', 'https://example.org/story')
  ],
  questions: [
    {
      id: 'q1',
      type: 'true-false',
      prompt: 'The leaders met in Anchorage.',
      explanation: '',
      skill: 'general',
      answer: true
    }
  ]
};

/** Puts a pack in storage the way an older version of the app could have left it (no import checks on the way). */
async function storePack(page: Page, record: unknown): Promise<void> {
  await openAppDatabase(page);
  await putRecords(page, 'packs', [record]);
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

test('a stored pack’s javascript: and data: addresses are shown as text, never as links', async ({
  page
}) => {
  await storePack(page, { id: PACK.id, origin: 'imported', updatedAt: Date.now(), pack: PACK });

  for (const [id, url] of [
    ['s-script', SCRIPT_URL],
    ['s-data', DATA_URL]
  ]) {
    await page.goto(`/article/${id}?pack=${PACK.id}`);
    await expect(page.getByText(url, { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Original article' })).toHaveCount(0);
    expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
  }

  // The control: an https address is still a link.
  await page.goto(`/article/s-web?pack=${PACK.id}`);
  await expect(page.getByRole('link', { name: 'Original article' })).toHaveAttribute(
    'href',
    'https://example.org/story'
  );
  expect(await pwned(page)).toBeUndefined();
});

test('a share link with a javascript: address opens without it, and the preview says so', async ({
  page
}) => {
  // Made by the app's own share code, as another teacher's app (or a hand-edited link) would make it.
  const link = await shareLink(PACK as unknown as Pack, 'http://localhost/teach/open');
  if (!link.ok) throw new Error(link.message);
  await page.goto(`/teach/open${new URL(link.url).hash}`);
  await expect(page.getByRole('heading', { name: 'Ready to import: Hostile addresses' })).toBeVisible();
  await page.getByText(/notes? on imported questions/).click();
  await expect(
    page.getByText(/source “Script address”: the address “javascript:window\.__pwned=1” is not a web address/)
  ).toBeVisible();
  await expect(
    page.getByText(/source “Data address”: the address “data:text\/html,.*” is not a web address/)
  ).toBeVisible();
  await page.getByRole('button', { name: 'Import 1 question' }).click();
  await expect(page.getByRole('heading', { name: 'Saved “Hostile addresses”' })).toBeVisible();

  await page.goto(`/article/s-script?pack=${PACK.id}`);
  await expect(page.getByRole('heading', { name: 'Script address' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Original article' })).toHaveCount(0);
  expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
  expect(await pwned(page)).toBeUndefined();
});
