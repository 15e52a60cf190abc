/**
 * The teacher scans a student's result code with the camera. Chromium's fake camera plays a still picture of the
 * QR code (a YUV4MPEG2 file written before the browser starts), so the real getUserMedia → jsQR path is exercised.
 */
import { expect, test } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { createQuiz, type Quiz } from '../../src/lib/domain/classroom';
import { encodeResult } from '../../src/lib/domain/classroom';
import { packSchema } from '../../src/lib/domain/packs/schema';
import { putRecords } from './helpers/storage';
import { startStaticServer, type StaticServer } from './helpers/static-server';

const VIDEO = join(tmpdir(), 'sourcewise-classroom-scan.y4m');

test.use({
  launchOptions: {
    executablePath:
      process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${VIDEO}`
    ]
  }
});

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

/** A still camera picture of a QR code of `text`, 640×480, in the format Chromium's fake camera plays. */
function writeCameraFile(path: string, text: string): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const [width, height, scale] = [640, 480, 6];
  const side = qr.modules.size * scale;
  const luma = new Uint8Array(width * height).fill(235);
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++)
      if (qr.modules.get(Math.floor(y / scale), Math.floor(x / scale)))
        luma[(top + y) * width + left + x] = 16;
  const chroma = new Uint8Array(width * height * 0.5).fill(128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: 10 }, () => frame)]));
}

const quiz = makeQuiz();
let server: StaticServer;

test.beforeAll(async () => {
  const answers = [{ questionId: 'q1', response: true, correct: true, seconds: 4 }];
  const code = await encodeResult(
    { quizId: quiz.quizId, name: 'Scanned Student', finishedAt: Date.now(), answers },
    quiz
  );
  writeCameraFile(VIDEO, code);
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
