// Offline cold start → first question at 4× CPU: the app is installed once online (service worker and, for an own
// pack, the pack stored in IndexedDB), the server is stopped, and each run opens a fresh browser on that profile.
import { chromium, type BrowserContext, type LaunchOptions } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../tests/e2e/helpers/static-server';
import { loadNow } from './app-figures';

export interface ColdStarts {
  times: number[];
  loads: number[];
  /** Where the time went in the last run: HTML from the worker, app start, pack, session. */
  phases: string;
}

/** An own pack, stored in IndexedDB before the cold starts. */
export interface OwnPack {
  id: string;
  questions: number;
  /** Stores the pack from a page of the app's origin (the context ignores the page's policy). */
  store: (context: BrowserContext, origin: string) => Promise<void>;
}

async function firstQuestionAt(
  context: BrowserContext,
  url: string
): Promise<{ ms: number; phases: string }> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => (document.querySelector('#question-prompt') ? performance.now() : null),
    undefined,
    { polling: 'raf', timeout: 60_000 }
  );
  const ms = Number(await handle.jsonValue());
  const phases = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const marks = performance
      .getEntriesByType('mark')
      .map((m) => `${m.name.replace('sourcewise:', '')} ${Math.round(m.startTime)}`);
    return [
      `html ${Math.round(nav.responseEnd)}`,
      `dom ${Math.round(nav.domContentLoadedEventEnd)}`,
      ...marks
    ].join(', ');
  });
  return { ms, phases };
}

/** Cold starts of each pack's study page, `runs` each, interleaved so a busy spell hits every pack alike. */
export async function offlineColdStarts(
  buildDir: string,
  launch: LaunchOptions,
  packIds: string[],
  runs: number,
  ownPack?: OwnPack
): Promise<Record<string, ColdStarts>> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcewise-profile-'));
  const server = await startStaticServer(buildDir);
  const open = () => chromium.launchPersistentContext(profile, launch);
  const ids = ownPack ? [...packIds, ownPack.id] : packIds;
  const out: Record<string, ColdStarts> = Object.fromEntries(
    ids.map((id) => [id, { times: [], loads: [], phases: '' }])
  );
  try {
    let context = await open();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await context.close();
    if (ownPack) {
      // The app's Content-Security-Policy forbids scripts from blob: URLs; the storing harness loads its bundle so.
      context = await chromium.launchPersistentContext(profile, { ...launch, bypassCSP: true });
      await ownPack.store(context, server.url);
      await context.close();
    }
    await server.close();
    for (let run = 0; run < runs; run++)
      for (const id of ids) {
        context = await open();
        try {
          out[id].loads.push(loadNow());
          const { ms, phases } = await firstQuestionAt(
            context,
            `${server.url}/study/${encodeURIComponent(id)}`
          );
          out[id].times.push(ms);
          out[id].phases = phases;
        } finally {
          await context.close();
        }
      }
  } finally {
    await server.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}
