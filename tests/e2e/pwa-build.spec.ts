/**
 * The build output that makes the app installable and offline: the web manifest and the service worker's precache.
 * Reads `build/` (the e2e script builds first); no browser needed.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  reachable,
  readClientGraph,
  routeNodes,
  teachOnlyFiles,
  type ClientGraph
} from '../../src/build/client-graph';

const BUILD = 'build';
const read = (file: string) => readFileSync(join(BUILD, file), 'utf8');

function precacheUrls(): string[] {
  const literal = /precacheAndRoute\((\[[\s\S]*?\])/.exec(read('sw.js'))?.[1];
  expect(literal, 'sw.js has a precache manifest').toBeTruthy();
  // Our own build output: a JS array literal of { url, revision }.
  return (new Function(`return ${literal}`)() as { url: string }[]).map((e) => e.url);
}

test('the manifest makes the app installable: icons, standalone, theme colour, a "Review due" shortcut', () => {
  const manifest = JSON.parse(read('manifest.webmanifest'));
  expect(manifest).toMatchObject({ name: 'Sourcewise', display: 'standalone', start_url: '/', scope: '/' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
  expect(icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable'])
  );
  for (const icon of icons) expect(existsSync(join(BUILD, icon.src)), icon.src).toBe(true);
  expect(manifest.shortcuts).toEqual([expect.objectContaining({ name: 'Review due', url: '/review' })]);
  expect(read('index.html')).toContain('rel="manifest"');
});

test('the service worker precaches the app shell, every built-in pack and its page, and falls back to 404.html', () => {
  const urls = precacheUrls();
  const index = JSON.parse(read('packs/index.json')) as { packs: { id: string; file: string }[] };
  // One-article packs (named after their article) are precached, but their pages come from the fallback shell.
  const articles = new Set(readdirSync('content/articles').map((f) => f.replace(/\.md$/, '')));
  const expected = [
    '/',
    'review',
    'progress',
    'settings',
    '404.html',
    'packs/index.json',
    ...index.packs.flatMap((p) => [`packs/${p.file}`, ...(articles.has(p.id) ? [] : [`study/${p.id}`])])
  ];
  for (const url of expected) expect(urls, url).toContain(url);
  expect(articles.size).toBeGreaterThan(0);
  for (const id of articles) expect(urls, `study/${id}`).not.toContain(`study/${id}`);
  expect(urls.some((u) => u.startsWith('_app/immutable/entry/'))).toBe(true);
  expect(urls).not.toContain('packs/pack.schema.json');
  expect(new Set(urls).size, 'no URL is precached twice').toBe(urls.length);
  const sw = read('sw.js');
  expect(sw).toContain('createHandlerBoundToURL("/404.html")');
  // registerType 'prompt': a new worker waits until the learner says "Reload" (the SKIP_WAITING message) instead
  // of taking over mid-answer.
  expect(sw).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
  expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
  expect(sw).not.toContain('clientsClaim');
});

/** The client build's module graph (Vite's manifest); the e2e script builds first. */
function graph(): ClientGraph {
  const chunks = readClientGraph();
  expect(chunks, 'the client build has a manifest').toBeTruthy();
  return chunks!;
}

