/**
 * Classroom codes as a real room meets them, with two browser contexts (teacher and student) on the shared test
 * server; the student's context goes offline with `setOffline`, the server keeps running for tests beside it.
 * - every quiz QR code is read by jsQR from a screenshot scaled to what a phone sees at classroom distance;
 * - a student offline from the first question loses no answer, and a reload resumes where they were;
 * - the teacher's table marks answers itself and refuses or flags replayed, misdated and look-alike-name codes.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  addPart,
  decodeQuiz,
  decodeResult,
  encodeResult,
  openRef,
  readPart,
  type PartCollection,
  type Quiz,
  type QuizResult
} from '../../src/lib/domain/classroom';
import { packSchema } from '../../src/lib/domain/packs/schema';
import { expectNoAxeViolations } from './helpers/axe';
import { closeOwnContextsAfterEach } from './helpers/contexts';
import { twentyChecksRecord } from './helpers/own-pack';
import { decodeScreenshot, READ_TIMEOUT } from './helpers/qr';
import { putRecords } from './helpers/storage';

/** A 1080p projector, photographed by a phone at 640 px wide. */
const PROJECTOR = { width: 1920, height: 1080 };
const PHONE_WIDTH = 640;

/**
 * Screenshots the page (the projector's picture), scales it down to the phone's 640 px in the page's own canvas
 * (smoothed, as a camera's sensor averages), and decodes it with jsQR, as a phone's scanner would.
 */
async function decodeAsPhoneSees(page: Page): Promise<string | null> {
  return decodeScreenshot(page, await page.screenshot(), PHONE_WIDTH);
}

/** The QR code's version, from the drawn SVG (modules + 8 for the quiet zone; version v has 17 + 4v modules). */
async function qrVersion(page: Page, name: string): Promise<number> {
  const viewBox = await page.getByRole('img', { name }).getAttribute('viewBox');
  const modules = Number(viewBox?.split(' ')[2]) - 8;
  return (modules - 17) / 4;
}

async function showOnProjector(teacher: Page): Promise<void> {
  await expect(teacher.getByRole('img', { name: 'QR code that opens the quiz' })).toBeVisible();
  await teacher.getByRole('button', { name: 'Show full screen for a projector' }).click();
  await expect.poll(() => teacher.evaluate(() => Boolean(document.fullscreenElement))).toBe(true);
  // The code grows to the screen's height once the page has been laid out in full screen, which a busy machine
  // paints a few frames after the switch: a picture taken before would show the small code.
  const code = teacher.getByRole('img', { name: 'QR code that opens the quiz' });
  await expect
    .poll(async () => (await code.boundingBox())?.height ?? 0)
    .toBeGreaterThan(PROJECTOR.height * 0.6);
}

/** A phone's scanner reads frame after frame until one decodes; so does this, for as long as expect allows. */
async function expectPhoneReads(teacher: Page, link: string): Promise<void> {
  await expect.poll(() => decodeAsPhoneSees(teacher), { timeout: READ_TIMEOUT }).toBe(link);
}

const largestBuiltInPack = Math.max(
  ...(
    JSON.parse(readFileSync('static/packs/index.json', 'utf8')) as { packs: { questionCount: number }[] }
  ).packs.map((p) => p.questionCount)
);
const basics = packSchema.parse(JSON.parse(readFileSync('static/packs/media-literacy-basics.json', 'utf8')));

/** The quiz as the teacher's device holds it, from the link the page shows (as a student's device opens it). */
function quizOf(link: string): Quiz {
  const decoded = decodeQuiz(link);
  if (!decoded.ok) throw new Error(decoded.message);
  if (decoded.kind === 'quiz') return decoded.quiz;
  if (decoded.kind !== 'ref') throw new Error('a typed code or a part, not a link');
  const opened = openRef(decoded.payload, decoded.ref, basics);
  if (!opened.ok) throw new Error(opened.message);
  return opened.quiz;
}

