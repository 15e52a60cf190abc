/**
 * Sessions that teach: a length chosen and remembered, questions interleaved across types, the day's limit of new
 * questions with "more today", a session of the questions missed lately, the end-of-session report with advice that
 * links to a skill's explanation, and the forecast on the progress page.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Pack, Question } from '../../src/lib/domain/packs/schema';
import { expectNoAxeViolations as checkAxe } from './helpers/axe';
import {
  answerRight,
  answerRun,
  basicsPack,
  BASICS,
  currentQuestion,
  fetchPack,
  nextButton,
  sessionProgress
} from './helpers/study';

/** A generated pack with five question types and 38 questions. */
const MIXED = 'dw-trump-putin-alaska-summit-liveblog';
const basics = basicsPack();
/** Noon (UTC, the browser's zone here), for tests that count what is due "today". */
const NOON = Date.UTC(2026, 2, 2, 12);

/** Answers a question wrong where that is one key press; false for other types. */
async function answerWrong(page: Page, q: Question): Promise<boolean> {
  if (q.type === 'choice' && !q.multiple)
    await page.keyboard.press(String(q.options.findIndex((o) => o.weight <= 0) + 1));
  else if (q.type === 'true-false') await page.keyboard.press(q.answer ? '2' : '1');
  else return false;
  await expect(page.getByRole('region', { name: 'Feedback' }).getByText('Not quite')).toBeVisible();
  return true;
}

const total = async (page: Page) => Number(await sessionProgress(page).getAttribute('aria-valuemax'));

test('a session has the length chosen, remembered for the next pack, and mixes the question types', async ({
  page,
  request
}) => {
  const mixed = await fetchPack(request, MIXED);
  await page.goto(`/study/${MIXED}`);
  const lengths = page.getByRole('group', { name: 'Questions this session' });
  await expect(lengths.getByLabel('20')).toBeChecked();
  await expect(page.getByText('1 / 20')).toBeVisible();
  await checkAxe(page, 'study with the length choice');
  await lengths.getByLabel('10').check();
  await expect(page.getByText('1 / 10')).toBeVisible();

  // Interleaved: ten questions of five types, never two of a type in a row (pack order groups them by type).
  const asked = await answerRun(page, mixed, 0, 10);
  const types = asked.map((q) => q.type);
  expect(new Set(types).size).toBeGreaterThan(2);
  for (let i = 1; i < types.length; i++) expect(types[i], `question ${i + 1}`).not.toBe(types[i - 1]);
  await expect(page.getByRole('heading', { name: 'Session done' })).toBeVisible();

  // The choice is remembered: another pack starts with ten questions too, and the choice is gone once answering.
  await page.goto(`/study/metro-trump-speaks-to-zelensky-after-putin-summit`);
  await expect(page.getByRole('group', { name: 'Questions this session' }).getByLabel('10')).toBeChecked();
  await expect(page.getByText('1 / 10')).toBeVisible();
});

test('the daily limit caps new questions only, says so, and "More today" goes on', async ({
  page,
  request
}) => {
  const mixed = await fetchPack(request, MIXED);
  await page.goto('/settings');
  await page.getByLabel('New questions a day').fill('3');
  await page.getByRole('button', { name: 'Save the limit' }).click();
  await expect(page.getByText('Saved: up to 3 new questions a day.')).toBeVisible();

  await page.goto(`/study/${MIXED}`);
  await expect(page.getByText('1 / 3')).toBeVisible();
  await expect(
    page.getByText(/limit of 3 new questions is reached: 17 more wait for tomorrow/)
  ).toBeVisible();
  await answerRun(page, mixed, 0, 3);
  await expect(page.getByRole('heading', { name: 'Session done' })).toBeVisible();

  await page.getByRole('button', { name: 'Study again' }).click();
  await expect(page.getByText('You have met today’s limit of 3 new questions.')).toBeVisible();
  await checkAxe(page, 'daily limit reached');
  await page.getByRole('button', { name: 'More today' }).click();
  const next = await currentQuestion(page, mixed, 1);
  expect(next).toBeTruthy();
  expect(await total(page)).toBe(3);
});

