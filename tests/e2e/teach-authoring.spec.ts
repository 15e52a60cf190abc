/** Writing a pack by hand and studying it; hostile text in an imported pack stays text. */
import { expect, test, type Page } from '@playwright/test';
import { PAYLOADS, watchForHostile } from './helpers/hostile';

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

test('a teacher writes a pack with inline validation, undoes a delete, previews, and studies it', async ({
  page
}) => {
  await open(page, '/teach');
  await page.getByRole('link', { name: 'New pack' }).click();
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { name: 'Edit pack' })).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill('My summit quiz');

  await page.getByLabel('New question').selectOption('choice');
  await page.getByRole('button', { name: 'Add question' }).click();
  const first = page.getByRole('article', { name: '1. Multiple choice' });
  await first.getByRole('textbox', { name: 'Question' }).fill('Where did the leaders meet?');
  await first.getByRole('textbox', { name: 'Answer 1' }).fill('Anchorage');
  // Answer 2 is still empty: the field says so and nothing is saved.
  await expect(
    page.getByRole('status').filter({ hasText: 'Not saved: fix the marked fields' })
  ).toBeVisible();
  await expect(first.getByRole('textbox', { name: 'Answer 2' })).toHaveAttribute('aria-invalid', 'true');
  await first.getByRole('textbox', { name: 'Answer 2' }).fill('Moscow');
  await expect(page.getByText('All changes saved on this device')).toBeVisible();

  await page.getByLabel('New question').selectOption('true-false');
  await page.getByRole('button', { name: 'Add question' }).click();
  const second = page.getByRole('article', { name: '2. True or false' });
  await second.getByRole('textbox', { name: 'Question' }).fill('The talks lasted six hours.');
  await second.getByRole('radio', { name: 'False' }).check();
  await expect(page.getByText('All changes saved on this device')).toBeVisible();

  await second.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Questions (1)' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Questions (2)' })).toBeVisible();
  await expect(
    page.getByRole('article', { name: '2. True or false' }).getByRole('textbox', { name: 'Question' })
  ).toHaveValue('The talks lasted six hours.');

  await first.getByRole('button', { name: 'Preview' }).click();
  await expect(first.getByRole('heading', { name: 'Where did the leaders meet?' })).toBeVisible();
  await expect(page.getByText('All changes saved on this device')).toBeVisible();

  await page.getByRole('link', { name: 'Study this pack' }).click();
  await page.waitForLoadState('networkidle');
  await expect(page.getByText('1 / 2')).toBeVisible();
  // A session is shuffled: the true-or-false question may come first.
  const choice = page.getByRole('heading', { name: 'Where did the leaders meet?' });
  const trueFalse = page.getByRole('heading', { name: 'The talks lasted six hours.' });
  await expect(choice.or(trueFalse)).toBeVisible();
  if (await trueFalse.isVisible()) {
    await page.getByRole('button', { name: /False/ }).click();
    await page.getByRole('button', { name: /^Next/ }).click();
  }
  await expect(choice).toBeVisible();
  await page.getByRole('button', { name: /Anchorage/ }).click();
  await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
});

const PAYLOAD = `${PAYLOADS[1]}${PAYLOADS[0]}`;

test('a pack with script and HTML in every field imports and shows as text, running nothing', async ({
  page
}) => {
  const watch = await watchForHostile(page);
  const text = (field: string) => `${field} ${PAYLOAD}`;
  const pack = {
    format: 'sourcewise-pack',
    version: 1,
    id: 'xss-pack',
    title: text('Title'),
    description: text('Description'),
    tags: [text('tag')],
    sources: [
      { id: 's1', title: text('Source'), outlet: text('Outlet'), kind: 'news', text: text('Article') }
    ],
    questions: [
      {
        id: 'x1',
        type: 'choice',
        title: text('Q title'),
        prompt: text('Prompt'),
        explanation: text('Explanation'),
        skill: 'general',
        options: [
          { text: text('Option A'), weight: 100, feedback: text('Feedback A') },
          { text: text('Option B'), weight: 0 }
        ],
        source: { sourceId: 's1', start: 0, end: 5, excerpt: text('Excerpt') }
      },
      {
        id: 'x2',
        type: 'true-false',
        prompt: text('Statement'),
        skill: 'general',
        answer: true,
        feedbackTrue: text('FT')
      }
    ]
  };
  await open(page, '/teach/import');
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'xss.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(pack))
  });
  await expect(page.getByText(`Prompt ${PAYLOAD}`)).toBeVisible();
  await page.getByRole('button', { name: 'Import 2 questions' }).click();
  await expect(page.getByRole('heading', { name: /^Imported/ })).toBeVisible();

  await open(page, '/teach');
  await expect(page.getByRole('heading', { name: `Title ${PAYLOAD}` })).toBeVisible();
  await open(page, '/teach/edit?pack=xss-pack');
  await expect(page.getByRole('textbox', { name: 'Question' }).first()).toHaveValue(`Prompt ${PAYLOAD}`);
  await open(page, '/study/xss-pack');
  // A session is shuffled: the true-or-false statement may come first.
  const prompt = page.getByText(`Prompt ${PAYLOAD}`);
  const statement = page.getByText(`Statement ${PAYLOAD}`);
  await expect(prompt.or(statement)).toBeVisible();
  if (await statement.isVisible()) {
    await page.getByRole('button', { name: /True/ }).click();
    await page.getByRole('button', { name: /^Next/ }).click();
  }
  await expect(prompt).toBeVisible();
  await page.getByRole('button', { name: /Option A/ }).click();
  await expect(page.getByText(`Explanation ${PAYLOAD}`)).toBeVisible();
  await expect(page.getByText(`Excerpt ${PAYLOAD}`)).toBeVisible();
  await page.getByRole('link', { name: /Read it in the article/ }).click();
  await expect(page.getByText(`Article ${PAYLOAD}`)).toBeVisible();

  await watch.expectNothingRan();
});