async function newPage(browser: Browser, viewport = { width: 1280, height: 800 }) {
  return (await browser.newContext({ viewport })).newPage();
}

closeOwnContextsAfterEach(test);

test.describe('quiz QR codes a phone can read', () => {
  test('the whole corpus pack, the largest built-in quiz, as a QR code of version 10 or lower', async ({
    browser
  }) => {
    const teacher = await newPage(browser, PROJECTOR);
    await teacher.goto('/teach/classroom');
    await teacher.getByRole('radio', { name: /The Alaska summit/ }).check();
    const all = teacher.getByRole('radio', { name: /^All \d+/ });
    await expect(all).toBeChecked();
    const count = Number((await all.evaluate((e) => e.parentElement?.textContent ?? '')).match(/\d+/)?.[0]);
    // The corpus pack is the largest built-in pack, and every one of its questions goes in the quiz.
    expect(count).toBe(largestBuiltInPack);
    await teacher.getByRole('button', { name: 'Create the quiz' }).click();
    // Nothing cut: "All N" makes a quiz of N questions.
    await expect(
      teacher.getByRole('heading', { name: `The Alaska summit: ${count} questions` })
    ).toBeVisible();
    const link = await teacher.getByRole('textbox', { name: 'Quiz link' }).inputValue();
    expect(await qrVersion(teacher, 'QR code that opens the quiz')).toBeLessThanOrEqual(10);
    await showOnProjector(teacher);
    await expectPhoneReads(teacher, link);
  });

  test('a 20-question quiz on the teacher’s own pack', async ({ browser }) => {
    // Every part is photographed and decoded in turn: slow on a busy machine.
    test.setTimeout(300_000);
    const teacher = await newPage(browser, PROJECTOR);
    await teacher.goto('/teach/classroom');
    await expect(teacher.getByRole('radio', { name: /Media literacy basics/ })).toBeVisible();
    await putRecords(teacher, 'packs', [twentyChecksRecord()]);
    await teacher.reload();
    await teacher.getByRole('radio', { name: /Twenty checks/ }).check();
    await teacher.getByRole('radio', { name: 'Only the score at the end' }).check();
    await teacher.getByRole('button', { name: 'Create the quiz' }).click();
    await expect(teacher.getByRole('heading', { name: 'Twenty checks: 20 questions' })).toBeVisible();
    const link = await teacher.getByRole('textbox', { name: 'Quiz link' }).inputValue();
    // Too dense for one code a phone reads from a projector: the parts are shown in turn, each of version 10 or less.
    await expect(teacher.getByText(/too large for one readable QR code/)).toBeVisible();
    const count = Number(/of (\d+)/.exec(await teacher.getByTestId('qr-part').innerText())?.[1]);
    expect(count).toBeGreaterThan(1);
    await showOnProjector(teacher);
    // A phone's scanner catches whichever part is on screen: the animation goes round by itself.
    const seen = new Map<string, string>();
    const look = async () => {
      const text = await decodeAsPhoneSees(teacher);
      const read = text ? readPart(text) : null;
      if (read?.ok) seen.set(String(read.part.index), text!);
      return read?.ok ? read.part.index : null;
    };
    await expect.poll(look, { timeout: READ_TIMEOUT }).not.toBeNull();
    const first = await teacher.getByTestId('qr-part').innerText();
    await expect.poll(() => teacher.getByTestId('qr-part').innerText()).not.toBe(first);
    // Paused, the teacher steps through the parts: every one reads at classroom distance, and is of version 10 or less.
    await teacher.getByRole('button', { name: 'Pause the codes' }).click();
    for (let i = 0; i < count; i++) {
      const shown = Number(/Part (\d+)/.exec(await teacher.getByTestId('qr-part').innerText())?.[1]);
      expect(await qrVersion(teacher, `part ${shown} of ${count}`)).toBeLessThanOrEqual(10);
      // The code is redrawn a moment after the part number changes: read until the new one is on screen.
      await expect.poll(look, { timeout: READ_TIMEOUT }).toBe(shown);
      await teacher.getByRole('button', { name: 'Next part' }).click();
    }
    expect(seen.size).toBe(count);
    // Joined in the order they were seen (any order will do), the parts are the link.
    const parts = [...seen.values()];
    let collection: PartCollection | null = null;
    let joined: string | null = null;
    for (const text of parts) {
      const read = readPart(text);
      if (!read?.ok) throw new Error('a part was refused');
      const added = addPart(collection, read.part);
      collection = added.collection;
      joined = added.payload ?? joined;
    }
    expect(`${link.slice(0, link.indexOf('#') + 1)}${joined}`).toBe(link);
    await teacher.evaluate(() => document.exitFullscreen());

    // The student's camera opens each part as a link: any order, one twice, a misread one refused; the last opens it.
    const student = await newPage(browser);
    const ordered = [...parts].reverse();
    const at = ordered[0].length - 10;
    const misread = ordered[0].slice(0, at) + (ordered[0][at] === 'A' ? 'B' : 'A') + ordered[0].slice(at + 1);
    await student.goto(misread);
    await expect(student.getByRole('alert')).toContainText('misread or damaged');
    await student.goto(ordered[0]);
    await expect(student.getByTestId('parts-progress')).toHaveText(`1 of ${count} parts.`);
    // The same part scanned again (opened again, as a camera app does).
    await student.reload();
    await expect(student.getByTestId('parts-progress')).toContainText('you had this one already');
    for (const [i, part] of ordered.slice(1, -1).entries()) {
      await student.goto(part);
      await expect(student.getByTestId('parts-progress')).toHaveText(`${i + 2} of ${count} parts.`);
    }
    await student.goto(ordered.at(-1)!);
    await expect(student.getByRole('heading', { name: 'Twenty checks' })).toBeVisible();
    await expect.poll(() => student.url()).toBe(link);
    await expectNoAxeViolations(teacher, 'animated quiz codes');
  });
});

