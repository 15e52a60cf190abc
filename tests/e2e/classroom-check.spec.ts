/**
 * The discernment check as a classroom quiz, end to end: the teacher makes a check quiz on form A (before practice)
 * and one on form B (after), a student takes each on their own device with the connection gone once the quiz has
 * opened, and the teacher collects the codes (the student's, and a few made the way the app makes them) and sees the
 * class before and after: the students who improved, a chart with a table beside it, and a CSV.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { decodeQuiz, encodeResult, openRef, type Quiz } from '../../src/lib/domain/classroom';
import { checkFormsFile, type CheckForm } from '../../src/lib/domain/discernment';
import { checkPack } from '../../src/lib/domain/discernment/quiz';
import { readRecords } from './helpers/storage';
import { expectNoAxeViolations } from './helpers/axe';
import { startStaticServer, type StaticServer } from './helpers/static-server';

const checked = checkFormsFile(JSON.parse(readFileSync('build/discernment/forms.json', 'utf8')));
if (!checked.ok) throw new Error(checked.message);
const forms = checked.file;
const keyOf = new Map([...forms.forms.A, ...forms.forms.B].map((i) => [i.statement, i.key]));

let server: StaticServer | null = null;
test.beforeEach(async () => {
  server = await startStaticServer('build', 0);
});
test.afterEach(async () => {
  await server?.close();
  server = null;
});

/** Makes a check quiz on one form (keeping the form's title unless given one); returns its link and short code. */
async function createCheckQuiz(
  teacher: Page,
  form: CheckForm,
  title?: string
): Promise<{ link: string; shortCode: string | null }> {
  await teacher.goto(`${server!.url}/teach/classroom`);
  await teacher.getByRole('radio', { name: new RegExp(`Discernment check, form ${form}`) }).check();
  // The check's settings are fixed but for the title and the order: no timer, no feedback choice.
  await expect(teacher.getByText(/no timer and nothing shown until the end/)).toBeVisible();
  await expect(teacher.getByRole('checkbox', { name: 'Use a timer' })).toHaveCount(0);
  await expect(teacher.getByLabel('Quiz title')).toHaveValue(`Discernment check, form ${form}`);
  if (title) await teacher.getByLabel('Quiz title').fill(title);
  await teacher.getByRole('button', { name: 'Create the check quiz' }).click();
  await expect(teacher.getByRole('img', { name: 'QR code that opens the quiz' })).toBeVisible();
  const link = await teacher.getByRole('textbox', { name: 'Quiz link' }).inputValue();
  expect(link).toMatch(/\/quiz#q2\.[A-Za-z0-9_-]+$/);
  const code = teacher.getByTestId('short-code');
  return { link, shortCode: (await code.count()) ? await code.innerText() : null };
}

/** The student opens the quiz (link or typed code), loses the connection, and marks every statement: `right` by the keys, else all "Accurate". */
async function takeCheck(
  student: Page,
  open: { link: string } | { shortCode: string },
  name: string,
  right: boolean
): Promise<string> {
  await student.context().setOffline(false);
  if ('link' in open) await student.goto(open.link);
  else {
    await student.goto(`${server!.url}/quiz`);
    await student.getByLabel(/The quiz code your teacher shows/).fill(open.shortCode);
    await student.getByRole('button', { name: 'Open the quiz' }).click();
  }
  await expect(student.getByLabel(/Your name/)).toBeVisible();
  await student.waitForLoadState('networkidle');
  await student.context().setOffline(true);
  await student.getByLabel(/Your name/).fill(name);
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 1; i <= 20; i++) {
    await expect(student.getByText(`Question ${i} / 20`)).toBeVisible();
    const statement = (await student.locator('#question-prompt').innerText()).trim();
    expect(keyOf.has(statement), `statement ${i} is one of the check's`).toBe(true);
    const said = right ? keyOf.get(statement) : 'accurate';
    await student
      .getByRole('button', { name: said === 'altered' ? 'Altered' : 'Accurate', exact: true })
      .click();
    // Nothing is shown along the way.
    await expect(student.getByText(/Right\.|Not quite\./)).toHaveCount(0);
  }
  await expect(student.getByText(`You got ${right ? 20 : 10} of 20 right.`)).toBeVisible();
  return student.getByRole('textbox', { name: 'Your result code' }).inputValue();
}

/** A code made the way the app makes it, for a student who said `said(key)` to each statement. */
function codeFor(link: string, form: CheckForm, name: string, said: (key: string) => 0 | 1): string {
  const decoded = decodeQuiz(link);
  if (!decoded.ok || decoded.kind !== 'ref') throw new Error('not a check quiz link');
  const pack = checkPack(forms, form);
  const opened = openRef(decoded.payload, decoded.ref, pack);
  if (!opened.ok) throw new Error(opened.message);
  const quiz: Quiz = opened.quiz;
  const keys = new Map(forms.forms[form].map((i) => [i.id, i.key]));
  return encodeResult(
    {
      quizId: quiz.quizId,
      name,
      finishedAt: Date.now(),
      nonce: `${name.replace(/[^A-Za-z]/g, '')}-${form}`.padEnd(12, '0').slice(0, 12),
      answers: quiz.questionIds.map((id) => ({ questionId: id, response: [said(keys.get(id)!)], seconds: 5 }))
    },
    quiz
  );
}

