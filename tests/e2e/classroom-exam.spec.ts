/**
 * Exam mode end to end, with a teacher, a student (offline after the link opens, with `setOffline`) and the teacher's
 * second device: the link holds no answers, the student sees no score until the teacher shows the answers code, the
 * teacher marks the codes with the key kept on the device (or brought over in the quiz key file), and a code made
 * after the answers were shown is refused.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { decodeQuiz, decodeResult, encodeResult, readQuizKeyFile } from '../../src/lib/domain/classroom';
import { expectNoAxeViolations } from './helpers/axe';
import { putRecords, readAttempts } from './helpers/storage';

const OWN_PACK = {
  id: 'own-exam',
  origin: 'authored',
  updatedAt: Date.now(),
  pack: {
    format: 'sourcewise-pack',
    version: 2,
    id: 'own-exam',
    title: 'Summit exam',
    description: '',
    language: 'en',
    sources: [],
    questions: [
      {
        id: 'ex-hours',
        type: 'true-false',
        prompt: 'The talks lasted six hours.',
        explanation: 'SECRET-WHY: they lasted about two and a half hours.',
        skill: 'detail',
        answer: false
      },
      {
        id: 'ex-where',
        type: 'choice',
        prompt: 'Where did the leaders meet?',
        explanation: '',
        skill: 'detail',
        options: [
          { text: 'Anchorage', weight: 100 },
          { text: 'Helsinki', weight: 0 }
        ]
      },
      {
        id: 'ex-statement',
        type: 'true-false',
        prompt: 'No joint statement was signed.',
        explanation: '',
        skill: 'detail',
        answer: true
      }
    ]
  }
};

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ acceptDownloads: true })).newPage();
}

/** The study history this device keeps for a quiz, straight from IndexedDB. */
async function studyAttempts(
  page: Page,
  quizId: string
): Promise<{ questionId: string; correct: boolean }[]> {
  return (await readAttempts(page))
    .filter((a) => a.quizId === quizId)
    .map(({ questionId, correct }) => ({ questionId, correct }));
}

