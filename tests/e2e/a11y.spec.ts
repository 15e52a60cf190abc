/** axe on every screen of the study app, in the light and the dark theme (WCAG 2.2 AA rules). */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations as checkAxe } from './helpers/axe';
import {
  answerRight,
  basicsPack,
  BASICS,
  currentQuestion,
  expectQuestion,
  nextButton
} from './helpers/study';
import type { Question } from '../../src/lib/domain/packs/schema';

const pack = basicsPack();
const source = pack.sources[0];
const quoted = pack.questions.find((q) => q.source)!.source!;

const ROUTES: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '/', ready: (p) => expect(p.getByRole('heading', { name: 'Packs' })).toBeVisible() },
  {
    name: 'review',
    path: '/review',
    ready: (p) => expect(p.getByText(/Nothing is due|\d+ \/ \d+/)).toBeVisible()
  },
  {
    name: 'progress',
    path: '/progress',
    ready: (p) => expect(p.getByText(/Nothing yet|Recent answers/)).toBeVisible()
  },
  {
    name: 'settings',
    path: '/settings',
    ready: (p) => expect(p.getByText('Kept safe from clean-ups')).toBeVisible()
  },
  { name: 'study', path: `/study/${BASICS}`, ready: (p) => expectQuestion(p, pack.questions[0]) },
  {
    name: 'article',
    path: `/article/${source.id}?pack=${BASICS}&start=${quoted.start}&end=${quoted.end}&back=/study/${BASICS}`,
    ready: (p) => expect(p.locator('mark')).toBeVisible()
  },
  {
    name: 'not found',
    path: '/no-such-page',
    ready: (p) => expect(p.getByText('Page not found').first()).toBeVisible()
  }
];

/**
 * The study screen's states that axe checks: every third question before it is answered, and its feedback (every
 * matching question's feedback too). Each is its own test, so a busy machine slows one short test, not one long walk.
 */
const CHECKED = pack.questions
  .map((q, index) => ({ q, index, question: index % 3 === 1 }))
  .filter(({ q, question }) => question || q.type === 'matching');

/**
 * Opens the basics pack and answers questions until `target` is on screen, or all of them without one (the session
 * interleaves them in an order of its own; the whole pack fits in one session).
 */
async function studyUpTo(page: Page, target?: Question) {
  await page.goto(`/study/${BASICS}`);
  for (let position = 1; position <= pack.questions.length; position++) {
    const q = await currentQuestion(page, pack, position);
    if (q.id === target?.id) return;
    await answerRight(page, q);
    await nextButton(page).click();
  }
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    for (const route of ROUTES)
      test(`${route.name} has no axe violations`, async ({ page }) => {
        await page.goto(route.path);
        await route.ready(page);
        await checkAxe(page, `${route.name} (${theme})`);
      });

    for (const { q, index, question } of CHECKED)
      test(`study: the ${question ? 'question and its feedback' : 'feedback'} of question ${index + 1} (${q.type}) have no axe violations`, async ({
        page
      }) => {
        await studyUpTo(page, q);
        await expectQuestion(page, q);
        if (question) await checkAxe(page, `question ${q.type} (${theme})`);
        await answerRight(page, q);
        await expect(nextButton(page)).toBeVisible();
        await checkAxe(page, `feedback ${q.type} (${theme})`);
      });

    test('the session summary and progress with data have no axe violations', async ({ page }) => {
      await studyUpTo(page);
      await expect(page.getByRole('heading', { name: 'Session done' })).toBeVisible();
      await checkAxe(page, `summary (${theme})`);
      await page.goto('/progress');
      await expect(page.getByRole('heading', { name: 'Recent answers' })).toBeVisible();
      await page.getByRole('button', { name: /Show the numbers as a table/ }).click();
      await checkAxe(page, `progress with data (${theme})`);
    });
  });
}

test('the theme choice in settings applies at once and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/settings');
  await page.getByLabel('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Dark')).toBeChecked();
  await checkAxe(page, 'settings (chosen dark)');
});

test.describe('reflow at 320 px (a small phone, or 200% zoom)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no screen scrolls sideways, with or without progress', async ({ page }) => {
    const fits = async (label: string) =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(320);
    await page.goto(`/study/${BASICS}`);
    for (let position = 1; position <= pack.questions.length; position++) {
      const q = await currentQuestion(page, pack, position);
      await fits(`question ${q.id}`);
      await answerRight(page, q);
      await fits(`feedback ${q.id}`);
      await nextButton(page).click();
    }
    await fits('summary');
    // The study screen was covered question by question above (it now shows the finished session's summary).
    for (const route of ROUTES.filter((r) => r.name !== 'study')) {
      await page.goto(route.path);
      await route.ready(page);
      await fits(route.name);
    }
  });
});
