// Import of a 5,000-question GIFT file: parse, validate and store, as the teacher area does it. Measured in Chromium
// (real IndexedDB; the import code bundled with esbuild and loaded into a page) and in Node (fake-indexeddb).
// Target: ≤ 1 s in Chromium. Prints the median of several runs after a warm-up. Then the real import page of the
// production build (import-page.ts): its longest main-thread task while the same file imports, and while a 9 MB file
// of as many questions with long HTML does, target ≤ 200 ms.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
// idb needs the IndexedDB globals (IDBRequest, …), which fake-indexeddb/auto installs in Node.
import 'fake-indexeddb/auto';
import { importText } from '../src/lib/domain/formats';
import { openSourcewiseDb, savePack } from '../src/lib/storage';
import { importPageFigures } from './import-page';

const TARGET_MS = 1000;
const QUESTIONS = 5000;
const RUNS = 5;
const argv = process.argv.slice(2);

/** A file with every kind of GIFT question, escapes, HTML and feedback, so parsing does real work. */
function giftFile(count: number): string {
  const kinds = [
    (i: number) =>
      `// [tag:unit-${i % 7}]\n::Q${i}::Who is buried in tomb ${i}?{\n  ~Grant#No\n  ~Jefferson\n  =no one#Right\n}`,
    (i: number) => `[html]<p>Statement <b>${i}</b> is true &amp; proven.</p>{T#No#Yes}`,
    (i: number) =>
      `When was it (${i})?{#\n  =${1800 + i}:2#Close\n  =%50%${1800 + i}..${1810 + i}\n  ~#Wrong\n}`,
    (i: number) => `Match ${i}\\: capitals.{=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo = -> Paris}`,
    (i: number) => `Grant is {=entombed =%50%buried} in tomb ${i}.`,
    (i: number) => `Pick the continents ${i}.{~%50%Africa ~%50%Asia ~%-100%China ####See the atlas.}`,
    (i: number) => `Write about source ${i}.{}`
  ];
  return `$CATEGORY: $course$/top/Bench\n\n${Array.from({ length: count }, (_, i) => kinds[i % kinds.length](i)).join('\n\n')}\n`;
}

/**
 * The same number of questions with long HTML prompts and feedback, about 9 MB (the file of
 * tests/e2e/import-worker.spec.ts): what the page does per byte, not only per question, shows here.
 */
