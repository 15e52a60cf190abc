/**
 * Drives the study screen the way a learner does: keys 1–4 for option questions, the form controls for the rest.
 * `answerRight` answers from the pack's answer key, so a test can expect "Right" every time. A session's order is
 * shuffled (interleaved with a seed the page draws), so `currentQuestion` reads which question is on screen.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  packSchema,
  SPOT_ERROR_VERDICTS,
  type Pack,
  type Question
} from '../../../src/lib/domain/packs/schema';
import { startStaticServer } from './static-server';

export const BASICS = 'media-literacy-basics';

/** The hand-written built-in pack, read from the source so the tests do not depend on a fetch. */
export function basicsPack(): Pack {
  return packSchema.parse(JSON.parse(readFileSync(`content/packs/${BASICS}.json`, 'utf8')));
}

export async function fetchPack(request: APIRequestContext, id: string): Promise<Pack> {
  const response = await request.get(`/packs/${id}.json`);
  return packSchema.parse(await response.json());
}

/** The Next (or "See your results") button shown with the feedback. */
export const nextButton = (page: Page) => page.getByRole('button', { name: /^(Next|See your results)/ });

function bestIndex(weights: number[]): number {
  return weights.indexOf(Math.max(...weights));
}

export async function answerRight(page: Page, q: Question): Promise<void> {
  const check = () => page.getByRole('button', { name: 'Check answer' }).click();
  switch (q.type) {
    case 'attribution':
    case 'altered-detail':
      return page.keyboard.press(String(q.answer + 1));
    case 'fact-opinion':
      return page.keyboard.press(q.answer === 'fact' ? '1' : '2');
    case 'spot-error':
      return page.keyboard.press(String(SPOT_ERROR_VERDICTS.indexOf(q.answer) + 1));
    case 'true-false':
      return page.keyboard.press(q.answer ? '1' : '2');
    case 'choice':
      if (!q.multiple) return page.keyboard.press(String(bestIndex(q.options.map((o) => o.weight)) + 1));
      for (const option of q.options.filter((o) => o.weight > 0))
        await page.getByRole('checkbox', { name: option.text }).check();
      return check();
    case 'short-answer':
      await page.getByLabel('Your answer').fill(q.answers[bestIndex(q.answers.map((a) => a.weight))].text);
      return check();
    case 'numerical': {
      const a = q.answers[bestIndex(q.answers.map((x) => x.weight))];
      await page.getByLabel('Your answer (a number)').fill(String('value' in a ? a.value : a.min));
      return check();
    }
    case 'matching':
      for (const pair of q.pairs.filter((p) => p.left.trim()))
        await page.getByLabel(pair.left, { exact: true }).selectOption(pair.right);
      return check();
    case 'discrepancy':
      for (const [i, outlet] of q.outlets.entries())
        await page.getByLabel(outlet.outlet, { exact: true }).selectOption(q.values[q.answer[i]]);
      return check();
    case 'description':
      return page.getByRole('button', { name: 'Got it' }).click();
    case 'open-response':
      await page
        .getByLabel('Your response')
        .fill('Find the original publisher and search for it in a new tab.');
      return page.getByRole('button', { name: 'Submit response' }).click();
    case 'flashcard':
      // Space turns the card; 1 says "Knew it".
      await page.keyboard.press('Space');
      await expect(page.getByTestId('flashcard-back')).toHaveText(q.back);
      return page.keyboard.press('1');
  }
}

/** Waits until the question `q` is on screen (its prompt is the heading). */
export async function expectQuestion(page: Page, q: Question): Promise<void> {
  const heading =
    q.type === 'description'
      ? q.title || 'Read this first'
      : q.prompt || (q.type === 'flashcard' ? 'Do you know the back of this card?' : '');
  await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
}

/** The session's position ("3" of "3 / 12"), from its progress bar. */
export const sessionProgress = (page: Page) => page.getByRole('progressbar', { name: 'Session progress' });

/** Waits for position `position` of the session and returns the question of `pack` on screen there. */
export async function currentQuestion(page: Page, pack: Pack, position?: number): Promise<Question> {
  if (position !== undefined)
    await expect(sessionProgress(page)).toHaveAttribute('aria-valuenow', String(position));
  const shown = page.locator('[data-question-id]');
  await expect(shown).toHaveCount(1);
  const id = await shown.getAttribute('data-question-id');
  const q = pack.questions.find((question) => question.id === id);
  if (!q) throw new Error(`question ${id} on screen is not in pack ${pack.id}`);
  await expectQuestion(page, q);
  return q;
}

/**
 * Answers `count` questions right, whichever the session asks, starting at its question number `from + 1` (so `from`
 * questions were answered before); returns them in the order asked.
 */
export async function answerRun(page: Page, pack: Pack, from: number, count: number): Promise<Question[]> {
  const asked: Question[] = [];
  for (let i = 0; i < count; i++) {
    const q = await currentQuestion(page, pack, from + i + 1);
    await answerRight(page, q);
    await expect(nextButton(page)).toBeFocused();
    await nextButton(page).click();
    asked.push(q);
  }
  return asked;
}

/** Waits until the app's service worker controls the page (after one online visit and a reload). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  }
}

/**
 * Serves the build, visits `path` (/ by default) until the service worker is installed and the page has fetched
 * what it needs, then stops the server (also when the visit fails); returns the address the app was served at,
 * which the worker now answers offline.
 */
export async function visitOnceThenStopServer(page: Page, path = '/'): Promise<string> {
  const server = await startStaticServer('build');
  try {
    await page.goto(`${server.url}${path}`);
    await waitForServiceWorker(page);
    await page.waitForLoadState('networkidle');
    return server.url;
  } finally {
    await server.close();
  }
}