test('a wrong answer comes back once; missed questions become a session, latest first; the summary advises', async ({
  page
}) => {
  // Noon, so that what is due "today" does not depend on when the test runs.
  await page.clock.install({ time: NOON });
  await page.goto(`/study/${BASICS}`);
  // Answer wrong the first two questions that take one key; each comes back later in the same session (the
  // learning step), and is answered wrong again.
  const missed: Question[] = [];
  const comeback: string[] = [];
  let position = 1;
  while (comeback.length < 2) {
    const q = await currentQuestion(page, basics, position++);
    if (missed.includes(q)) {
      comeback.push(q.id);
      await answerWrong(page, q);
    } else if (missed.length < 2 && (await answerWrong(page, q))) {
      missed.push(q);
      expect(await total(page)).toBe(basics.questions.length + missed.length);
    } else await answerRight(page, q);
    await nextButton(page).click();
  }
  expect(comeback).toEqual(missed.map((q) => q.id));
  // Ask no more: the summary covers what was answered.
  await page.getByRole('button', { name: 'End session here' }).click();

  const summary = page.getByRole('region', { name: 'Session done' });
  await expect(summary.getByTestId('session-time')).toContainText(/Time: \d+ s/);
  await expect(summary.getByRole('columnheader', { name: 'Mastery' })).toBeVisible();
  await expect(summary.getByTestId('due-next')).toContainText(/Due next: \d+ reviews? today/);
  const advice = summary.getByRole('heading', { name: 'To practise' });
  await expect(advice).toBeVisible();
  await checkAxe(page, 'summary with advice');
  const guide = summary.getByRole('link', { name: /^How to:/ }).first();
  const guideTitle = (await guide.innerText()).replace('How to: ', '');
  await guide.click();
  await expect(page.getByRole('heading', { level: 1, name: guideTitle })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ask yourself' })).toBeVisible();
  await checkAxe(page, 'skill explanation');

  // The progress page offers the missed questions as a session; the last one missed comes first.
  await page.goto('/progress');
  await page.getByRole('link', { name: 'Practise the 2 you missed lately' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Missed questions' })).toBeVisible();
  await expect(page.getByText('1 / 2')).toBeVisible();
  const first = await currentQuestion(page, basics, 1);
  expect(first.id).toBe(comeback[1]);
  await checkAxe(page, 'missed session');
  await answerRight(page, first);
  await nextButton(page).click();
  const second = await currentQuestion(page, basics, 2);
  expect(second.id).toBe(comeback[0]);
});

test('the progress page forecasts reviews as a chart with a table beside it', async ({ page }) => {
  await page.clock.install({ time: NOON });
  await page.goto(`/study/${BASICS}`);
  const pack: Pack = basics;
  await answerRun(page, pack, 0, 1);
  // One wrong answer: its card is due again within minutes (today); a right one waits days.
  let position = 2;
  for (;;) {
    const q = await currentQuestion(page, pack, position++);
    if (await answerWrong(page, q)) break;
    await answerRight(page, q);
    await nextButton(page).click();
  }
  await page.goto('/progress');
  const table = page.getByRole('table', { name: 'Reviews coming due' });
  await expect(table).toBeVisible();
  const cell = (row: string) => table.getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell');
  await expect(cell('Today')).toHaveText('1');
  await expect(cell('This week')).not.toHaveText('0');
  await checkAxe(page, 'progress with the forecast');

  // Later that day the wrong one is due now; the review page asks it.
  await page.clock.setFixedTime(NOON + 15 * 60_000);
  await page.reload();
  await expect(cell('Due now')).toHaveText('1');
  await page.getByRole('link', { name: 'Review the 1 due now' }).click();
  await expect(page.getByText('1 / 1')).toBeVisible();
  await expect(page.getByTestId('due-now')).toHaveText('1 question is due now.');
});
