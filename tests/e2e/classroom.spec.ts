/**
 * Classroom quiz end to end, two browser contexts (teacher, student). Each test serves the built site on its own
 * port so it can stop the server while the student is mid-quiz, the way a classroom loses its connection.
 */
import { expect, test, type Page, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createQuiz } from '../../src/lib/domain/classroom';
import { encodeResult } from '../../src/lib/domain/classroom';
import { packSchema } from '../../src/lib/domain/packs/schema';
import { expectNoAxeViolations } from './helpers/axe';
import { closeOwnContextsAfterEach } from './helpers/contexts';
import { putRecords, readAttempts } from './helpers/storage';
import { startStaticServer, type StaticServer } from './helpers/static-server';

// One server per test on a port of its own; a restart reuses the port, so the origin (and IndexedDB) stays the same.
let server: StaticServer | null = null;
let BASE = '';
const stopServer = async () => {
  await server?.close();
  server = null;
};
const startServer = async (port = 0) => {
  server = await startStaticServer('build', port);
  BASE = server.url;
};

const QUESTIONS = [/striking statistic/, /headline is written/, /losing forty parking/];

/** Sets up a quiz on the built-in "Media literacy basics" pack and returns its link. */
async function createQuizAsTeacher(teacher: Page, feedback: 'each' | 'end'): Promise<string> {
  await teacher.goto(`${BASE}/teach/classroom`);
  await teacher.getByRole('radio', { name: /Media literacy basics/ }).check();
  await teacher.getByLabel('Quiz title').fill('Lateral reading');
  await teacher.getByRole('radio', { name: 'Pick them' }).check();
  for (const prompt of QUESTIONS) await teacher.getByRole('checkbox', { name: prompt }).check();
  await teacher
    .getByRole('radio', { name: feedback === 'each' ? 'After each question' : /Only the score/ })
    .check();
  await teacher.getByRole('button', { name: 'Create the quiz' }).click();
  await expect(teacher.getByRole('img', { name: 'QR code that opens the quiz' })).toBeVisible();
  return teacher.getByRole('textbox', { name: 'Quiz link' }).inputValue();
}

/** Puts packs in the teacher's storage, as the pack editor or an import would, and reloads the page. */
async function storePacks(teacher: Page, records: unknown[]): Promise<void> {
  await putRecords(teacher, 'packs', records);
  await teacher.reload();
}

/** Replaces one character in the middle of a code, as a mistyped or edited code would have. */
function tamper(code: string): string {
  const at = Math.floor(code.length / 2);
  return code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
}

/** A genuine code, but for a different quiz (made with the same library the app uses). */
async function codeFromAnotherQuiz(): Promise<string> {
  const pack = packSchema.parse({
    format: 'sourcewise-pack',
    version: 2,
    id: 'other',
    title: 'Other',
    questions: [{ id: 'q1', type: 'true-false', prompt: 'Sky is blue', skill: 'general', answer: true }]
  });
  const setup = createQuiz(
    pack,
    { builtIn: false, selection: 'all', order: 'fixed', secondsPerQuestion: 0, feedback: 'end' },
    { now: new Date(), random: Math.random }
  );
  if (!setup.ok) throw new Error(setup.message);
  const answers = [{ questionId: 'q1', response: true, seconds: 3 }];
  return encodeResult(
    { quizId: setup.quiz.quizId, name: 'Mallory', finishedAt: Date.now(), nonce: 'mallory-0001', answers },
    setup.quiz
  );
}

closeOwnContextsAfterEach(test);

