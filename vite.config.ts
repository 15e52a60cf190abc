/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA, type SvelteKitPWAOptions } from '@vite-pwa/sveltekit';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readClientGraph, teachOnlyFiles } from './src/build/client-graph';
import { defineConfig, type Plugin } from 'vite';

/** The runtime cache of teacher-only code and the on-demand QR decoder; src/routes/teach/+layout.svelte fills it too. */
const TEACHER_CACHE = 'teacher-tools';

/** The adapter-static fallback page: the SPA shell for routes that were not prerendered (imported packs, 404s). */
const FALLBACK = '404.html';

/**
 * `vite preview` serves Kit's output, not the adapter's: it has no 404.html, and it answers a page that was not
 * prerendered (a pack imported on this device) with a 404 instead of the SPA shell. This serves the adapter's
 * fallback the way a static host does, so preview (and the e2e tests) behave like the deployed app.
 */
function previewAdapterFallback(): Plugin {
  return {
    name: 'sourcewise:preview-adapter-fallback',
    configurePreviewServer(server) {
      const fallback = resolve('build', FALLBACK);
      const output = resolve('.svelte-kit', 'output');
      const exists = (path: string) => existsSync(path) && statSync(path).isFile();
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
        const wantsPage = req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '');
        const known =
          path.includes('..') ||
          exists(join(output, 'client', path)) ||
          exists(join(output, 'prerendered', 'pages', path === '/' ? 'index.html' : `${path}.html`));
        if (!exists(fallback) || (path !== `/${FALLBACK}` && (!wantsPage || known))) return next();
        res.statusCode = path === `/${FALLBACK}` ? 200 : 404;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        createReadStream(fallback).pipe(res);
      });
    }
  };
}

/**
 * The study pages of the one-article packs (one per file in content/articles, named after it). Offline they are
 * answered by the fallback shell, which renders them from the precached pack, as article pages are; only the
 * corpus-wide and hand-written packs' pages are precached, keeping the first-visit download under its 1 MB budget.
 */
const articlePackPages = existsSync('content/articles')
  ? readdirSync('content/articles')
      .filter((file) => file.endsWith('.md'))
      .map((file) => `prerendered/pages/study/${file.slice(0, -'.md'.length)}.html`)
  : [];

/**
 * Drops the files only the /teach pages load (src/build/client-graph.ts) from the precache manifest, so a student's
 * phone does not download the teacher area at install; src/lib/state/teacher-tools.ts caches them when a teacher
 * first opens /teach online. It must run after @vite-pwa/sveltekit's own manifest transform,
 * which turns build paths into URLs and which the plugin only installs when the config names none; so this one is
 * appended to that list once the plugins have resolved their options (the list is shared, not copied).
 */
function leaveTeachPagesOutOfPrecache(): Plugin {
  return {
    name: 'sourcewise:leave-teach-pages-out-of-precache',
    apply: 'build',
    configResolved() {
      const transforms = workbox.manifestTransforms;
      if (!transforms?.length)
        throw new Error('@vite-pwa/sveltekit no longer installs its manifest transform');
      transforms.push((entries) => {
        const graph = readClientGraph();
        const teachOnly = graph ? teachOnlyFiles(graph) : new Set<string>();
        return { manifest: entries.filter((entry) => !teachOnly.has(entry.url)), warnings: [] };
      });
    }
  };
}

/**
 * Code only a teacher runs: Anki decks (sql.js), spreadsheets and GIFT/Kahoot/CSV/flashcard import and export, share
 * links, the formula-escaping CSV writer (inert/csv.ts: papaparse, which the flashcard readers share).
 * Students never need it, so it stays out of the precache (a budget of 1 MB) and is cached on first use instead.
 * The format registry (formats/index.ts, registry.ts, types.ts, each format's format.ts and the format-*.ts its
 * sniffing shares with its reader) is not: the export menu shows its labels, and every reader and writer behind it
 * is loaded on demand.
 */
const TEACHER_ONLY =
  /node_modules\/(read-excel-file|write-excel-file|papaparse|sql\.js)\/|src\/lib\/domain\/(packs\/build|formats\/(?!index\.ts$|registry\.ts$|types\.ts$|[\w-]+\/format(?:-[\w-]+)?\.ts$)[\w/-]+|classroom\/csv|inert\/csv)\.ts$/;

/**
 * Code a student page loads only when the student asks for it: the QR decoder (jsqr, 130 KB, 47 KB gzipped), for
 * the quiz page's "Scan with this device". Too large for the precache's headroom, so it is cached on first use like
 * teacher code; offline before that, the page says to scan with the phone's camera app instead (each part is a link).
 */
