/**
 * Offline: after one online visit the service worker has the whole app. The test serves the build itself and
 * really stops the server, then reloads every route and keeps studying.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { answerRun, basicsPack, BASICS, expectQuestion, waitForServiceWorker } from './helpers/study';

const pack = basicsPack();
const ARTICLE_PACK = 'rare-trump-putin-meet-in-alaska';
const articlePackTitle = (
  JSON.parse(readFileSync(`build/packs/${ARTICLE_PACK}.json`, 'utf8')) as { title: string }
).title;
let server: StaticServer | null = null;

test.afterEach(async () => {
  await server?.close();
  server = null;
});

test('after one online visit, every route comes back with the server stopped, and answers still save', async ({
  page
}) => {
  server = await startStaticServer('build');
  const base = server.url;
  await page.goto(`${base}/`);
  await waitForServiceWorker(page);
  await server.close();
  server = null;
  await expect((await page.request.get(`${base}/`).catch(() => null))?.ok() ?? false).toBe(false);

  const source = pack.sources[0];
  const routes: [string, RegExp | string][] = [
    ['/', 'Packs'],
    ['/review', 'Review due'],
    ['/progress', 'Your progress'],
    ['/settings', 'Settings'],
    [`/study/${BASICS}`, pack.title],
    // A one-article pack's page is not precached itself: the fallback shell renders it from the precached pack.
    [`/study/${ARTICLE_PACK}`, articlePackTitle],
    [`/article/${source.id}?pack=${BASICS}&start=0&end=10`, source.title],
    ['/no-such-page', 'Page not found'],
    ['/study/no-such-pack', 'Study']
  ];
  for (const [path, heading] of routes) {
    await page.goto(`${base}${path}`);
    await expect(page.getByRole('heading', { name: heading }).first(), path).toBeVisible();
  }
  await expect(page.getByText('There is no pack called "no-such-pack".')).toBeVisible();

  // Study offline: the answers are written to IndexedDB and show up in progress after a reload.
  await page.goto(`${base}/study/${BASICS}`);
  await answerRun(page, pack, 0, 3);
  await page.reload();
  await expectQuestion(page, pack.questions[3]);
  await page.goto(`${base}/progress`);
  const history = page.getByRole('heading', { name: 'Recent answers' }).locator('..').getByRole('listitem');
  await expect(history).toHaveCount(3);
});

test('after one online visit to /, the teacher area and the quiz page also come back with the server stopped', async ({
  page
}) => {
  server = await startStaticServer('build');
  const base = server.url;
  await page.goto(`${base}/`);
  await waitForServiceWorker(page);
  await server.close();
  server = null;

  const routes: [string, string][] = [
    ['/teach', 'Teach'],
    ['/teach/import', 'Import a pack'],
    ['/teach/edit', 'Edit pack'],
    ['/teach/classroom', 'Classroom quiz'],
    ['/teach/classroom/results', 'Quiz results'],
    ['/quiz', 'This quiz cannot be opened']
  ];
  for (const [path, heading] of routes) {
    await page.goto(`${base}${path}`);
    await expect(page.getByRole('heading', { name: heading }).first(), path).toBeVisible();
  }
});

test('teacher-only code (spreadsheets, QR scanning) works offline after a first online visit to /teach', async ({
  page
}) => {
  // Not precached (see vite.config.ts): the teach layout fetches these files into the worker's runtime cache.
  const teacherFiles = readdirSync('build/_app/immutable/chunks').filter((f) => f.startsWith('teacher-'));
  expect(teacherFiles.length).toBeGreaterThan(2);
  server = await startStaticServer('build');
  const base = server.url;
  // The very first visit, straight to /teach: the page is not yet controlled by the service worker.
  await page.goto(`${base}/teach`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(
    async (count) => {
      const keys = await (await caches.open('teacher-tools')).keys();
      return keys.filter((request) => /\/chunks\/teacher-/.test(request.url)).length >= count;
    },
    teacherFiles.length,
    { polling: 250, timeout: 20_000 }
  );
  await server.close();
  server = null;

  // A Kahoot spreadsheet is read offline (read-excel-file)...
  await page.goto(`${base}/teach/import`);
  const xlsx = readFileSync(new URL('../fixtures/formats/kahoot/KahootQuizTemplate.xlsx', import.meta.url));
  await page
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'kahoot.xlsx', mimeType: 'application/octet-stream', buffer: xlsx });
  await expect(page.getByRole('heading', { name: /Ready to import/ })).toBeVisible();
  // ...and every teacher-only file, the QR decoder included, is served by the worker with the server stopped.
  await page.goto(`${base}/teach/classroom/results`);
  await expect(page.getByRole('heading', { name: 'Quiz results' }).first()).toBeVisible();
  const served = await page.evaluate(
    (files) => Promise.all(files.map(async (f) => (await fetch(`/_app/immutable/chunks/${f}`)).ok)),
    teacherFiles
  );
  expect(served).toEqual(teacherFiles.map(() => true));
});