async function addCodes(teacher: Page, codes: string[], names: string[]) {
  await teacher.getByRole('textbox', { name: /Paste one or more codes/ }).fill(codes.join('\n'));
  await teacher.getByRole('button', { name: 'Add codes' }).click();
  for (const name of names) await expect(teacher.getByText(`Added: ${name}`)).toBeVisible();
}

test('a class takes the check before and after practice, and the teacher compares them', async ({
  browser
}) => {
  const teacher = await (await browser.newContext({ acceptDownloads: true })).newPage();
  const student = await (await browser.newContext()).newPage();

  // Before practice: form A. Anna calls everything accurate (10 of 20); Ben calls everything altered; Chloé
  // takes only this one.
  // The form's own title and no timer: students may type the short quiz code instead of scanning.
  const { link: before, shortCode } = await createCheckQuiz(teacher, 'A');
  expect(shortCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const annaBefore = await takeCheck(student, { shortCode: shortCode! }, 'Anna Lee', false);
  // The check is not practice: none of its answers entered the student's own study history.
  const logged = (await readRecords(student, 'attempts')).length;
  expect(logged).toBe(0);

  await teacher.getByRole('link', { name: 'Collect the results' }).click();
  await addCodes(
    teacher,
    [
      annaBefore,
      codeFor(before, 'A', 'Ben', () => 1),
      codeFor(before, 'A', 'Chloé', (k) => (k === 'altered' ? 1 : 0))
    ],
    ['Anna Lee', 'Ben', 'Chloé']
  );
  const scores = teacher.getByTestId('check-scores-table');
  await expect(scores.getByRole('row', { name: /Anna Lee/ })).toContainText('10');
  await expect(scores.getByRole('row', { name: /Chloé/ })).toContainText('20');
  await expect(teacher.getByText(/After some practice, make a check quiz on the other form/)).toBeVisible();

  // After practice: form B. Anna now gets every statement right; Ben calls everything accurate.
  const { link: after } = await createCheckQuiz(teacher, 'B', 'Check after');
  const annaAfter = await takeCheck(student, { link: after }, 'anna lee', true);
  await teacher.getByRole('link', { name: 'Collect the results' }).click();
  await addCodes(teacher, [annaAfter, codeFor(after, 'B', 'BEN', () => 0)], ['anna lee', 'BEN']);

  // The earlier check quiz is offered for the comparison at once; names are matched ignoring case.
  await expect(teacher.getByLabel('Compare with the check quiz').locator('option:checked')).toHaveText(
    /^Discernment check, form A \(made /
  );
  await expect(teacher.getByTestId('check-improved')).toHaveText(
    '1 of 2 students got more statements right on the later check (mean 10.0 → 15.0 of 20).'
  );
  await expect(teacher.getByTestId('check-class-chart')).toBeVisible();
  const table = teacher.getByTestId('check-class-table');
  await expect(table.getByRole('row', { name: /Right in all/ })).toContainText('10.0 (0.0)');
  await expect(table.getByRole('row', { name: /Right in all/ })).toContainText('15.0 (7.1)');
  await expect(table.getByRole('row', { name: /Right in all/ })).toContainText('1 of 2');
  // Trusted: Anna 10 → 10, Ben 0 → 10.
  await expect(table.getByRole('row', { name: /Accurate items trusted/ })).toHaveText(
    'Accurate items trusted5.0 (7.1)10.0 (0.0)+5.01 of 2'
  );
  await expect(teacher.getByText('Only in the first check (left out of the figures): Chloé.')).toBeVisible();
  await expectNoAxeViolations(teacher, 'the class before and after');

  const [download] = await Promise.all([
    teacher.waitForEvent('download'),
    teacher.getByRole('button', { name: 'Download before and after (CSV)' }).click()
  ]);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
  const lines = csv.split('\r\n');
  expect(lines[0]).toMatch(/^Student,Accurate items trusted: before,Accurate items trusted: after,/);
  // Anna: trusted 10 → 10, caught 0 → 10, right 10 → 20.
  expect(lines.find((l) => l.startsWith('anna lee,'))).toMatch(/^anna lee,10,10,0,0,10,10,10,20,10,/);
  expect(lines.find((l) => l.startsWith('Chloé,'))).toMatch(/^Chloé,10,,,10,,,20,,/);
  expect(lines.some((l) => l.startsWith('Students who improved,'))).toBe(true);
});