function longGiftFile(count: number): string {
  const filler =
    'The delegations met for several hours and issued <b>separate</b> statements afterwards. '.repeat(10);
  const questions = Array.from(
    { length: count },
    (_, i) =>
      `::Q${i}::[html]<p>Meeting ${i + 1}: ${filler}</p> Where was it held?{\n  =Anchorage#${filler}\n  ~Moscow#No\n  ~Geneva#No\n}`
  );
  return `${questions.join('\n\n')}\n`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(0)} ms`;

const text = giftFile(QUESTIONS);
console.log(`file: ${QUESTIONS} questions, ${(text.length / 1024).toFixed(0)} KB of GIFT`);

async function inNode(): Promise<void> {
  const parse: number[] = [];
  const store: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    const result = await importText('bench.gift', text);
    const parsed = performance.now();
    if (!result.ok) throw new Error(`bench file did not import: ${result.problems[0]?.message}`);
    const db = await openSourcewiseDb({ name: `bench-${run}` });
    const storeStart = performance.now();
    await savePack(db, result.preview.pack, 'imported');
    const stored = performance.now();
    db.close();
    if (run === 0) {
      console.log(
        `imported ${result.preview.pack.questions.length} questions, ${result.preview.skipped.length} skipped`
      );
      continue;
    }
    parse.push(parsed - started);
    store.push(stored - storeStart);
  }
  console.log(
    `node: parse+validate ${ms(median(parse))}, store (fake-indexeddb) ${ms(median(store))}, total ${ms(median(parse) + median(store))}`
  );
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function inChromium(): Promise<void> {
  let esbuild: typeof import('esbuild');
  let playwright: typeof import('@playwright/test');
  try {
    esbuild = await import('esbuild');
    playwright = await import('@playwright/test');
  } catch {
    console.log('chromium: skipped (esbuild or Playwright not installed)');
    return;
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  const bundle = await esbuild.build({
    stdin: {
      contents: `
        import { importText } from './src/lib/domain/formats';
        import { openSourcewiseDb, savePack } from './src/lib/storage';
        window.benchImport = async (text, name) => {
          const started = performance.now();
          const result = await importText('bench.gift', text);
          const parsed = performance.now();
          if (!result.ok) throw new Error(result.problems[0].message);
          const db = await openSourcewiseDb({ name });
          await savePack(db, result.preview.pack, 'imported');
          const stored = performance.now();
          db.close();
          return { parse: parsed - started, store: stored - parsed, questions: result.preview.pack.questions.length };
        };`,
      resolveDir: root,
      loader: 'ts'
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // A library's Node-only branch (never taken in a page) names node:crypto.
    external: ['node:*'],
    target: 'es2022',
    minify: true,
    write: false
  });
  const script = bundle.outputFiles[0].text;
  const browser = await playwright.chromium.launch(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {});
  try {
    const page = await browser.newPage();
    // A real origin, so the page has IndexedDB; nothing is served from the network.
    await page.route('http://bench.localhost/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' })
    );
    await page.goto('http://bench.localhost/');
    await page.addScriptTag({ content: script });
    const runs: { parse: number; store: number; questions: number }[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const figures = await page.evaluate(
        ([gift, name]) =>
          (
            window as unknown as {
              benchImport: (
                t: string,
                n: string
              ) => Promise<{ parse: number; store: number; questions: number }>;
            }
          ).benchImport(gift, name),
        [text, `bench-${run}`]
      );
      if (run > 0) runs.push(figures);
    }
    const parse = median(runs.map((r) => r.parse));
    const store = median(runs.map((r) => r.store));
    const total = median(runs.map((r) => r.parse + r.store));
    console.log(`chromium: parse+validate ${ms(parse)}, store (IndexedDB) ${ms(store)}`);
    console.log(
      `chromium: import of ${runs[0].questions} GIFT questions ${ms(total)} (target ≤ ${TARGET_MS} ms) ${total <= TARGET_MS ? 'ok' : 'OVER TARGET'}`
    );
  } finally {
    await browser.close();
  }
}

/** Strings only the teacher area's code contains. */
const TEACHER_MARKERS = [
  'Import GIFT, Kahoot or JSON',
  'Question - max 120 characters',
  'exported by Sourcewise from pack'
];

/**
 * The JavaScript the first route (/) loads before any navigation: the files its HTML references and their static
 * imports, followed recursively. Dynamic imports (other routes, lazily loaded code) are not followed.
 */
function firstRouteScripts(buildDir: string): string[] {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/(?:href|src)="([^"]+\.js)"|import\("([^"]+\.js)"\)/g)].map((m) =>
    resolvePath(buildDir, (m[1] ?? m[2]).replace(/^\//, ''))
  );
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\s}])(?:import|export)\s*(?:[\w{},*\s$]+from\s*)?["']([^"']+\.js)["']/g
    ))
      queue.push(resolvePath(dirname(file), m[1]));
  }
  return [...seen];
}

function firstRouteCheck(): void {
  const buildDir = fileURLToPath(new URL('../build', import.meta.url));
  if (!existsSync(join(buildDir, 'index.html'))) {
    console.log('first route: no build/index.html (run `npm run build` first); teacher-code check skipped');
    return;
  }
  const files = firstRouteScripts(buildDir);
  const bytes = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
  const leaking = files.filter((f) => TEACHER_MARKERS.some((m) => readFileSync(f, 'utf8').includes(m)));
  console.log(
    `first route (/): ${files.length} JS files, ${(bytes / 1024).toFixed(0)} KB before gzip; teacher-area code in them: ${leaking.length ? leaking.join(', ') : 'none (ok)'}`
  );
}

firstRouteCheck();
await inNode();
await inChromium().catch((error: unknown) =>
  console.log(
    `chromium: could not run (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`
  )
);
const pageRuns = argv.includes('--quick') ? 1 : 3;
const longText = longGiftFile(QUESTIONS);
for (const [file, label] of [
  [text, `${QUESTIONS} GIFT questions (${(text.length / 1024).toFixed(0)} KB)`],
  [longText, `${QUESTIONS} GIFT questions with long HTML (${(longText.length / 1024 / 1024).toFixed(1)} MB)`]
] as const)
  await importPageFigures(file, QUESTIONS, pageRuns, label).catch((error: unknown) =>
    console.log(
      `import page: could not run (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`
    )
  );
