/**
 * The discernment check, the way a student meets it, with the server stopped after the first visit: the first
 * check, practice in between (the next check is set to open after 0 days and 2 answers), the second check on the
 * other form, and the change per score as a chart with a table beside it. Answers are saved as they are given.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { answerRun, basicsPack, BASICS, visitOnceThenStopServer } from './helpers/study';
import { checkFormsFile, type CheckForm, type FormsFile } from '../../src/lib/domain/discernment';

const checked = checkFormsFile(JSON.parse(readFileSync('build/discernment/forms.json', 'utf8')));
if (!checked.ok) throw new Error(checked.message);
const forms: FormsFile = checked.file;
const keyOf = new Map([...forms.forms.A, ...forms.forms.B].map((i) => [i.statement, i.key]));
const formOf = (statement: string): CheckForm =>
  forms.forms.A.some((i) => i.statement === statement) ? 'A' : 'B';

const statements = (page: Page) => page.locator('ol.items > li');

/** Answers every statement: `right` from the forms' keys, else "Accurate" for all. Returns the form shown. */
async function answerAll(page: Page, right: boolean): Promise<CheckForm> {
  const items = statements(page);
  await expect(items).toHaveCount(20);
  const texts = await items.locator('legend').allInnerTexts();
  const shown = texts.map((t) => t.replace(/^Statement \d+:\s*/, '').trim());
  for (const [i, text] of shown.entries()) {
    const key = right ? keyOf.get(text) : 'accurate';
    expect(key, `statement ${i + 1} is in the forms file`).toBeDefined();
    await items
      .nth(i)
      .getByRole('radio', { name: key === 'altered' ? 'Altered' : 'Accurate' })
      .check();
  }
  const form = formOf(shown[0]);
  expect(
    shown.every((t) => formOf(t) === form),
    'all statements come from one form'
  ).toBe(true);
  return form;
}

test('pre check, practice, post check on the other form, and the change chart, all offline', async ({
  page
}) => {
  // One online visit to the check keeps its forms on the device (they are not in every student's precache).
  const base = await visitOnceThenStopServer(page, '/check');

  // The first check.
  await page.goto(`${base}/check`);
  await expect(page.getByRole('heading', { name: 'Discernment check', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expectNoAxeViolations(page, 'taking the check');
  // Finishing early names what is still open.
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('alert')).toContainText('statements 1, 2, 3');
  const firstForm = await answerAll(page, false);
  await statements(page)
    .first()
    .getByLabel(/How sure\?/)
    .selectOption('4');
  // Every answer is saved as it is given: a reload keeps them.
  await expect(page.getByTestId('check-progress')).toHaveText('20 of 20 answered · saved on this device');
  await page.reload();
  await expect(page.getByTestId('check-progress')).toHaveText('20 of 20 answered · saved on this device');
  await expect(
    statements(page)
      .first()
      .getByLabel(/How sure\?/)
  ).toHaveValue('4');
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByTestId('check-verdict')).toHaveText(
    'You trusted 10 of 10 accurate items and caught 0 of 10 altered ones; you lean towards trust: some altered items got past you.'
  );
  await expect(page.getByTestId('check-waiting')).toHaveText(
    'The next check opens after more practice: 7 more days and 50 more practice answers.'
  );
  await expectNoAxeViolations(page, 'the first result');

  // The next check opens after 0 days and 2 practice answers.
  await page.goto(`${base}/settings`);
  await page.getByLabel('Days after the last check').fill('0');
  await page.getByLabel('Practice answers after the last check').fill('2');
  await page.getByRole('button', { name: 'Save when to check' }).click();
  await expect(page.getByRole('status')).toContainText(
    'opens 0 days and 2 practice answers after the last one'
  );
  await page.goto(`${base}/check`);
  await expect(page.getByTestId('check-waiting')).toHaveText(
    'The next check opens after more practice: 2 more practice answers.'
  );
  await page.goto(`${base}/study/${BASICS}`);
  await answerRun(page, basicsPack(), 0, 2);

  // The second check: the other form, answered well this time.
  await page.goto(`${base}/check`);
  await page.getByRole('button', { name: 'Start the next check' }).click();
  const secondForm = await answerAll(page, true);
  expect(secondForm).not.toBe(firstForm);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByTestId('check-verdict')).toHaveText(
    'You trusted 10 of 10 accurate items and caught 10 of 10 altered ones; you lean neither way.'
  );
  await expect(page.getByTestId('check-change-verdict')).toHaveText(
    'You told accurate from altered better: 20 of 20 right, up from 10.'
  );
  await expect(page.getByTestId('check-change-chart')).toBeVisible();
  const table = page.getByTestId('check-change-table');
  await expect(table.getByRole('row', { name: /Right in all/ })).toContainText('10 of 20');
  await expect(table.getByRole('row', { name: /Right in all/ })).toContainText('20 of 20');
  await expect(table.getByRole('row', { name: /Altered items caught/ })).toContainText('+10');
  await expectNoAxeViolations(page, 'the change chart');
});