test('teacher-only code and the teach pages stay out of the precache, no page needs teacher-only code, and the precache is ≤ 1 MB', () => {
  const urls = precacheUrls();
  const chunks = graph();
  const teacherFiles = Object.values(chunks)
    .map((c) => c.file)
    .filter((file) => /\/teacher-[^/]+\.js$/.test(file));
  // The QR decoder is not teacher-only any more (a student's quiz page scans with it), but it is too large for the
  // precache: it is loaded on demand, by name, and cached when first used.
  const onDemand = new Set(
    Object.values(chunks)
      .map((c) => c.file)
      .filter((file) => /\/ondemand-[^/]+\.js$/.test(file))
  );
  expect(chunks['node_modules/jsqr/dist/jsQR.js']?.file, 'jsQR').toMatch(/\/ondemand-/);
  for (const file of onDemand) expect(urls, file).not.toContain(file);
  expect(chunks['src/lib/domain/formats/import.ts']?.file, 'spreadsheet and GIFT import').toMatch(
    /\/teacher-/
  );
  expect(chunks['src/lib/domain/formats/export.ts']?.file, 'spreadsheet and GIFT export').toMatch(
    /\/teacher-/
  );
  for (const file of teacherFiles) expect(urls, file).not.toContain(file);

  const nodes = routeNodes(chunks);
  expect(nodes.filter((n) => n.teach).length, 'the /teach pages are found').toBeGreaterThan(3);
  const entries = Object.keys(chunks).filter((key) => chunks[key].isEntry);
  // No page, /teach ones included, needs teacher-only code to load (it is fetched when a feature is used).
  const pages = reachable(chunks, [...entries, ...nodes.map((n) => n.key)], false);
  for (const file of pages)
    expect(file, 'a page needs this file to load').not.toMatch(/\/(?:teacher|ondemand)-/);
  // Every student page loads offline: its code, what it imports statically, and what it loads lazily (storage, the
  // reload prompt, the quiz's QR code) are precached, but for the QR decoder, loaded on demand. (The app entry's lazy imports are all the route nodes, so only
  // its static imports count here.)
  const student = new Set([
    ...reachable(
      chunks,
      entries.filter((key) => !nodes.some((n) => n.key === key)),
      false
    ),
    ...reachable(
      chunks,
      nodes.filter((n) => !n.teach).map((n) => n.key),
      true
    )
  ]);
  for (const file of student)
    if (file.endsWith('.js') && !onDemand.has(file)) expect(urls, file).toContain(file);
  // Only the QR decoder is loaded on demand by a student page (its offline message is in QrScanner.svelte).
  expect([...student].filter((file) => onDemand.has(file))).toEqual([
    chunks['node_modules/jsqr/dist/jsQR.js'].file
  ]);
  // The teach pages' own code is not downloaded by every student: the first online visit to /teach caches it
  // (tests/e2e/offline.spec.ts proves the teacher area then works offline).
  const teachOnly = [...teachOnlyFiles(chunks)];
  for (const file of teachOnly) expect(student.has(file), file).toBe(false);
  expect(teachOnly.length, 'the teach pages have code of their own').toBeGreaterThan(3);
  for (const file of teachOnly) expect(urls, `${file} is only for the teach pages`).not.toContain(file);
  // The teacher area's warm-up preloads every teach page.
  const teachPages = readdirSync('src/routes/teach', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('+page.svelte'))
    .map((f) => `/teach${f === '+page.svelte' ? '' : `/${f.replace(/\/?\+page\.svelte$/, '')}`}`);
  const warmed =
    /TEACH_PAGES = \[([^\]]*)\]/.exec(readFileSync('src/lib/state/teacher-tools.ts', 'utf8'))?.[1] ?? '';
  expect(new Set([...warmed.matchAll(/'([^']+)'/g)].map((m) => m[1]))).toEqual(new Set(teachPages));
  // What the teacher features load (xlsx, GIFT, Kahoot, CSV, QR) is either shared with a page or left out.
  const features = [
    'jsqr/dist/jsQR.js',
    'src/lib/domain/formats/import.ts',
    'src/lib/domain/formats/export.ts'
  ];
  const featureFiles = reachable(
    chunks,
    features.map((f) => (f.startsWith('src') ? f : `node_modules/${f}`)),
    true
  );
  for (const file of featureFiles)
    if (!pages.has(file) && !student.has(file)) expect(urls, `${file} is teacher-only`).not.toContain(file);

  // The budget is on what every device downloads at install: raw bytes of the precached files.
  let bytes = 0;
  for (const url of urls) {
    const file = [url === '/' ? 'index.html' : url, `${url}.html`]
      .map((f) => join(BUILD, f))
      .find(existsSync);
    expect(file, url).toBeTruthy();
    bytes += statSync(file!).size;
  }
  // 1 MB read the strict way: a million bytes.
  expect(bytes).toBeLessThanOrEqual(1_000_000);
});

test('a pack page, /review and /quiz preload every script they import, zod, the schemas and storage included (a faster cold start)', () => {
  const chunks = graph();
  const pages: [string, RegExp][] = [
    ['study/alaska-summit.html', /src\/routes\/study\//],
    ['review.html', /src\/routes\/review\//],
    ['quiz.html', /src\/routes\/quiz\//]
  ];
  for (const [html, route] of pages) {
    const preloaded = new Set(
      [...read(html).matchAll(/<link href="(?:\.\.\/|\.\/)([^"]+\.js)" rel="modulepreload">/g)].map(
        (m) => m[1]
      )
    );
    const node = routeNodes(chunks).find((n) => route.test(n.source));
    expect(node, html).toBeTruthy();
    const needed = reachable(chunks, [node!.key], false);
    const missing = [...needed].filter((file) => file.endsWith('.js') && !preloaded.has(file));
    expect(missing, `${html} leaves scripts to a second round trip`).toEqual([]);
  }
});

test('every prerendered page preloads what its preloaded scripts import: none is found a round trip later', () => {
  const chunks = graph();
  const importsOf = new Map(
    Object.values(chunks).map((c) => [c.file, (c.imports ?? []).map((key) => chunks[key].file)])
  );
  const pages = readdirSync(BUILD, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  let checked = 0;
  for (const html of pages) {
    const preloaded = new Set(
      [...read(html).matchAll(/<link href="(?:\.\.\/|\.\/)+([^"]+\.js)" rel="modulepreload">/g)].map(
        (m) => m[1]
      )
    );
    if (!preloaded.size) continue;
    checked++;
    const missing = [...preloaded]
      .flatMap((file) => importsOf.get(file) ?? [])
      .filter((file) => !preloaded.has(file));
    expect([...new Set(missing)], `${html} leaves scripts to a second round trip`).toEqual([]);
  }
  expect(checked, 'prerendered pages with module preloads').toBeGreaterThan(10);
});

test('the home page holds its own styles: no stylesheet to fetch before its first paint, the inlined ones left disabled for later pages', () => {
  const home = read('index.html');
  const links = [...home.matchAll(/<link href="\.\/([^"]+\.css)" rel="stylesheet"([^>]*)>/g)];
  expect(links.length, 'the home page names its stylesheets').toBeGreaterThan(0);
  const styles = [...home.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  for (const [, file, rest] of links) {
    expect(rest, `${file} does not hold back the first paint`).toContain('disabled');
    expect(styles, `${file} is written into the page`).toContain(read(file));
  }
  // Other pages link the global sheet (cached by the service worker); only the home page carries a copy.
  expect(read('settings.html')).toMatch(/<link href="[^"]+\.css" rel="stylesheet">/);
});