test('an exam on an own pack: no answers in the link, feedback only once the teacher shows the answers code', async ({
  browser
}) => {
  const teacher = await newPage(browser);
  await teacher.goto('/teach/classroom');
  await expect(teacher.getByRole('radio', { name: /Media literacy basics/ })).toBeVisible();
  await putRecords(teacher, 'packs', [OWN_PACK]);
  await teacher.reload();

  // A built-in pack has no exam mode, and the page says why.
  await teacher.getByRole('radio', { name: /Media literacy basics/ }).check();
  await expect(teacher.getByRole('radio', { name: /^Exam/ })).toBeDisabled();
  await expect(teacher.getByText('Exam mode needs a pack of your own')).toBeVisible();

  await teacher.getByRole('radio', { name: /Summit exam/ }).check();
  await teacher.getByRole('radio', { name: /^Exam/ }).check();
  await teacher.getByRole('button', { name: 'Create the quiz' }).click();
  await expect(teacher.getByTestId('exam-note')).toBeVisible();
  const link = await teacher.getByRole('textbox', { name: 'Quiz link' }).inputValue();
  expect(link).toMatch(/\/quiz#q3\.[A-Za-z0-9_-]+$/);
  const decoded = decodeQuiz(link);
  if (!decoded.ok || decoded.kind !== 'quiz') throw new Error('the exam link does not open');
  const quiz = decoded.quiz;
  // Nothing in the link tells the answers: every statement looks true, every option right, no explanation.
  const readable = JSON.stringify(quiz);
  expect(readable).toContain('The talks lasted six hours.');
  expect(readable).not.toContain('SECRET-WHY');
  expect(readable).not.toContain('"weight":0');
  expect(readable).not.toContain('"answer":false');

  // The student opens the link, then the room's connection goes.
  const student = await newPage(browser);
  await student.goto(link);
  await expect(student.getByText('This is an exam')).toBeVisible();
  await student.waitForLoadState('networkidle');
  await student.context().setOffline(true);
  await student.getByLabel(/Your name/).fill('Ben');
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  await student.getByRole('button', { name: /False/ }).click();
  await expect(student.getByText('Question 2 / 3')).toBeVisible();
  await expect(student.getByText('Right.')).toHaveCount(0);
  await student.getByRole('button', { name: 'Helsinki' }).click();
  await student.getByRole('button', { name: /True/ }).click();
  await expect(student.getByRole('heading', { name: 'Done, Ben!' })).toBeVisible();
  await expect(student.getByText(/You got/)).toHaveCount(0);
  await expect(student.getByText('you see how you did once your teacher shows the answers')).toBeVisible();
  expect(await studyAttempts(student, quiz.quizId)).toEqual([]);
  const code = await student.getByRole('textbox', { name: 'Your result code' }).inputValue();

  // The teacher marks the code with the key on this device: 2 of 3.
  await teacher.getByRole('link', { name: 'Collect the results' }).click();
  await teacher.getByRole('textbox', { name: /Paste one or more codes/ }).fill(code);
  await teacher.getByRole('button', { name: 'Add codes' }).click();
  await expect(teacher.getByText('Added: Ben')).toBeVisible();
  await expect(teacher.getByRole('row', { name: /^Ben 2\/3/ })).toBeVisible();

  // The quiz key file takes the quiz and its key to another device, which marks the same code the same way.
  const [download] = await Promise.all([
    teacher.waitForEvent('download'),
    teacher.getByRole('button', { name: 'Download the quiz key file' }).click()
  ]);
  const keyFilePath = (await download.path())!;
  expect(readQuizKeyFile(readFileSync(keyFilePath, 'utf8'))).toMatchObject({ ok: true });
  const other = await newPage(browser);
  await other.goto('/teach/classroom/results');
  await other.getByLabel('Collect a quiz made on another device: paste its link').fill(link);
  await other.getByRole('button', { name: 'Collect this quiz here' }).click();
  await expect(other.getByText('This quiz is an exam: its answers are locked')).toBeVisible();
  await other.getByLabel(/Or open its quiz key file/).setInputFiles(keyFilePath);
  await expect(other.getByRole('heading', { name: 'Summit exam: results' })).toBeVisible();
  await other.getByRole('textbox', { name: /Paste one or more codes/ }).fill(code);
  await other.getByRole('button', { name: 'Add codes' }).click();
  await expect(other.getByRole('row', { name: /^Ben 2\/3/ })).toBeVisible();

  // Every code is in: the teacher shows the answers code.
  await teacher.getByRole('button', { name: 'Show the answers code' }).click();
  await expect(teacher.getByRole('img', { name: 'QR code with the answers' })).toBeVisible();
  const answers = (await teacher.getByTestId('answers-code').innerText()).trim();
  expect(answers).toMatch(/^a1\./);
  await expectNoAxeViolations(teacher, 'exam results page', { scope: '.results-page' });

  // A code finished after that is refused: its author could see the answers.
  const real = await decodeResult(code, quiz);
  if (!real.ok) throw new Error(real.message);
  const late = encodeResult(
    { ...real.result, name: 'Late', nonce: 'late-0000001', finishedAt: Date.now() + 60_000 },
    quiz
  );
  await teacher.getByRole('textbox', { name: /Paste one or more codes/ }).fill(late);
  await teacher.getByRole('button', { name: 'Add codes' }).click();
  await expect(teacher.getByText(/after you showed the answers/)).toBeVisible();

  // The student, still offline, types the code: a mistyped one is refused, the right one shows the feedback.
  const field = student.getByLabel(/your teacher shows an answers code/);
  const at = answers.length - 5;
  await field.fill(answers.slice(0, at) + (answers[at] === 'A' ? 'B' : 'A') + answers.slice(at + 1));
  await student.getByRole('button', { name: 'Show my feedback' }).click();
  await expect(student.getByRole('alert')).toContainText('does not open this quiz');
  await field.fill(answers);
  await student.getByRole('button', { name: 'Show my feedback' }).click();
  await expect(student.getByText('You got 2 of 3 right.')).toBeVisible();
  await expect(student.getByRole('heading', { name: 'Your answers, question 1 of 3' })).toBeVisible();
  await expect(student.getByText('SECRET-WHY: they lasted about two and a half hours.')).toBeVisible();
  await student.getByRole('button', { name: 'Next question' }).click();
  await expect(student.getByText('Not quite.')).toBeVisible();
  await expectNoAxeViolations(student, 'exam feedback', { scope: '.quiz' });
  // The answers went into the student's own study history, graded with the real keys.
  expect(await studyAttempts(student, quiz.quizId)).toEqual([
    { questionId: 'ex-hours', correct: true },
    { questionId: 'ex-where', correct: false },
    { questionId: 'ex-statement', correct: true }
  ]);
  // A reload keeps the feedback (the key is stored with the attempt).
  await student.context().setOffline(false);
  await student.reload();
  await expect(student.getByText('You got 2 of 3 right.')).toBeVisible();
});
