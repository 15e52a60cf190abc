/**
 * A student scans the quiz with the app's own scanner ("Scan with this device" on /quiz): the animated parts of a
 * quiz too large for one QR code, taken from the teacher's page and played to a second browser's fake camera in
 * another order, a single-code quiz link, and a code that is not a quiz. Without a camera, or offline before the
 * decoder was ever fetched, the page says to use the phone's camera app instead.
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPart } from '../../src/lib/domain/classroom';
import { expectNoAxeViolations } from './helpers/axe';
import { launchWithCamera, writeCameraVideo } from './helpers/camera';
import { closeOwnContextsAfterEach } from './helpers/contexts';
import { twentyChecksRecord } from './helpers/own-pack';
import { decodeScreenshot, READ_TIMEOUT } from './helpers/qr';
import { putRecords } from './helpers/storage';

const PHONE = { width: 390, height: 844 };
const video = (name: string) => join(tmpdir(), `sourcewise-quiz-scan-${name}-${process.pid}.y4m`);

closeOwnContextsAfterEach(test);

/** The text of the QR code drawn in `image`, decoded from a picture of it (null until it reads). */
async function decodeImage(page: Page, image: Locator): Promise<string | null> {
  return decodeScreenshot(page, await image.screenshot());
}

/** A student's phone: a browser of its own whose camera plays `file`; closed by the caller. */
async function phoneWithCamera(file: string, baseURL: string | undefined) {
  const phone = await launchWithCamera(file);
  const page = await (await phone.newContext({ viewport: PHONE, baseURL })).newPage();
  return { phone, page };
}

async function teacherPage(browser: Browser): Promise<Page> {
  const teacher = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await teacher.goto('/teach/classroom');
  await expect(teacher.getByRole('radio', { name: /Media literacy basics/ })).toBeVisible();
  return teacher;
}

test('a student scans the animated parts of a large quiz with this device, in any order, and the quiz opens', async ({
  browser,
  baseURL
}) => {
  test.setTimeout(300_000);
  const teacher = await teacherPage(browser);
  await putRecords(teacher, 'packs', [twentyChecksRecord()]);
  await teacher.reload();
  await teacher.getByRole('radio', { name: /Twenty checks/ }).check();
  await teacher.getByRole('button', { name: 'Create the quiz' }).click();
  await expect(teacher.getByRole('heading', { name: 'Twenty checks: 20 questions' })).toBeVisible();
  const link = await teacher.getByRole('textbox', { name: 'Quiz link' }).inputValue();
  const count = Number(/of (\d+)/.exec(await teacher.getByTestId('qr-part').innerText())?.[1]);
  expect(count).toBeGreaterThan(1);

  // The parts exactly as the teacher's page draws them: paused, stepped through, each code read from its picture.
  await teacher.getByRole('button', { name: 'Pause the codes' }).click();
  const parts = new Map<number, string>();
  for (let i = 0; i < count; i++) {
    const shown = Number(/Part (\d+)/.exec(await teacher.getByTestId('qr-part').innerText())?.[1]);
    const image = teacher.getByRole('img', {
      name: `QR code that opens the quiz, part ${shown} of ${count}`
    });
    await expect
      .poll(
        async () => {
          const text = await decodeImage(teacher, image);
          const read = text ? readPart(text) : null;
          if (read?.ok && read.part.index === shown) parts.set(shown, text!);
          return read?.ok ? read.part.index : null;
        },
        { timeout: READ_TIMEOUT }
      )
      .toBe(shown);
    await teacher.getByRole('button', { name: 'Next part' }).click();
  }
  expect(parts.size).toBe(count);

  // The camera sees them in another order than the teacher's (from the middle, backwards), each for as long as the
  // teacher's page shows one (0.9 s), over and over.
  const order = [...parts.keys()].sort((a, b) => b - a);
  const shuffled = [...order.slice(count >> 1), ...order.slice(0, count >> 1)];
  const file = video('parts');
  writeCameraVideo(
    file,
    shuffled.map((index) => parts.get(index)!),
    { framesEach: 9, fps: 10 }
  );

  const { phone, page: student } = await phoneWithCamera(file, baseURL);
  try {
    const decoder: string[] = [];
    student.on('request', (request) => {
      if (/\/ondemand-[^/]+\.js$/.test(request.url())) decoder.push(request.url());
    });
    await student.goto('/quiz');
    await expect(student.getByRole('heading', { name: 'Join a quiz' })).toBeVisible();
    await student.waitForLoadState('networkidle');
    // The QR decoder (130 KB) is not downloaded until the student asks to scan.
    expect(decoder).toEqual([]);
    const scan = student.getByRole('button', { name: 'Scan with this device' });
    await scan.focus();
    await student.keyboard.press('Enter');
    await expect(student.getByRole('button', { name: 'Stop scanning' })).toBeFocused();
    expect(decoder).toHaveLength(1);
    // Live progress while the camera keeps reading: the count climbs part by part, duplicates are not counted.
    const progress = student.getByTestId('parts-progress');
    await expect(progress).toHaveText(new RegExp(`^[1-9]\\d* of ${count} parts`), { timeout: 60_000 });
    await expect(student.getByRole('heading', { name: 'Collecting the quiz' })).toBeVisible();
    await expect(student.getByLabel('Camera view for scanning the quiz codes')).toBeVisible();
    await expectNoAxeViolations(student, 'scanning the parts', { scope: '.quiz' });
    // The last part opens the quiz, with every question, and the address is the whole quiz link.
    await expect(student.getByRole('heading', { name: 'Twenty checks' })).toBeVisible({ timeout: 120_000 });
    await expect(student.getByText(/^20 questions/)).toBeVisible();
    await expect.poll(() => student.url()).toBe(link);
    await student.getByLabel('Your name, as your teacher should see it').fill('Scanning Student');
    await student.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(student.getByText('Question 1 / 20')).toBeVisible();
  } finally {
    await phone.close();
    rmSync(file);
  }
});

