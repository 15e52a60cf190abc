// A heavy learner (issue 13): 100,000 stored answers over 2,000 questions in Chromium's IndexedDB, then the progress
// page and the review queue opened with 4× CPU throttling. Times are from the page's own marks: "ready" is the data
// read and summarised (progress) or the first due question on screen (review). Needs `npm run build` first.
import { chromium, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../tests/e2e/helpers/static-server';
import { ARGS, bundleForBrowser, CHROMIUM, line } from './browser';

const QUESTIONS = 2000;
const ANSWERS = 100_000;
const RUNS = 5;
const TARGET_MS = 200;
/** Two years of answers, written a day's worth per transaction (see `seed`). */
const PER_DAY = Math.ceil(ANSWERS / 730);

if (!existsSync('build/sw.js')) {
  console.log('scale: no build/ found; run `npm run build` first');
  process.exit(0);
}
const BUILD = mkdtempSync(join(tmpdir(), 'sourcewise-scale-'));
cpSync('build', BUILD, { recursive: true });

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** ms since navigation at which `mark` was set (or, without a mark, at which `selector` appeared), and since `from`. */
async function timeTo(page: Page, url: string, from: string, mark: string | null, selector?: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    ({ mark, selector }) => {
      if (mark) return performance.getEntriesByName(mark)[0]?.startTime ?? null;
      return selector && document.querySelector(selector) ? performance.now() : null;
    },
    { mark, selector },
    { polling: 'raf', timeout: 120_000 }
  );
  const ready = Number(await handle.jsonValue());
  const start = await page.evaluate((from) => performance.getEntriesByName(from)[0]?.startTime ?? 0, from);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return { sinceNavigation: ready, load: ready - start };
}

/** Fills the app's database in `page` (the app creates it on the settings page) with the app's own code. */
async function seedIn(page: Page, url: string, code: string, perTransaction: number) {
  await page.goto(`${url}/settings`);
  await page.waitForLoadState('networkidle');
  const started = Date.now();
  const seeded = await page.evaluate(
    async ({ code, questions, answers, now, perTransaction }) => {
      const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
      const api = await import(/* @vite-ignore */ url);
      const result = await api.seed(questions, answers, now, perTransaction);
      const usage = (await navigator.storage.estimate()).usage ?? 0;
      return { ...result, usage, settled: await api.settledUsage() };
    },
    { code, questions: QUESTIONS, answers: ANSWERS, now: Date.now(), perTransaction }
  );
  return { ...seeded, seconds: (Date.now() - started) / 1000 };
}

console.log(`machine load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
const server = await startStaticServer(BUILD);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
try {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const code = await bundleForBrowser('bench/scale-entry.ts');
  const seeded = await seedIn(page, server.url, code, PER_DAY);
  console.log(
    `seeded ${seeded.stored.toLocaleString('en')} answers over ${QUESTIONS.toLocaleString('en')} questions in ${seeded.seconds.toFixed(1)} s, ${PER_DAY} per transaction (a day's worth)`
  );
  line('storage used', `${(seeded.settled / 1e6).toFixed(1)} MB`, '< 20 MB', seeded.settled < 20e6);
  console.log(`  once settled; right after the seed: ${(seeded.usage / 1e6).toFixed(1)} MB`);

  const progress: { sinceNavigation: number; load: number }[] = [];
  const review: { sinceNavigation: number; load: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    progress.push(
      await timeTo(page, `${server.url}/progress`, 'sourcewise:progress-start', 'sourcewise:progress-ready')
    );
    review.push(
      await timeTo(page, `${server.url}/review`, 'sourcewise:study-start', null, '#question-prompt')
    );
  }
  const show = (label: string, runs: { sinceNavigation: number; load: number }[]) => {
    const load = median(runs.map((r) => r.load));
    line(
      `${label}, 4× CPU (median of ${RUNS})`,
      `${Math.round(load)} ms`,
      `≤ ${TARGET_MS} ms`,
      load <= TARGET_MS
    );
    console.log(
      `  data loaded: ${runs.map((r) => Math.round(r.load)).join(', ')} ms; since navigation: ${runs.map((r) => Math.round(r.sinceNavigation)).join(', ')} ms`
    );
  };
  show('progress page ready (read + summarise)', progress);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const reads = await page.evaluate(async (code) => {
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    const api = await import(/* @vite-ignore */ url);
    return api.timeReads();
  }, code);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(
    `  of which, 4× CPU: tallies and latest answers read and checked (readProgress) ${Math.round(reads.tallies)} ms; for comparison, every answer read raw ${Math.round(reads.rawAll)} ms, read and checked (listAttempts) ${Math.round(reads.checkedAll)} ms; due cards ${Math.round(reads.due)} ms`
  );
  show('review queue ready (due → first question)', review);
  await context.close();

  // For comparison: the same answers written in one transaction, as restoring a backup writes them.
  const restored = await browser.newContext({ bypassCSP: true });
  const once = await seedIn(await restored.newPage(), server.url, code, ANSWERS);
  console.log(
    `  for comparison, the same answers written in one transaction (as a restore writes them): ${(once.settled / 1e6).toFixed(1)} MB once settled, ${(once.usage / 1e6).toFixed(1)} MB right after`
  );
  await restored.close();
} finally {
  await browser.close();
  await server.close();
  rmSync(BUILD, { recursive: true, force: true });
}
