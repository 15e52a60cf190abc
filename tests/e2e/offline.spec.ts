/**
 * Offline: after one online visit the service worker has the whole app. The test serves the build itself and
 * really stops the server, then reloads every route and keeps studying.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import {
  answerRun,
  basicsPack,
  BASICS,
  currentQuestion,
  expectQuestion,
  visitOnceThenStopServer
} from './helpers/study';

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
  const base = await visitOnceThenStopServer(page);
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
    // Skill guides are not precached as pages either: the shell renders them from the precached code.
    ['/skills/attribution', 'Who said it?'],
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
  const fourth = await currentQuestion(page, pack, 4);
  await page.reload();
  await expectQuestion(page, fourth);
  await page.goto(`${base}/progress`);
  const history = page.getByRole('heading', { name: 'Recent answers' }).locator('..').getByRole('listitem');
  await expect(history).toHaveCount(3);
});

test('after one online visit to /, the quiz page comes back with the server stopped; the teacher area says it needs one online visit', async ({
  page
}) => {
  const base = await visitOnceThenStopServer(page);

  // Without a link the quiz page asks for a short quiz code; the page itself needs no server.
  await page.goto(`${base}/quiz`);
  await expect(page.getByRole('heading', { name: 'Join a quiz' })).toBeVisible();
  // The teacher area is not part of every student's download (see vite.config.ts): it is fetched on the first
  // online visit to /teach, and before that a teacher offline is told so, not shown a broken page.
  await page.goto(`${base}/teach/edit`);
  await expect(
    page.getByRole('heading', { name: 'The teacher area is not on this device yet' })
  ).toBeVisible();
  await expect(page.getByText('open Teach once while online')).toBeVisible();
});

test('after a first online visit to /teach, every teacher page and the teacher-only code (spreadsheets, QR scanning) work offline', async ({
  page
}) => {
  // Not precached (see vite.config.ts): the teach layout fetches these files into the worker's runtime cache.
  // Not the Anki deck writer (sql.js, 1.3 MB; it carries SQLite's own messages): like the article generator's worker, it is fetched when a teacher
  // first uses it, not by every teacher's first visit.
  const teacherFiles = readdirSync('build/_app/immutable/chunks').filter(
    (f) =>
      // The QR decoder is loaded on demand by student pages too (ondemand-), and warmed for the teacher area.
      /^(?:teacher|ondemand)-/.test(f) &&
      !readFileSync(`build/_app/immutable/chunks/${f}`, 'utf8').includes('SQLite is busy')
  );
  expect(teacherFiles.length).toBeGreaterThan(2);
  // Everything the build made that the precache leaves out, but the article generator's worker (cached when used).
  const precached = readFileSync('build/sw.js', 'utf8');
  const notPrecached = ['nodes', 'chunks', 'assets']
    .flatMap((dir) => readdirSync(`build/_app/immutable/${dir}`).map((f) => `/_app/immutable/${dir}/${f}`))
    .filter((url) => !precached.includes(`"${url.slice(1)}"`));
  expect(notPrecached.filter((url) => url.includes('/nodes/')).length, 'the teach pages').toBeGreaterThan(3);
  server = await startStaticServer('build');
  const base = server.url;
  // The very first visit, straight to /teach: the page is not yet controlled by the service worker.
  await page.goto(`${base}/teach`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(
    async (urls) => (await Promise.all(urls.map((url) => caches.match(url)))).every(Boolean),
    notPrecached,
    { polling: 250, timeout: 20_000 }
  );
  await server.close();
  server = null;

  const routes: [string, string][] = [
    ['/teach', 'Teach'],
    ['/teach/import', 'Import a pack'],
    ['/teach/edit', 'Edit pack'],
    ['/teach/classroom', 'Classroom quiz'],
    ['/teach/classroom/results', 'Quiz results']
  ];
  for (const [path, heading] of routes) {
    await page.goto(`${base}${path}`);
    await expect(page.getByRole('heading', { name: heading }).first(), path).toBeVisible();
  }

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

test('first visit offline: answers given before the service worker controls the page are stored, and in progress once back online', async ({
  page
}) => {
  server = await startStaticServer('build');
  const base = server.url;
  await page.goto(`${base}/study/${BASICS}`);
  await expectQuestion(page, pack.questions[0]);
  // The network goes away on the very first visit: no service worker controls the page to answer for it.
  await page.context().setOffline(true);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await answerRun(page, pack, 0, 3);
  await currentQuestion(page, pack, 4);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

  await page.context().setOffline(false);
  await page.goto(`${base}/progress`);
  const history = page.getByRole('heading', { name: 'Recent answers' }).locator('..').getByRole('listitem');
  await expect(history).toHaveCount(3);
});