const ON_DEMAND = /node_modules\/jsqr\//;

/**
 * Names every client chunk that holds teacher-only code `teacher-<hash>.js` (and on-demand code `ondemand-<hash>.js`), so the precache can leave it out by
 * name. Kit fixes `chunkFileNames` to a bare hash in its config, so this wraps Kit's pattern once the output options
 * are final. tests/e2e/pwa-build.spec.ts walks the client's .vite/manifest.json to prove that no student route, and
 * no /teach page itself, needs such a chunk to load: a shared module landing in one cannot slip through.
 */
function teacherChunkNames(): Plugin {
  return {
    name: 'sourcewise:teacher-chunk-names',
    apply: 'build',
    outputOptions(options) {
      const pattern = options.chunkFileNames;
      if (typeof pattern !== 'string' || !pattern.includes('/immutable/chunks/[hash]')) return null;
      return {
        ...options,
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => TEACHER_ONLY.test(id))
            ? pattern.replace('[hash]', 'teacher-[hash]')
            : chunk.moduleIds.some((id) => ON_DEMAND.test(id))
              ? pattern.replace('[hash]', 'ondemand-[hash]')
              : pattern
      };
    }
  };
}

/** What every page loads (the root layout and its error page, Kit's app) and `/`: `pageChunks` leaves these alone. */
const HOME_ROOTS = [
  'src/routes/+layout.svelte',
  'src/routes/+layout.ts',
  'src/routes/+error.svelte',
  'src/routes/+page.svelte',
  'src/routes/+page.ts',
  '.svelte-kit/generated/client-optimized/app.js'
].map((file) => resolve(file));

/** A student's pages (every page outside /teach, but `/`): their static code is what `pageChunks` groups. */
const STUDENT_PAGE_ROOTS = readdirSync('src/routes', { recursive: true, encoding: 'utf8' })
  .filter((file) => /(^|\/)\+page\.(svelte|ts)$/.test(file) && !/^teach(\/|$)/.test(file))
  .map((file) => resolve('src/routes', file))
  .filter((file) => !HOME_ROOTS.includes(file));

/**
 * A student page's code in fewer, larger chunks. Left to itself the bundler makes one chunk per set of entries (pages
 * and lazy imports) that share a module, and the study page fetched some thirty scripts, many of a few hundred bytes:
 * each costs a request (over HTTP/1.1, six at a time) and, offline, a trip through the service worker while the page's
 * HTML is parsed. The modules that student pages import statically and `/` does not are still grouped by the entries
 * that use them, but groups under 8 KB are merged into their nearest neighbour. Measured on a first visit (scripts and
 * gzip KB fetched until idle, before → after): study, review and missed pages 34–36 → 25–27 scripts and 1 KB less; the
 * quiz page 38 → 25 and 139 → 137 KB; progress, settings and the discernment check 23–27 scripts but 2–16 KB more,
 * code they do not run; the teacher area 17 KB more (online, not precached). Left alone: `/` and the layout
 * (the first route's budget), code only loaded on demand, and teacher code (not in a student page's graph, so the
 * precache still leaves it out). src/hooks.server.ts completes each page's module preloads.
 */
function pageChunks(): Plugin {
  const reach = (roots: string[], info: (id: string) => { importedIds: readonly string[] } | null) => {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(info(id)?.importedIds ?? []));
    }
    return seen;
  };
  return {
    name: 'sourcewise:page-chunks',
    apply: 'build',
    // Kit asks for 'strict' entry signatures; the group below needs the bundler free to add exports to an entry
    // chunk (Kit imports a page's node by the names it knows, and extra ones are harmless).
    options(options) {
      if (options.preserveEntrySignatures !== 'strict') return null;
      return { ...options, preserveEntrySignatures: 'allow-extension' };
    },
    outputOptions(options) {
      const pattern = options.chunkFileNames;
      if (typeof pattern !== 'string' || !pattern.includes('/immutable/chunks/[hash]')) return null;
      // Kit sets the deprecated `inlineDynamicImports: false`, which the bundler refuses beside `codeSplitting`.
      const { inlineDynamicImports, ...rest } = options;
      if (inlineDynamicImports) return null;
      let grouped: Set<string> | null = null;
      return {
        ...rest,
        codeSplitting: {
          groups: [
            {
              debugName: 'student pages',
              name: (id, ctx) => {
                if (!grouped) {
                  const info = (m: string) => ctx.getModuleInfo(m);
                  const home = reach(HOME_ROOTS, info);
                  grouped = new Set([...reach(STUDENT_PAGE_ROOTS, info)].filter((m) => !home.has(m)));
                }
                return grouped.has(id) && !TEACHER_ONLY.test(id) && !ON_DEMAND.test(id) ? 'pages' : null;
              },
              entriesAware: true,
              entriesAwareMergeThreshold: 8 * 1024,
              // Only the captured modules: their imports that `/` loads stay in `/`'s chunks.
              includeDependenciesRecursively: false
            }
          ]
        }
      };
    }
  };
}