test('a single-code quiz link scanned with this device opens the quiz; a code that is not a quiz is refused', async ({
  browser,
  baseURL
}) => {
  test.setTimeout(180_000);
  const teacher = await teacherPage(browser);
  await teacher.getByRole('radio', { name: /Media literacy basics/ }).check();
  await teacher.getByRole('button', { name: 'Create the quiz' }).click();
  const link = await teacher.getByRole('textbox', { name: 'Quiz link' }).inputValue();
  const made = teacher.getByRole('heading', { name: /: \d+ questions$/ });
  const title = (await made.innerText()).split(':')[0];

  const foreign = video('foreign');
  writeCameraVideo(foreign, ['https://example.org/lunch-menu']);
  const first = await phoneWithCamera(foreign, baseURL);
  try {
    await first.page.goto('/quiz');
    await first.page.getByRole('button', { name: 'Scan with this device' }).click();
    await expect(
      first.page.getByRole('status').filter({ hasText: /not a Sourcewise quiz code/ })
    ).toBeVisible();
    // Still waiting for a quiz, still scanning; cancelling stops the camera.
    await expect(first.page.getByRole('heading', { name: 'Join a quiz' })).toBeVisible();
    await first.page.getByRole('button', { name: 'Stop scanning' }).click();
    await expect(first.page.getByRole('button', { name: 'Scan with this device' })).toBeFocused();
    await expect(first.page.getByLabel('Camera view for scanning the quiz codes')).toHaveCount(0);
  } finally {
    await first.phone.close();
    rmSync(foreign);
  }

  const single = video('single');
  writeCameraVideo(single, [link]);
  const second = await phoneWithCamera(single, baseURL);
  try {
    await second.page.goto('/quiz');
    await second.page.getByRole('button', { name: 'Scan with this device' }).click();
    await expect(second.page.getByRole('heading', { name: title })).toBeVisible({ timeout: 60_000 });
    await expect.poll(() => second.page.url()).toBe(link);
  } finally {
    await second.phone.close();
    rmSync(single);
  }
});

test('without a camera, or offline before the scanner was ever loaded, the page says to use the camera app', async ({
  browser
}) => {
  // The test browser has no camera.
  const noCamera = await (await browser.newContext({ viewport: PHONE })).newPage();
  await noCamera.goto('/quiz');
  await noCamera.getByRole('button', { name: 'Scan with this device' }).click();
  await expect(noCamera.getByRole('alert')).toContainText(/camera.*use your phone's camera app/i);
  await expect(noCamera.getByRole('button', { name: 'Scan with this device' })).toBeEnabled();

  const context = await browser.newContext({ viewport: PHONE });
  const offline = await context.newPage();
  await offline.goto('/quiz');
  await expect(offline.getByRole('heading', { name: 'Join a quiz' })).toBeVisible();
  await context.setOffline(true);
  await offline.getByRole('button', { name: 'Scan with this device' }).click();
  await expect(offline.getByRole('alert')).toContainText(
    "The scanner could not be loaded (this device is offline and has not used it before). Use your phone's camera app to scan each part instead"
  );
  await expect(offline.getByRole('heading', { name: 'Join a quiz' })).toBeVisible();
});
