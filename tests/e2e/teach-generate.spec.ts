/** Generating questions from a pasted article in the browser: progress, cancel, drafts, accept, save, study. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
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

const SAVED_PAGE = new URL('../fixtures/articles/france24-bangladesh-blogger.html', import.meta.url);
const PLAIN_TEXT = readFileSync(new URL('../fixtures/articles/plain-news.txt', import.meta.url), 'utf8');

/** Drops a file on the page's drop zone, as a teacher dragging it from their desktop. */
async function dropFile(page: Page, name: string, text: string, type = 'text/plain') {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type }));
      return transfer;
    },
    { name, text, type }
  );
  await page.dispatchEvent('[data-testid="file-drop"]', 'drop', { dataTransfer });
}

const drafts = (page: Page) => page.getByRole('article').filter({ hasText: /^Draft \d+/ });

test('a saved news page becomes its article with headline and outlet; each draft shows its key, passage and why', async ({
  page
}) => {
  test.setTimeout(120_000);
  await open(page, '/teach/generate');
  await page.getByLabel('Open a .txt, .md or .html file').setInputFiles(SAVED_PAGE.pathname);
  await expect(page.getByLabel('Title')).toHaveValue('Third blogger hacked to death in Bangladesh');
  await expect(page.getByLabel('Outlet (optional)')).toHaveValue('France 24');
  const text = page.getByLabel('Article text');
  await expect(text).toHaveValue(/^A blogger was hacked to death by assailants/);
  // The site banner, share buttons, photo credit, byline and related links stay out.
  for (const furniture of [
    'International News 24/7',
    'Tweet',
    'Munir uz Zaman',
    'NEWS WIRES',
    'Yemen ceasefire'
  ])
    await expect(text).not.toHaveValue(new RegExp(furniture));

  await page.getByRole('button', { name: 'Generate questions' }).click();
  await expect(drafts(page).first()).toBeVisible({ timeout: 90_000 });
  const count = await drafts(page).count();
  for (let i = 0; i < count; i++) {
    const draft = drafts(page).nth(i);
    await expect(draft.getByTestId('draft-key')).not.toBeEmpty();
    await expect(draft.getByTestId('draft-why')).toHaveText(/\w{3,}.*\./);
    await expect(draft.getByLabel('Source passage')).not.toBeEmpty();
    await expect(draft).not.toContainText(/Unknown/);
  }

  // A version's wording can be edited; the one that matches the article stays the answer.
  const version = drafts(page).filter({ hasText: 'Which version matches' }).first();
  await version.getByRole('button', { name: 'Edit' }).click();
  const options = version.getByRole('group', { name: 'Options' });
  await options
    .getByRole('textbox', { name: /^Option \d+$/ })
    .first()
    .fill('Reworded version of the sentence.');
  await expect(version.getByRole('button', { name: 'Reworded version of the sentence.' })).toBeVisible();
  await expect(options.getByRole('textbox', { name: /\(the answer\)$/ })).toHaveValue(/\w/);
  await expectNoAxeViolations(page, 'drafts with key, passage and why');
});

test('a dropped .txt file is read with its first line as the title; an article with nothing to ask says so', async ({
  page
}) => {
  test.setTimeout(120_000);
  await open(page, '/teach/generate');
  await dropFile(page, 'plain-news.txt', PLAIN_TEXT);
  await expect(page.getByLabel('Title')).toHaveValue('Third blogger hacked to death in Bangladesh');
  await expect(page.getByLabel('Article text')).toHaveValue(/^A blogger was hacked to death/);
  await expect(page.getByLabel('Outlet (optional)')).toHaveValue('');

  // A page without article text is refused with the file's name.
  await dropFile(page, 'menu.html', '<html><body><nav>Home</nav></body></html>', 'text/html');
  await expect(page.getByRole('alert')).toHaveText('No article text was found in menu.html.');

  // The empty state: a list with nothing the generator is sure about.
  const list = ['Ingredients', '', 'flour', 'water', 'salt', 'yeast', 'olive oil', 'sugar', '', 'Method', '']
    .concat(['mix the flour and water', 'add the salt and yeast', 'knead the dough well'])
    .concat([
      'leave it somewhere warm',
      'shape the loaves',
      'bake them until golden',
      'let them cool on a rack'
    ])
    .join('\n');
  await page.getByLabel('Article text').fill(list);
  await page.getByLabel('Title').fill('Bread');
  await page.getByRole('button', { name: 'Generate questions' }).click();
  await expect(page.getByRole('heading', { name: 'No questions this time' })).toBeVisible({
    timeout: 60_000
  });
  await page.getByRole('button', { name: 'Back to the article' }).click();
  await expect(page.getByLabel('Article text')).toHaveValue(list);
});

test('a long article gives many drafts: twenty are shown, the next twenty when asked, with focus on the first of them', async ({
  page
}) => {
  test.setTimeout(180_000);
  // The five articles in content/articles one after the other: about 48,000 characters.
  const folder = new URL('../../content/articles/', import.meta.url);
  const long = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) =>
      readFileSync(new URL(name, folder), 'utf8')
        .replace(/^---[\s\S]*?---\n/, '')
        .trim()
    )
    .join('\n\n');
  await open(page, '/teach/generate');
  await page.getByLabel('Article text').fill(long);
  await page.getByLabel('Title').fill('The Alaska summit, five reports');
  await page.getByRole('button', { name: 'Generate questions' }).click();
  await expect(drafts(page).first()).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('status').filter({ hasText: /^\d+ draft questions/ })).toHaveText(
    /^([4-9]\d|\d{3,}) draft questions/
  );
  await expect(drafts(page)).toHaveCount(20);

  await page.getByRole('button', { name: /^Show 20 more drafts \(\d+ not shown yet\)$/ }).click();
  await expect(drafts(page)).toHaveCount(40);
  await expect(page.getByRole('heading', { name: /^Draft 21: / })).toBeFocused();
});