/** The service worker's Workbox settings (one object: leaveTeachPagesOutOfPrecache adds to it once resolved). */
const workbox: NonNullable<SvelteKitPWAOptions['workbox']> = {
  // App shell, icons, the built-in packs (static/packs → client/packs) and every prerendered page. The discernment
  // check's forms are cached when the check page first fetches them (runtimeCaching below), which keeps the
  // precache under its 1 MB budget: every student downloads the precache, only some take the check.
  globPatterns: [
    'client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest}',
    'client/packs/*.json',
    'prerendered/**/*.{html,json}'
  ],
  // The JSON Schema is for editors, not the app; the index is already taken from client/packs.
  globIgnores: [
    'client/packs/pack.schema.json',
    'prerendered/dependencies/**',
    // Teacher-only code: the article generator's worker (4 MB with its language model) and the teacher-*.js
    // chunks (see teacherChunkNames). Cached on first use instead of being downloaded by every student; the
    // teach layout fetches them once a teacher opens /teach online, so the teacher area then works offline.
    'client/_app/immutable/workers/**',
    'client/_app/immutable/chunks/teacher-*.js',
    // The QR decoder a student's quiz page loads on demand (see ON_DEMAND): cached when first used.
    'client/_app/immutable/chunks/ondemand-*.js',
    // These prerendered pages are the bare app shell (their content is rendered in the browser from the packs
    // and the device's storage), the same as the 404.html fallback that answers them offline. The pack pages
    // stay precached (but those of one-article packs, see articlePackPages): they preload the study route's
    // code, which makes an offline cold start faster.
    'prerendered/pages/teach.html',
    'prerendered/pages/teach/**',
    'prerendered/pages/article/**',
    // The skill guides are text in the skills page's code (precached): offline, the shell renders them as fast.
    'prerendered/pages/skills/**',
    ...articlePackPages,
    // Install icons are fetched by the browser when the app is installed (online); no page shows them.
    'client/icons/*.png'
  ],
  runtimeCaching: [
    {
      // Build files are named by their content, so a cached copy is always right: every one the precache does
      // not hold (the teacher area's, and the QR decoder a student loads to scan) is served from this cache once fetched.
      urlPattern: /\/_app\/immutable\//,
      handler: 'CacheFirst',
      options: { cacheName: TEACHER_CACHE }
    },
    {
      // The check's forms: the cached copy answers at once (offline too), and a newer one is fetched for next time.
      urlPattern: /\/discernment\/forms\.json$/,
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'sourcewise-check' }
    }
  ],
  // Pages that were not prerendered (and unknown routes) get the SPA shell, which renders them or the 404 page.
  navigateFallback: `/${FALLBACK}`,
  cleanupOutdatedCaches: true,
  maximumFileSizeToCacheInBytes: 3 * 1024 * 1024
};

export default defineConfig({
  plugins: [
    sveltekit(),
    pageChunks(),
    teacherChunkNames(),
    SvelteKitPWA({
      registerType: 'prompt',
      // One registration path: useRegisterSW from virtual:pwa-register/svelte in ReloadPrompt.svelte.
      injectRegister: false,
      // Absolute, so the worker registers for the whole app from any page (Kit's base is relative).
      base: '/',
      scope: '/',
      kit: { adapterFallback: FALLBACK, spa: true, trailingSlash: 'never' },
      manifest: {
        name: 'Sourcewise',
        short_name: 'Sourcewise',
        description: 'Practise media literacy with questions from real news articles, online or offline.',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        lang: 'en',
        theme_color: '#1b3a5c',
        background_color: '#faf8f3',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
        ],
        shortcuts: [
          {
            name: 'Review due',
            short_name: 'Review',
            description: 'Answer the questions that are due today',
            url: '/review',
            icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }]
          }
        ]
      },
      workbox
    }),
    leaveTeachPagesOutOfPrecache(),
    previewAdapterFallback()
  ],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000
  }
});
