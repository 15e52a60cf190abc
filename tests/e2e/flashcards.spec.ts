/**
 * Flashcards end to end: a Quizlet export imported with its layout shown, studied with the keyboard (Space turns the
 * card, K or 1 "knew it", D or 2 "didn't"), and scheduled: the cards come back in the review queue when due.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { nextButton } from './helpers/study';

const QUIZLET = readFileSync(
  new URL('../fixtures/formats/flashcards/quizlet-german-comma-semicolon.txt', import.meta.url)
);

/** Each card's back by its front, as the export pairs them (term, definition; term, definition; …). */
const BACKS = new Map(
  QUIZLET.toString('utf8')
    .split(';')
    .filter((card) => card.includes(','))
    .map(
      (card) => [card.slice(0, card.indexOf(',')).trim(), card.slice(card.indexOf(',') + 1).trim()] as const
    )
);

async function importQuizlet(page: Page) {
  await page.goto('/teach/import');
  await page.waitForLoadState('networkidle');
  await page
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'German nouns.txt', mimeType: 'text/plain', buffer: QUIZLET });
  await expect(page.getByRole('heading', { name: /Ready to import/ })).toBeVisible();
}

test('a Quizlet export imports as flashcards; the layout can be changed and the cards turned into questions', async ({
  page
}) => {
  await importQuizlet(page);
  await expect(page.getByText(/^From German nouns\.txt · Quizlet export \(flashcards\)$/)).toBeVisible();
  await expect(page.getByTestId('import-summary')).toHaveText(/30 questions will be imported/);
  await expect(page.getByLabel('Between term and definition')).toHaveValue(',');
  await expect(page.getByLabel('Between cards')).toHaveValue(';');
  const list = page.getByRole('list', { name: 'Questions to import' });
  await expect(list.getByRole('listitem').first()).toContainText('der Hund → the dog');
  await expectNoAxeViolations(page, 'flashcard import preview', { scope: 'main' });

  // The definition as the front: the file is read again.
  await page.getByLabel('The definition is the front of the card').check();
  await expect(list.getByRole('listitem').first()).toContainText('the dog → der Hund');
  await page.getByLabel('The definition is the front of the card').uncheck();
  await expect(list.getByRole('listitem').first()).toContainText('der Hund → the dog');

  // As multiple choice, other cards' backs are the wrong options.
  await page.getByRole('radio', { name: /^Multiple choice/ }).check();
  await expect(list.getByRole('listitem').first()).toContainText('Multiple choice');
  await expect(list.getByRole('listitem').first()).toContainText('der Hund');
  await page.getByRole('radio', { name: /^Flashcards/ }).check();
  await expect(list.getByRole('listitem').first()).toContainText('Flashcard');
});

test('a flashcard is studied with the keyboard and comes back for review when it is due', async ({
  page
}) => {
  await importQuizlet(page);
  await page.getByRole('button', { name: 'Import 30 questions' }).click();
  await page.getByRole('link', { name: 'Study it' }).click();

  // A session is shuffled: which card comes first is read from the screen, and its back from the export.
  const heading = page.getByRole('heading', { level: 2, name: 'Do you know the back of this card?' });
  await expect(heading).toBeVisible();
  const front = page.getByTestId('flashcard-front');
  const first = (await front.textContent())!.trim();
  expect(BACKS.has(first), first).toBe(true);
  await expect(page.getByTestId('flashcard-back')).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('flashcard-back')).toHaveText(BACKS.get(first)!);
  await expectNoAxeViolations(page, 'turned flashcard', { scope: 'main' });
  await page.keyboard.press('k');
  const feedback = page.getByRole('region', { name: 'Feedback' });
  await expect(feedback.getByText('Right', { exact: true })).toBeVisible();
  await expect(page.getByText('You said: Knew it')).toBeVisible();
  await nextButton(page).click();

  // The second card: Enter turns it, D says "didn't".
  await expect(front).not.toHaveText(first);
  const second = (await front.textContent())!.trim();
  await expect(page.getByTestId('flashcard-back')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('flashcard-back')).toHaveText(BACKS.get(second)!);
  await page.keyboard.press('d');
  await expect(feedback.getByText('Not quite')).toBeVisible();
  await expect(page.getByText("You said: Didn't know it")).toBeVisible();
  await nextButton(page).click();
  // The missed card comes back later in the session (the learning step); another card is next.
  await expect(front).not.toHaveText(second);

  // Scheduled like any question: a month on, both cards are due (a quick "knew it" counts as easy, so it waits
  // longest), the missed one first.
  await page.clock.setFixedTime(Date.now() + 30 * 86_400_000);
  await page.goto('/');
  const due = page.getByRole('link', { name: /Review due · 2/ });
  await expect(due).toBeVisible();
  await due.click();
  await expect(page.getByText('1 / 2')).toBeVisible();
  await expect(page.getByTestId('flashcard-front')).toHaveText(new RegExp(`^(${first}|${second})$`));
});
