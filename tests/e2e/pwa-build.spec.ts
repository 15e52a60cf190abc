/**
 * The build output that makes the app installable and offline: the web manifest and the service worker's precache.
 * Reads `build/` (the e2e script builds first); no browser needed.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

test('the service worker precaches the app shell, every built-in pack and page, and falls back to 404.html', () => {
  const urls = precacheUrls();
  const index = JSON.parse(read('packs/index.json')) as { packs: { id: string; file: string }[] };
  const expected = [
    '/',
    'review',
    'progress',
    'settings',
    '404.html',
    'packs/index.json',
    ...index.packs.flatMap((p) => [`packs/${p.file}`, `study/${p.id}`])
  ];
  for (const url of expected) expect(urls, url).toContain(url);
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
