/** Studying a pack: every question type, feedback, the article view, the summary, resuming and progress. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { packSchema, type Question } from '../../src/lib/domain/packs/schema';
import { startStaticServer } from './helpers/static-server';
import {
  answerRight,
  answerRun,
  basicsPack,
  BASICS,
  currentQuestion,
  expectQuestion,
  fetchPack,
  nextButton
} from './helpers/study';

const pack = basicsPack();
const graded = pack.questions.filter((q) => q.type !== 'description' && q.type !== 'open-response').length;

test('a learner studies the hand-written pack end to end, by keyboard where it can', async ({ page }) => {
  await page.goto(`/study/${BASICS}`);
  await expect(page.getByText(`1 / ${pack.questions.length}`)).toBeVisible();
  // The session's order is its own (interleaved): each question is asked once.
  const asked = new Set<string>();
  for (let i = 0; i < pack.questions.length; i++) {
    const q = await currentQuestion(page, pack, i + 1);
    asked.add(q.id);
    await answerRight(page, q);
    const feedback = page.getByRole('region', { name: 'Feedback' });
    await expect(feedback).toBeVisible();
    if (q.type === 'description' || q.type === 'open-response')
      await expect(feedback.getByText('Compare with this')).toBeVisible();
    else await expect(feedback.getByText('Right', { exact: true })).toBeVisible();
    if (q.explanation) await expect(feedback.getByText(q.explanation)).toBeVisible();
    if (q.source) await expect(feedback.getByText(q.source.excerpt)).toBeVisible();
    // Next has the focus, so Enter moves on.
    await expect(nextButton(page)).toBeFocused();
    await page.keyboard.press('Enter');
    if (i + 1 < pack.questions.length)
      await expect(page.getByText(`${i + 2} / ${pack.questions.length}`)).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Session done' })).toBeVisible();
  await expect(page.getByText(`${graded} of ${graded}`)).toBeVisible();
  expect(asked.size).toBe(pack.questions.length);
});

test('a wrong answer is marked by words and icon, with the right answer shown', async ({ page }) => {
  await page.goto(`/study/${BASICS}`);
  // Answer right until a single-choice question comes up (the order is the session's own).
  let q = await currentQuestion(page, pack, 1);
  for (let position = 2; q.type !== 'choice' || q.multiple; position++) {
    await answerRight(page, q);
    await nextButton(page).click();
    q = await currentQuestion(page, pack, position);
  }
  if (q.type !== 'choice') throw new Error('unreachable');
  const wrong = q.options.findIndex((o) => o.weight === 0);
  await page.keyboard.press(String(wrong + 1));
  await expect(page.getByRole('region', { name: 'Feedback' }).getByText('Not quite')).toBeVisible();
  // Screen readers hear the verdict from the live region.
  await expect(page.getByRole('status')).toHaveText('Not quite.');
  await expect(page.getByRole('button', { name: /Right answer/ })).toContainText(q.options[0].text);
  await expect(page.getByRole('button', { name: /Your answer/ })).toContainText(q.options[wrong].text);
  // The colour repeats the words: the picked option is framed in the theme's "wrong" colour, the right one in "right".
  const tokenColour = (name: string) =>
    page.evaluate((token) => {
      const probe = document.createElement('span');
      probe.style.color = `var(${token})`;
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    }, name);
  await expect(page.getByRole('button', { name: /Your answer/ })).toHaveCSS(
    'border-top-color',
    await tokenColour('--wrong')
  );
  await expect(page.getByRole('button', { name: /Right answer/ })).toHaveCSS(
    'border-top-color',
    await tokenColour('--right')
  );
});

test('"Read it in the article" shows the passage highlighted, and the way back resumes the question', async ({
  page
}) => {
  await page.goto(`/study/${BASICS}`);
  let position = 1;
  let q = await currentQuestion(page, pack, position);
  while (!q.source) {
    await answerRight(page, q);
    await nextButton(page).click();
    q = await currentQuestion(page, pack, ++position);
  }
  await answerRight(page, q);
  await page.getByRole('link', { name: 'Read it in the article' }).click();
  const mark = page.locator('mark');
  await expect(mark).toHaveText(q.source!.excerpt);
  await expect(mark).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pack.sources[0].title);
  await page.getByRole('link', { name: 'Back to the question' }).click();
  await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
  await expect(page.getByText(`${position} / ${pack.questions.length}`)).toBeVisible();
  await expectQuestion(page, q);
});

test('leaving mid-session and coming back resumes at the same question', async ({ page }) => {
  await page.goto(`/study/${BASICS}`);
  await answerRun(page, pack, 0, 3);
  const fourth = await currentQuestion(page, pack, 4);
  await page.reload();
  await expectQuestion(page, fourth);
  await expect(page.getByText(`4 / ${pack.questions.length}`)).toBeVisible();
});

test('progress survives a reload: history, streak and the home progress ring', async ({ page }) => {
  await page.goto(`/study/${BASICS}`);
  await answerRun(page, pack, 0, 4);
  await page.goto('/progress');
  const history = page.getByRole('heading', { name: 'Recent answers' }).locator('..').getByRole('listitem');
  await expect(history).toHaveCount(4);
  await page.reload();
  await expect(history).toHaveCount(4);
  await expect(page.getByTestId('streak')).toHaveText('1 day in a row');
  await page.goto('/');
  await expect(page.getByRole('img', { name: /Mastered: [1-9]\d*%/ })).toBeVisible();
});

test('a first visit to the home page downloads no storage code and creates no database; a returning learner’s reads progress', async ({
  page
}) => {
  // The scripts each visit downloads; zod (the storage code's record checks) names its ZodError in any build.
  let scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
  });
  const downloadedStorageCode = async () =>
    (await Promise.all(scripts)).some((code) => code.includes('ZodError'));

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Packs' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Start with the/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  expect(await downloadedStorageCode()).toBe(false);

  await page.goto(`/study/${BASICS}`);
  await answerRun(page, pack, 0, 4);
  scripts = [];
  await page.goto('/');
  await expect(page.getByRole('img', { name: /Mastered: [1-9]\d*%/ })).toBeVisible();
  expect(await downloadedStorageCode()).toBe(true);
});

test('generated questions render and grade: the first questions of every built-in pack', async ({
  page,
  request
}) => {
  const index = await (await request.get('/packs/index.json')).json();
  // Three new questions from each of seven packs is more than a day's 20: raise the limit first (settings page).
  await page.goto('/settings');
  await page.getByLabel('New questions a day').fill('100');
  await page.getByRole('button', { name: 'Save the limit' }).click();
  await expect(page.getByText('Saved: up to 100 new questions a day.')).toBeVisible();
  for (const entry of index.packs as { id: string }[]) {
    const generated = await fetchPack(request, entry.id);
    await page.goto(`/study/${encodeURIComponent(entry.id)}`);
    await answerRun(page, generated, 0, Math.min(3, generated.questions.length));
  }
});

test('a broken pack gives a clear message instead of a crash', async ({ page }) => {
  await page.route('**/packs/media-literacy-basics.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...pack, questions: [{ id: 'x' }] })
    })
  );
  await page.goto(`/study/${BASICS}`);
  await expect(page.getByRole('alert')).toContainText('is broken, so it cannot be studied');
  await expect(page.getByRole('alert')).toContainText('$.questions[0]');
});