test('a short quiz code typed on a phone opens the same quiz as the link', async ({ browser }) => {
  const teacher = await newPage(browser);
  await teacher.goto('/teach/classroom');
  await teacher.getByRole('radio', { name: /Media literacy basics/ }).check();
  await teacher.getByRole('radio', { name: 'A random set' }).check();
  await teacher.getByLabel('How many').fill('4');
  await teacher.getByRole('radio', { name: 'Shuffled for each student' }).check();
  await teacher.getByRole('button', { name: 'Create the quiz' }).click();
  const code = (await teacher.getByTestId('short-code').textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const link = await teacher.getByRole('textbox', { name: 'Quiz link' }).inputValue();

  // One student scans the QR code (the link), another types the code, sloppily, on a phone.
  const scanned = await newPage(browser, { width: 390, height: 844 });
  const typed = await newPage(browser, { width: 390, height: 844 });
  await scanned.goto(link);
  await typed.goto('/quiz');
  await typed.getByLabel(/quiz code your teacher shows/).fill('nope');
  await typed.getByRole('button', { name: 'Open the quiz' }).click();
  await expect(typed.getByRole('alert')).toContainText('has 8 letters and digits');
  await expectNoAxeViolations(typed, '.quiz', { scope: '.quiz', tags: ['wcag2a', 'wcag2aa', 'wcag21aa'] });
  await expectNoAxeViolations(teacher, '.classroom', {
    scope: '.classroom',
    tags: ['wcag2a', 'wcag2aa', 'wcag21aa']
  });
  await typed.getByLabel(/quiz code your teacher shows/).fill(code.toLowerCase().replace('-', ' '));
  await typed.getByRole('button', { name: 'Open the quiz' }).click();
  const firstQuestions: string[] = [];
  for (const student of [scanned, typed]) {
    await expect(student.getByRole('heading', { name: 'Media literacy basics' })).toBeVisible();
    await expect(student.getByText(/^4 questions/)).toBeVisible();
    await student.getByLabel(/Your name/).fill('Sam');
    await student.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(student.getByText('Question 1 / 4')).toBeVisible();
    firstQuestions.push(await student.locator('.quiz').innerText());
  }
  // The same questions in the same order (the order is shuffled from the seed and the name).
  expect(firstQuestions[1]).toBe(firstQuestions[0]);
});

/** Reads what the student's device stored for this quiz, straight from IndexedDB. */
function storedAnswers(student: Page, quizId: string): Promise<number> {
  return student.evaluate(
    (key) =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('sourcewise');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get(key);
          get.onsuccess = () => {
            open.result.close();
            done((get.result as { answers?: unknown[] } | undefined)?.answers?.length ?? -1);
          };
          get.onerror = () => fail(get.error);
        };
      }),
    `quiz-attempt:${quizId}`
  );
}

