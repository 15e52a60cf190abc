/**
 * Offline: after one online visit the service worker has the whole app. The test serves the build itself and
 * really stops the server, then reloads every route and keeps studying.
 */
import { expect, test } from '@playwright/test';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { answerRun, basicsPack, BASICS, expectQuestion, waitForServiceWorker } from './helpers/study';

const pack = basicsPack();
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