test('missed questions come back in the review queue once the scheduler says they are due', async ({
  page
}) => {
  await page.goto(`/study/${BASICS}`);
  // Six answers: the first two single-choice questions wrong (each comes back once in the session), the rest right.
  const wrongs: Question[] = [];
  for (let position = 1; position <= 6; position++) {
    const q = await currentQuestion(page, pack, position);
    if (q.type === 'choice' && !q.multiple && wrongs.length < 2 && !wrongs.includes(q)) {
      wrongs.push(q);
      await page.keyboard.press(String(q.options.findIndex((o) => o.weight <= 0) + 1));
      await expect(page.getByRole('region', { name: 'Feedback' }).getByText('Not quite')).toBeVisible();
    } else await answerRight(page, q);
    await nextButton(page).click();
  }
  expect(wrongs.length).toBe(2);
  // Two days later every card is due, the wrong ones among them.
  await page.clock.setFixedTime(Date.now() + 2 * 86_400_000);
  await page.goto('/');
  const due = page.getByRole('link', { name: /Review due · \d+/ });
  await expect(due).toBeVisible();
  const count = Number((await due.innerText()).match(/Review due · (\d+)/)![1]);
  expect(count).toBeGreaterThanOrEqual(wrongs.length);
  await due.click();
  await expect(page.getByText(`1 / ${count}`)).toBeVisible();
  const reviewed = await answerRun(page, pack, 0, count);
  for (const q of wrongs) expect(reviewed.map((r) => r.id)).toContain(q.id);
});

test('every generated question type renders, grades and links to its passage (fixture pack)', async ({
  page
}) => {
  const fixture = packSchema.parse(
    JSON.parse(readFileSync('tests/fixtures/packs/generated-types.json', 'utf8'))
  );
  const entry = { id: fixture.id, title: fixture.title, file: `${fixture.id}.json`, questionCount: 5 };
  // Served as if it were a built-in pack. A static host answers the unknown page with the SPA fallback
  // (404.html), which renders the study page; `vite preview` would not, so the build is served as a host does.
  const host = await startStaticServer('build');
  await page.route('**/packs/index.json', (route) =>
    route.fulfill({ json: { format: 'sourcewise-index', version: 1, packs: [entry] } })
  );
  await page.route(`**/packs/${entry.file}`, (route) => route.fulfill({ json: fixture }));
  await page.goto(`${host.url}/study/${fixture.id}`);
  for (let position = 1; position <= fixture.questions.length; position++) {
    const q = await currentQuestion(page, fixture, position);
    await answerRight(page, q);
    const feedback = page.getByRole('region', { name: 'Feedback' });
    await expect(feedback.getByText('Right', { exact: true })).toBeVisible();
    await expect(feedback.getByRole('link', { name: 'Read it in the article' })).toBeVisible();
    await nextButton(page).click();
  }
  await expect(page.getByText('5 of 5')).toBeVisible();
  await host.close();
});
