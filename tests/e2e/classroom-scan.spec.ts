/**
 * The teacher scans a student's result code with the camera. Chromium's fake camera plays a still picture of the
 * QR code (a YUV4MPEG2 file written before the browser starts), so the real getUserMedia → jsQR path is exercised.
 */
import { expect, test } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createQuiz, type Quiz } from '../../src/lib/domain/classroom';
import { encodeResult } from '../../src/lib/domain/classroom';
import { packSchema } from '../../src/lib/domain/packs/schema';
import { fakeCameraLaunchOptions, writeCameraVideo } from './helpers/camera';
import { putRecords } from './helpers/storage';
import { startStaticServer, type StaticServer } from './helpers/static-server';

const VIDEO = join(tmpdir(), 'sourcewise-classroom-scan.y4m');

test.use({ launchOptions: fakeCameraLaunchOptions(VIDEO) });

function makeQuiz(): Quiz {
  const pack = packSchema.parse({
    format: 'sourcewise-pack',
    version: 2,
    id: 'scan-pack',
    title: 'Scan pack',
    questions: [
      { id: 'q1', type: 'true-false', prompt: 'The summit was in Alaska.', skill: 'general', answer: true }
    ]
  });
  const setup = createQuiz(
    pack,
    {
      title: 'Scan quiz',
      builtIn: false,
      selection: 'all',
      order: 'fixed',
      secondsPerQuestion: 0,
      feedback: 'end'
    },
    { now: new Date(), random: Math.random }
  );
  if (!setup.ok) throw new Error(setup.message);
  return setup.quiz;
}

const quiz = makeQuiz();
let server: StaticServer;

test.beforeAll(async () => {
  const answers = [{ questionId: 'q1', response: true, seconds: 4 }];
  const code = encodeResult(
    { quizId: quiz.quizId, name: 'Scanned Student', finishedAt: Date.now(), nonce: 'scanned-0001', answers },
    quiz
  );
  writeCameraVideo(VIDEO, [code]);
  server = await startStaticServer('build');
});
test.afterAll(async () => {
  await server.close();
});

test("the teacher scans a student's QR code with the camera and the result is added", async ({ page }) => {
  await page.goto(`${server.url}/teach/classroom/results`);
  await expect(page.getByRole('heading', { name: 'Quiz results' })).toBeVisible();
  // The quiz as the teacher's device stored it when it was created.
  const record = {
    id: quiz.quizId,
    quizId: quiz.quizId,
    payload: { quiz, entries: [] },
    receivedAt: Date.now()
  };
  await putRecords(page, 'classes', [record]);
  await page.goto(`${server.url}/teach/classroom/results?quiz=${quiz.quizId}`);
  await expect(page.getByRole('heading', { name: 'Scan quiz: results' })).toBeVisible();
  await page.getByRole('button', { name: 'Scan codes with the camera' }).click();
  await expect(page.getByText('Added: Scanned Student')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Stop scanning' }).click();
  const table = page.getByRole('table', { name: 'Answers by student' });
  await expect(table.getByRole('row', { name: /Scanned Student/ })).toContainText('1/1');
});