test.describe('classroom quiz', () => {
  test.beforeEach(async () => {
    await startServer();
  });
  test.afterEach(stopServer);

  test('a student takes the quiz offline and the teacher collects, checks and exports the result', async ({
    browser
  }) => {
    const teacher = await (await browser.newContext({ acceptDownloads: true })).newPage();
    const student = await (await browser.newContext()).newPage();
    const link = await createQuizAsTeacher(teacher, 'each');
    // A built-in pack's quiz travels as a reference (q2), not as a list of question ids.
    expect(link).toMatch(/\/quiz#q2\.[A-Za-z0-9_-]+$/);

    await student.goto(link);
    await expect(student.getByRole('heading', { name: 'Lateral reading' })).toBeVisible();
    await expect(student.getByLabel(/Your name/)).toBeVisible();
    await student.waitForLoadState('networkidle');

    // The classroom's connection goes, for the student's device only.
    await student.context().setOffline(true);

    await student.getByLabel(/Your name/).fill('Anna Lee');
    await student.getByRole('button', { name: 'Start the quiz' }).click();
    await student.getByRole('button', { name: /Search for the website/ }).click();
    await expect(student.getByText('Right.')).toBeVisible();
    await student.getByRole('button', { name: 'Next' }).click();
    await student.getByRole('button', { name: /True/ }).click();
    await expect(student.getByText('Not quite.')).toBeVisible();
    await student.getByRole('button', { name: 'Next' }).click();
    await student.getByRole('button', { name: /Tom Reed/ }).click();
    await student.getByRole('button', { name: 'Next' }).click();
    await expect(student.getByText('You got 2 of 3 right.')).toBeVisible();
    await expect(student.getByRole('img', { name: 'QR code for your teacher to scan' })).toBeVisible();
    const code = await student.getByRole('textbox', { name: 'Your result code' }).inputValue();
    expect(code).toMatch(/^SW2\.[A-Za-z0-9_-]+$/);

    // The teacher (online all along) collects: one good code, a tampered one, one from another quiz, a duplicate.
    await teacher.getByRole('link', { name: 'Collect the results' }).click();
    const paste = teacher.getByRole('textbox', { name: /Paste one or more codes/ });
    await paste.fill(code);
    await teacher.getByRole('button', { name: 'Add codes' }).click();
    await expect(teacher.getByText('Added: Anna Lee')).toBeVisible();

    await paste.fill(`${tamper(code)}\n${await codeFromAnotherQuiz()}\n${code}`);
    await teacher.getByRole('button', { name: 'Add codes' }).click();
    const refusals = teacher.locator('.outcomes li');
    await expect(refusals).toHaveCount(3);
    await expect(refusals.nth(0)).toContainText(/damaged|changed/);
    await expect(refusals.nth(1)).toContainText('belongs to a different quiz');
    await expect(refusals.nth(2)).toContainText('Already collected (Anna Lee)');

    const table = teacher.getByRole('table', { name: 'Answers by student' });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('row', { name: /Anna Lee/ })).toContainText('2/3');
    await expect(teacher.getByText('average 66.7%')).toBeVisible();
    const difficulty = teacher.getByRole('table', { name: /most-chosen wrong answer/ });
    await expect(difficulty.getByRole('row', { name: /headline is written/ })).toContainText('True (1)');

    const [download] = await Promise.all([
      teacher.waitForEvent('download'),
      teacher.getByRole('button', { name: 'Download CSV' }).click()
    ]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const [header, row] = csv.split('\r\n');
    expect(header).toMatch(/^Student,Correct,Questions,Percent,Seconds,/);
    expect(row).toMatch(/^Anna Lee,2,3,66\.7,/);

    // Results persist in IndexedDB across a reload, and can be cleared after confirming.
    await teacher.reload();
    await expect(table.getByRole('row', { name: /Anna Lee/ })).toBeVisible();
    await teacher.getByRole('button', { name: 'Clear results' }).click();
    await teacher.getByRole('button', { name: 'Yes, delete them' }).click();
    await expect(teacher.getByText('No results yet.')).toBeVisible();
  });

  test('a reload mid-quiz keeps the answers already given', async ({ browser }) => {
    const teacher = await (await browser.newContext()).newPage();
    const student = await (await browser.newContext()).newPage();
    const link = await createQuizAsTeacher(teacher, 'end');

    await student.goto(link);
    await student.getByLabel(/Your name/).fill('Ben');
    await student.getByRole('button', { name: 'Start the quiz' }).click();
    await student.getByRole('button', { name: /Search for the website/ }).click();
    await expect(student.getByText('Question 2 / 3')).toBeVisible();

    await student.reload();
    await expect(student.getByText('Question 2 / 3')).toBeVisible();
    await student.getByRole('button', { name: /False/ }).click();
    await student.getByRole('button', { name: /Tom Reed/ }).click();
    await expect(student.getByText('You got 3 of 3 right.')).toBeVisible();
    // The student's own progress has the three answers, as in normal study, marked with the quiz.
    const logged = (await readAttempts(student)).filter((a) => a.quizId).length;
    expect(logged).toBe(3);

    // A finished quiz stays finished: a reload shows the same result code, not a fresh start.
    const code = await student.getByRole('textbox', { name: 'Your result code' }).inputValue();
    await student.reload();
    await expect(student.getByRole('textbox', { name: 'Your result code' })).toHaveValue(code);

    // The same name on another device sends a second, different code: both are kept and the teacher chooses.
    const again = await (await browser.newContext()).newPage();
    await again.goto(link);
    await again.getByLabel(/Your name/).fill('ben ');
    await again.getByRole('button', { name: 'Start the quiz' }).click();
    for (const answer of [/Read the site's own About page/, /True/, /The reporter/])
      await again.getByRole('button', { name: answer }).click();
    await expect(again.getByText('You got 0 of 3 right.')).toBeVisible();
    const second = await again.getByRole('textbox', { name: 'Your result code' }).inputValue();

    await teacher.getByRole('link', { name: 'Collect the results' }).click();
    await teacher.getByRole('textbox', { name: /Paste one or more codes/ }).fill(`${code} ${second}`);
    await teacher.getByRole('button', { name: 'Add codes' }).click();
    await expect(teacher.getByText('this name already sent a code')).toBeVisible();
    const table = teacher.getByRole('table', { name: 'Answers by student' });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('row', { name: /Ben/i })).toContainText('not counted until you choose');
    await teacher.getByRole('button', { name: /Keep .*: 3 right/ }).click();
    await expect(table.getByRole('row', { name: /Ben/i })).toContainText('3/3');
    await expect(table.getByRole('row', { name: /Ben/i })).not.toContainText('not counted');
  });

  test('with a timer, a question left unanswered is recorded as no answer', async ({ browser }) => {
    const teacher = await (await browser.newContext()).newPage();
    await teacher.goto(`${BASE}/teach/classroom`);
    await teacher.getByRole('radio', { name: /Media literacy basics/ }).check();
    await teacher.getByRole('radio', { name: 'Pick them' }).check();
    await teacher.getByRole('checkbox', { name: QUESTIONS[1] }).check();
    await teacher.getByRole('checkbox', { name: 'Use a timer' }).check();
    await teacher.getByLabel(/Seconds per question/).fill('5');
    await teacher.getByRole('button', { name: 'Create the quiz' }).click();
    const link = await teacher.getByRole('textbox', { name: 'Quiz link' }).inputValue();

    const student = await (await browser.newContext()).newPage();
    await student.goto(link);
    await student.getByLabel(/Your name/).fill('Chloé');
    await student.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(student.getByRole('timer')).toHaveText(/0:0[45]/);
    await expect(student.getByText('Time is up: no answer recorded.')).toBeVisible({ timeout: 8000 });
    await student.getByRole('button', { name: 'Next' }).click();
    await expect(student.getByText('You got 0 of 1 right.')).toBeVisible();

    // The student's own progress has it too: a miss, marked as time running out.
    await student.goto(`${BASE}/progress`);
    const history = student.getByRole('region', { name: 'Recent answers' }).getByRole('listitem');
    await expect(history).toHaveCount(1);
    await expect(history.first()).toContainText('Time ran out');
    await expect(student.getByRole('region', { name: 'Mastery by skill' })).toContainText('0%');
  });

  test('with the timer on, a question with its own time limit uses it instead of the quiz-wide seconds', async ({
    browser
  }) => {
    const teacher = await (await browser.newContext()).newPage();
    await teacher.goto(`${BASE}/teach/classroom`);
    await expect(teacher.getByRole('radio', { name: /Media literacy basics/ })).toBeVisible();
    const question = (id: string, prompt: string, timeLimit?: number) => ({
      id,
      type: 'true-false',
      prompt,
      explanation: '',
      skill: 'general',
      answer: true,
      ...(timeLimit ? { timeLimit } : {})
    });
    await storePacks(teacher, [
      {
        id: 'timed-pack',
        origin: 'imported',
        updatedAt: Date.now(),
        pack: {
          format: 'sourcewise-pack',
          version: 1,
          id: 'timed-pack',
          title: 'Quick and slow',
          description: '',
          language: 'en',
          sources: [],
          questions: [
            question('quick', 'A quick one from a Kahoot sheet', 5),
            question('slow', 'One that takes the quiz time')
          ]
        }
      }
    ]);
    await teacher.getByRole('radio', { name: /Quick and slow/ }).check();
    await teacher.getByRole('checkbox', { name: 'Use a timer' }).check();
    await teacher.getByLabel(/Seconds per question/).fill('90');
    await expect(
      teacher.getByText(/uses it instead of the seconds per question: 1 question here has one/)
    ).toBeVisible();
    await teacher.getByRole('button', { name: 'Create the quiz' }).click();
    const link = await teacher.getByRole('textbox', { name: 'Quiz link' }).inputValue();

    const student = await (await browser.newContext()).newPage();
    await student.goto(link);
    await expect(student.getByText('2 questions, 5–90 seconds each.', { exact: false })).toBeVisible();
    await student.getByLabel(/Your name/).fill('Jo');
    await student.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(student.getByText('A quick one from a Kahoot sheet')).toBeVisible();
    await expect(student.getByRole('timer')).toHaveText(/0:0[45]/);
    await expect(student.getByText('Time is up: no answer recorded.')).toBeVisible({ timeout: 8000 });
    await student.getByRole('button', { name: 'Next' }).click();
    await expect(student.getByText('One that takes the quiz time')).toBeVisible();
    await expect(student.getByRole('timer')).toHaveText(/1:(29|30)/);
    await student.getByRole('button', { name: /True/ }).click();
    await expect(student.getByText('Right.')).toBeVisible();
    await student.getByRole('button', { name: 'Next' }).click();
    await expect(student.getByText('You got 1 of 2 right.')).toBeVisible();

    await student.goto(`${BASE}/progress`);
    const history = student.getByRole('region', { name: 'Recent answers' }).getByRole('listitem');
    await expect(history).toHaveCount(2);
    await expect(history.nth(0)).toContainText('Right');
    await expect(history.nth(1)).toContainText('Time ran out');
  });

  test('the QR encoder and the camera decoder stay off the home page; the teach area fetches the decoder', async ({
    page
  }) => {
    const scripts: Promise<string>[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.text().catch(() => ''));
    });
    const loaded = async () => (await Promise.all(scripts)).join('\n');
    // Strings found only inside each library's own code.
    const QRCODE = 'Invalid QR Code version';
    const JSQR = 'attemptBoth';

    await page.goto(`${BASE}/`);
    await page.waitForLoadState('networkidle');
    expect(await loaded()).not.toContain(QRCODE);
    expect(await loaded()).not.toContain(JSQR);

    const link = await createQuizAsTeacher(page, 'end');
    expect(await loaded()).toContain(QRCODE);
    // The decoder is not precached (students load it on demand): the teach area fetches it when the browser is idle, so that
    // collecting results also works offline later (src/lib/state/teacher-tools.ts).
    await expect.poll(loaded).toContain(JSQR);
    expect(link).toContain('/quiz#');
    await page.getByRole('button', { name: 'Show full screen for a projector' }).click();
    await expect
      .poll(() => page.evaluate(() => document.fullscreenElement?.textContent ?? ''))
      .toContain('Lateral reading');
    await page.evaluate(() => document.exitFullscreen());

    await page.getByRole('link', { name: 'Collect the results' }).click();
    await page.getByRole('button', { name: 'Scan codes with the camera' }).click();
    // A test browser has no camera: the page says so instead of failing silently.
    await expect(page.getByRole('alert').filter({ hasText: /camera/i })).toBeVisible();
    await expect.poll(loaded).toContain(JSQR);
  });

  // The classroom pages' states, one test each so that a busy machine slows a short test rather than a long walk.
  const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
  const axe = (page: Page, scope: string) => expectNoAxeViolations(page, scope, { scope, tags: A11Y_TAGS });

  /** A teacher's quiz and a student who has opened its link, in two browser contexts. */
  async function teacherAndStudent(browser: Browser) {
    const teacher = await (await browser.newContext()).newPage();
    const student = await (await browser.newContext()).newPage();
    const link = await createQuizAsTeacher(teacher, 'each');
    await student.goto(link);
    await expect(student.getByLabel(/Your name/)).toBeVisible();
    return { teacher, student };
  }

  /** The student starts the quiz and answers its first question; its feedback is on screen. */
  async function answerFirstQuestion(student: Page) {
    await student.getByLabel(/Your name/).fill('Dev');
    await student.getByRole('button', { name: 'Start the quiz' }).click();
    await student.getByRole('button', { name: /Search for the website/ }).click();
    await expect(student.getByRole('button', { name: /Next/ })).toBeVisible();
  }

  /** From the first question's feedback, the student answers the rest and returns the result code. */
  async function finishQuiz(student: Page): Promise<string> {
    for (const answer of [/Next/, /False/, /Next/, /Tom Reed/, /Next/])
      await student.getByRole('button', { name: answer }).click();
    const code = student.getByRole('textbox', { name: 'Your result code' });
    await expect(code).toBeVisible();
    return code.inputValue();
  }

  test('the quiz set-up and the quiz start have no detectable accessibility problems', async ({
    browser
  }) => {
    const { teacher, student } = await teacherAndStudent(browser);
    await axe(teacher, '.classroom');
    await axe(student, '.quiz');
  });

  test('a quiz question with feedback and the end of the quiz have no detectable accessibility problems', async ({
    browser
  }) => {
    const { student } = await teacherAndStudent(browser);
    await answerFirstQuestion(student);
    await axe(student, '.quiz');
    await finishQuiz(student);
    await axe(student, '.quiz');
  });

  for (const theme of ['light', 'dark'] as const)
    test(`the results table has no detectable accessibility problems (${theme} theme)`, async ({
      browser
    }) => {
      const { teacher, student } = await teacherAndStudent(browser);
      await answerFirstQuestion(student);
      const code = await finishQuiz(student);
      await teacher.getByRole('link', { name: 'Collect the results' }).click();
      await teacher.getByRole('textbox', { name: /Paste one or more codes/ }).fill(`${code} nonsense`);
      await teacher.getByRole('button', { name: 'Add codes' }).click();
      await expect(teacher.getByText('Added: Dev')).toBeVisible();
      // Right and wrong cells keep their contrast in the dark theme too.
      await teacher.emulateMedia({ colorScheme: theme });
      await axe(teacher, '.results-page');
    });

  test("a teacher's own pack travels in the link; one too large for a QR code is animated and offered as a file", async ({
    browser
  }) => {
    const teacher = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await teacher.goto(`${BASE}/teach/classroom`);
    await expect(teacher.getByRole('radio', { name: /Media literacy basics/ })).toBeVisible();
    // Two packs of the teacher's own.
    const words = (i: number) =>
      Array.from({ length: 12 }, (_, k) => ((i * 7919 + k * 104729) % 99991).toString(36));
    const ownPack = (id: string, title: string, count: number) => ({
      id,
      origin: 'authored',
      updatedAt: Date.now(),
      pack: {
        format: 'sourcewise-pack',
        version: 1,
        id,
        title,
        description: '',
        language: 'en',
        sources: [],
        questions: Array.from({ length: count }, (_, i) => ({
          id: `${id}-${i}`,
          type: 'true-false',
          prompt: `Statement ${i + 1}: ${words(i).join(' ')}`,
          explanation: '',
          skill: 'general',
          answer: i % 2 === 0
        }))
      }
    });
    await storePacks(teacher, [
      ownPack('own-small', 'Own small pack', 2),
      ownPack('own-big', 'Own big pack', 80)
    ]);

    await teacher.getByRole('radio', { name: /Own big pack/ }).check();
    await teacher.getByRole('button', { name: 'Create the quiz' }).click();
    // Too large for one readable code: its parts are shown in turn, and the link and a file are offered too.
    await expect(teacher.getByText('too large for one readable QR code')).toBeVisible();
    await expect(
      teacher.getByRole('img', { name: /QR code that opens the quiz, part 1 of \d+/ })
    ).toBeVisible();
    const bigLink = await teacher.getByRole('textbox', { name: 'Quiz link' }).inputValue();
    const [download] = await Promise.all([
      teacher.waitForEvent('download'),
      teacher.getByRole('button', { name: 'Download the quiz as a file' }).click()
    ]);
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    expect(readFileSync((await download.path())!, 'utf8')).toContain(bigLink.replaceAll('&', '&#38;'));

    await teacher.getByRole('radio', { name: /Own small pack/ }).check();
    await teacher.getByRole('button', { name: 'Create the quiz' }).click();
    await expect(teacher.getByRole('img', { name: 'QR code that opens the quiz' })).toBeVisible();
    const link = await teacher.getByRole('textbox', { name: 'Quiz link' }).inputValue();

    // The student's device has never seen this pack: everything comes from the link.
    const student = await (await browser.newContext()).newPage();
    await student.goto(link);
    await expect(student.getByRole('heading', { name: 'Own small pack' })).toBeVisible();
    await student.getByLabel(/Your name/).fill('Emil');
    await student.getByRole('button', { name: 'Start the quiz' }).click();
    await student.getByRole('button', { name: /True/ }).click();
    await student.getByRole('button', { name: 'Next' }).click();
    await student.getByRole('button', { name: /True/ }).click();
    await student.getByRole('button', { name: 'Next' }).click();
    await expect(student.getByText('You got 1 of 2 right.')).toBeVisible();
  });

  test('a damaged quiz link says what is wrong', async ({ page }) => {
    await page.goto(`${BASE}/quiz#q1.this-is-not-a-quiz`);
    await expect(page.getByRole('heading', { name: 'This quiz cannot be opened' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'damaged' })).toBeVisible();
  });
});
