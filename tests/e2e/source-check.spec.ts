/**
 * Checking against the source before answering: spot the error, which version matches and the outlets disagree
 * each let the learner open the passage (each outlet's, for a discrepancy) from the question, by keyboard too; the
 * answer logs whether they did, and the progress page shows the habit.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { openAppDatabase, putRecords } from './helpers/storage';

const EVIDENCE = 'Officials at the ministry said the bridge opened in 2019, not in 2021.';
const WIRE = 'The two ministers talked for about three hours, a spokesperson said.';
const DAILY = 'The ministers met for just over an hour before leaving separately.';
const ORIGINAL = 'The council approved 40 new buses for the northern routes.';

const passage = (sourceId: string, excerpt: string) => ({ sourceId, start: 0, end: excerpt.length, excerpt });
const source = (id: string, outlet: string, text: string) => ({
  id,
  title: `${outlet} report`,
  outlet,
  kind: 'news',
  published: '2024-05-02',
  text
});

const PACK = {
  format: 'sourcewise-pack',
  version: 1,
  id: 'check-the-source',
  title: 'Bridges and buses',
  description: '',
  language: 'en',
  sources: [
    source('ministry', 'City Herald', EVIDENCE),
    source('wire', 'Wire', WIRE),
    source('daily', 'Daily', DAILY)
  ],
  questions: [
    {
      id: 'q-spot',
      type: 'spot-error',
      prompt: 'Does this claim hold up?',
      explanation: 'The ministry gives another year.',
      skill: 'verification',
      claim: 'The bridge opened in 2021.',
      answer: 'contradicted',
      evidence: passage('ministry', EVIDENCE)
    },
    {
      id: 'q-outlets',
      type: 'discrepancy',
      prompt: 'Match each outlet to what it reported.',
      explanation: 'The two outlets give different lengths.',
      skill: 'sources',
      topic: 'how long the ministers met',
      outlets: [
        { sourceId: 'wire', outlet: 'Wire', evidence: passage('wire', WIRE) },
        { sourceId: 'daily', outlet: 'Daily', evidence: passage('daily', DAILY) }
      ],
      values: ['about three hours', 'just over an hour'],
      answer: [0, 1]
    },
    {
      id: 'q-version',
      type: 'altered-detail',
      prompt: 'Which version matches the reporting?',
      explanation: 'The council approved 40 buses.',
      skill: 'detail',
      options: [ORIGINAL, 'The council approved 60 new buses for the northern routes.'],
      answer: 0,
      detailKind: 'number',
      source: passage('ministry', ORIGINAL)
    }
  ]
};

async function storePack(page: Page): Promise<void> {
  await openAppDatabase(page);
  await putRecords(page, 'packs', [{ id: PACK.id, origin: 'authored', updatedAt: Date.now(), pack: PACK }]);
}

/** The disclosure's summary: what a keyboard user tabs to and opens with Enter. */
const toggle = (page: Page, name: string) => page.locator('summary', { hasText: name });
const next = (page: Page) => page.getByRole('button', { name: /^(Next|See your results)/ });

test('the learner opens the source before answering, and progress counts how often they did', async ({
  page
}) => {
  test.setTimeout(120_000);
  await storePack(page);
  await page.goto(`/study/${PACK.id}`);

  // A session is shuffled: each question is recognised by what it shows, and answered in its own way.
  const spotError = page.getByRole('heading', { level: 2, name: 'Does this claim hold up?' });
  const outlets = toggle(page, 'Check what each outlet reported');
  for (let asked = 0; asked < 3; asked++) {
    await expect(page.locator('summary').first()).toBeVisible();
    if (await spotError.isVisible()) {
      // Spot the error: the evidence stays hidden until the learner opens it, here by keyboard.
      await expect(toggle(page, 'Check the source')).toBeVisible();
      await expect(page.getByText(EVIDENCE)).toBeHidden();
      await toggle(page, 'Check the source').focus();
      await page.keyboard.press('Enter');
      await expect(page.getByText(EVIDENCE)).toBeVisible();
      await expect(page.getByText('City Herald, 2 May 2024')).toBeVisible();
      await expectNoAxeViolations(page, 'a question with its source open');
      await page.getByRole('button', { name: 'The sources say otherwise' }).click();
      await expect(toggle(page, 'Check the source')).toBeHidden();
    } else if (await outlets.isVisible()) {
      // The outlets disagree: answered without looking at either outlet's passage.
      await expect(page.getByText(WIRE)).toBeHidden();
      await page.getByLabel('Wire', { exact: true }).selectOption('about three hours');
      await page.getByLabel('Daily', { exact: true }).selectOption('just over an hour');
      await page.getByRole('button', { name: 'Check answer' }).click();
    } else {
      // Which version matches: opened with a click, then answered.
      await toggle(page, 'Check the source').click();
      await expect(page.locator('.source-check blockquote')).toHaveText(ORIGINAL);
      await page.keyboard.press('1');
    }
    await next(page).click();
  }

  await page.goto('/progress');
  await expect(page.getByTestId('source-checking')).toHaveText(
    /Checked the source before answering:\s*2 of 3/
  );
});