async function createBasicsQuiz(teacher: Page, title: string): Promise<string> {
  await teacher.goto('/teach/classroom');
  await teacher.getByRole('radio', { name: /Media literacy basics/ }).check();
  await teacher.getByLabel('Quiz title').fill(title);
  await teacher.getByRole('radio', { name: 'Pick them' }).check();
  for (const prompt of [/striking statistic/, /headline is written/, /losing forty parking/])
    await teacher.getByRole('checkbox', { name: prompt }).check();
  await teacher.getByRole('radio', { name: /Only the score/ }).check();
  await teacher.getByRole('button', { name: 'Create the quiz' }).click();
  return teacher.getByRole('textbox', { name: 'Quiz link' }).inputValue();
}

/** A teacher's quiz and a student who has started it under `name`; the student's context goes offline at question 1. */
async function studentOfflineAtFirstQuestion(browser: Browser, title: string, name: string) {
  const teacher = await newPage(browser);
  const student = await newPage(browser);
  const link = await createBasicsQuiz(teacher, title);
  await student.goto(link);
  await student.getByLabel(/Your name/).fill(name);
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(student.getByText('Question 1 / 3')).toBeVisible();
  await student.context().setOffline(true);
  return { teacher, student, link, quiz: quizOf(link) };
}

test.describe('no answer lost, no score forged', () => {
  test('offline from the first question, every answer is stored before the next shows, a reload resumes, and the code holds them all', async ({
    browser
  }) => {
    const { student, quiz } = await studentOfflineAtFirstQuestion(browser, 'Offline walk', 'Nadia');

    await student.getByRole('button', { name: /Search for the website/ }).click();
    await expect(student.getByText('Question 2 / 3')).toBeVisible();
    expect(await storedAnswers(student, quiz.quizId)).toBe(1);
    await student.getByRole('button', { name: /True/ }).click();
    await expect(student.getByText('Question 3 / 3')).toBeVisible();
    expect(await storedAnswers(student, quiz.quizId)).toBe(2);

    // A reload (the connection is back for a moment) resumes at the third question, then the room goes offline again.
    await student.context().setOffline(false);
    await student.reload();
    await expect(student.getByText('Question 3 / 3')).toBeVisible();
    await student.context().setOffline(true);
    await student.getByRole('button', { name: /Tom Reed/ }).click();
    await expect(student.getByText('You got 2 of 3 right.')).toBeVisible();
    expect(await storedAnswers(student, quiz.quizId)).toBe(3);

    const code = await student.getByRole('textbox', { name: 'Your result code' }).inputValue();
    const decoded = await decodeResult(code, quiz);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.result.name).toBe('Nadia');
    expect(decoded.result.answers.map((a) => a.questionId)).toEqual([
      'mlb-lateral-first-step',
      'mlb-headline-body',
      'mlb-quote-who'
    ]);
    expect(decoded.result.answers[1].response).toBe(true);
    expect(decoded.result.answers.every((a) => a.response !== null)).toBe(true);
  });

  test('the teacher marks answers on their own device and refuses replayed and misdated codes, and flags look-alike names', async ({
    browser
  }) => {
    const { teacher, student, quiz, link } = await studentOfflineAtFirstQuestion(
      browser,
      'Honest scores',
      'Anna'
    );
    for (const answer of [/Search for the website/, /False/, /Tom Reed/])
      await student.getByRole('button', { name: answer }).click();
    await expect(student.getByText('You got 3 of 3 right.')).toBeVisible();
    const anna = await student.getByRole('textbox', { name: 'Your result code' }).inputValue();
    const real = await decodeResult(anna, quiz);
    if (!real.ok) throw new Error(real.message);

    // What a student with the link could make by hand, with the same library the app uses.
    const made = (changes: Partial<QuizResult>) =>
      encodeResult({ ...real.result, nonce: real.result.nonce!, ...changes }, quiz);
    const wrong = real.result.answers.map((a) => ({ ...a, response: null }));
    const mallory = made({ name: 'Mallory', nonce: 'mallory-0001', answers: wrong });
    const replayed = made({ name: 'Zed' });
    const future = made({ name: 'Tim', nonce: 'future-00001', finishedAt: Date.now() + 3_600_000 });
    const early = made({ name: 'Eve', nonce: 'early-000001', finishedAt: quiz.createdAt - 3_600_000 });
    const lookAlike = made({ name: '\u0410nna', nonce: 'lookalike-01' }); // Cyrillic А

    await teacher.getByRole('link', { name: 'Collect the results' }).click();
    await teacher
      .getByRole('textbox', { name: /Paste one or more codes/ })
      .fill([anna, mallory, replayed, future, early, lookAlike].join('\n'));
    await teacher.getByRole('button', { name: 'Add codes' }).click();
    const outcomes = teacher.locator('.outcomes li');
    await expect(outcomes).toHaveCount(6);
    await expect(outcomes.nth(0)).toContainText('Added: Anna');
    await expect(outcomes.nth(1)).toContainText('Added: Mallory');
    await expect(outcomes.nth(2)).toContainText('repeats an attempt already collected (from Anna)');
    await expect(outcomes.nth(3)).toContainText('after you collected it');
    await expect(outcomes.nth(4)).toContainText('before this quiz was made');
    await expect(outcomes.nth(5)).toContainText('this name already sent a code');

    const table = teacher.getByRole('table', { name: 'Answers by student' });
    // Marked here: a code holds answers, and Mallory's earn nothing.
    await expect(table.getByRole('row', { name: /Mallory/ })).toContainText('0/3');
    const annaRow = table.getByRole('row', { name: /Anna/ });
    await expect(annaRow).toContainText('not counted until you choose');
    await expect(annaRow).toContainText('mixes Latin and Cyrillic letters');
    await expect(teacher.getByText('average 0%')).toBeVisible();
    await teacher.getByRole('button', { name: /Keep “Anna”/ }).click();
    await expect(annaRow).toContainText('3/3');
    await expect(teacher.getByText('average 50%')).toBeVisible();
    await expect(teacher.locator('#what-codes-prove')).toContainText('cheating, not forgery');

    // On another device (a colleague's, at home), the quiz link is the key: paste it, then the code.
    const elsewhere = await newPage(browser);
    await elsewhere.goto('/teach/classroom/results');
    await elsewhere
      .getByLabel(/Collect a quiz made on another device/)
      .fill('https://example.org/quiz#nonsense');
    await elsewhere.getByRole('button', { name: 'Collect this quiz here' }).click();
    await expect(elsewhere.getByRole('alert')).toContainText('not a Sourcewise quiz link');
    await elsewhere.getByLabel(/Collect a quiz made on another device/).fill(link);
    await elsewhere.getByRole('button', { name: 'Collect this quiz here' }).click();
    await expect(elsewhere.getByRole('heading', { name: 'Honest scores: results' })).toBeVisible();
    await elsewhere.getByRole('textbox', { name: /Paste one or more codes/ }).fill(anna);
    await elsewhere.getByRole('button', { name: 'Add codes' }).click();
    await expect(
      elsewhere.getByRole('table', { name: 'Answers by student' }).getByRole('row', { name: /Anna/ })
    ).toContainText('3/3');
  });
});
