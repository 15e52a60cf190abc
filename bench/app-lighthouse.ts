// Lighthouse mobile (its default: a mid-range phone, simulated slow 4G and 4× CPU) on several pages of one server,
// runs interleaved page by page so a busy spell of the machine hits every page alike; medians per figure.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNow, median } from './app-figures';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Largest contentful paint and total blocking time, ms; cumulative layout shift. */
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits that scored below 0.9 in any run, with how many runs. */
  failing: string[];
  loads: number[];
}

/**
 * The platform's floor: a prerendered page with a heading and a paragraph, no script and no stylesheet, written into
 * the served build so it is served exactly as ours are. Returns its path.
 */
export function writeBarePage(buildDir: string): string {
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="A bare page, the floor the benchmark compares against." />
    <title>Bare page</title>
  </head>
  <body>
    <main>
      <h1>A bare page</h1>
      <p>Nothing but text: what the platform itself needs to show a screen.</p>
    </main>
  </body>
</html>
`;
  writeFileSync(join(buildDir, 'bench-bare.html'), html);
  return '/bench-bare';
}

/**
 * What Lighthouse clears before each run: its default (caches, service workers) and also the site's IndexedDB and
 * local storage, so that every run is a first visit. Otherwise the order of the pages decides what `/` measures: the
 * study page scored before it (same origin) leaves a database, and the home page of a device with progress loads the
 * storage code that a first visit does without.
 */
const CLEAR_STORAGE = [
  'file_systems',
  'shader_cache',
  'service_workers',
  'cache_storage',
  'indexeddb',
  'local_storage'
] as const;

async function once(port: number, url: string) {
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices']
    },
    { extends: 'lighthouse:default', settings: { clearStorageTypes: [...CLEAR_STORAGE] } }
  );
  const lhr = result!.lhr;
  const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  const value = (k: string) => lhr.audits[k]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    failing: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      .map((a) => a.id)
  };
}

/** `pages` maps a name to a URL; each is scored `runs` times in one browser, each run a first visit (see above). */
export async function lighthouseMedians(
  chromePath: string | undefined,
  flags: string[],
  pages: Record<string, string>,
  runs: number
): Promise<Record<string, LighthouseFigures>> {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...flags] });
  const seen: Record<string, Awaited<ReturnType<typeof once>>[]> = {};
  const loads: Record<string, number[]> = {};
  try {
    for (let run = 0; run < runs; run++)
      for (const [name, url] of Object.entries(pages)) {
        (loads[name] ??= []).push(loadNow());
        (seen[name] ??= []).push(await once(chrome.port, url));
      }
  } finally {
    chrome.kill();
  }
  const out: Record<string, LighthouseFigures> = {};
  for (const [name, list] of Object.entries(seen)) {
    const counts = new Map<string, number>();
    for (const id of list.flatMap((r) => r.failing)) counts.set(id, (counts.get(id) ?? 0) + 1);
    out[name] = {
      performance: median(list.map((r) => r.performance)),
      accessibility: median(list.map((r) => r.accessibility)),
      bestPractices: median(list.map((r) => r.bestPractices)),
      lcp: median(list.map((r) => r.lcp)),
      tbt: median(list.map((r) => r.tbt)),
      cls: median(list.map((r) => r.cls)),
      failing: [...counts].map(([id, n]) => (runs > 1 ? `${id} (${n}/${runs})` : id)),
      loads: loads[name]
    };
  }
  return out;
}
