import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * app.html's one inline script applies the saved theme (src/lib/state/theme.svelte.ts) before the first paint (a file
 * would block rendering for a request; minified, as every precached page carries it). The policy allows exactly that
 * script by its hash, computed here from the template so the two never drift apart; any other inline script is still
 * refused.
 */
const themeScript = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))?.[1];
if (!themeScript) throw new Error('src/app.html has lost its theme script (see svelte.config.js)');
const themeHash = /** @type {const} */ (
  `sha256-${createHash('sha256').update(themeScript).digest('base64')}`
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ fallback: '404.html' }),
    // One registration path: the PWA plugin's virtual:pwa-register, never Kit's own.
    serviceWorker: { register: false },
    // `npm run check` type-checks the benchmarks too (they import the app's code and drift with it otherwise).
    typescript: {
      config: (tsconfig) => {
        tsconfig.include.push('../bench/**/*.ts', '../bench/**/*.js');
      }
    },
    prerender: { handleHttpError: 'fail', handleMissingId: 'warn' },
    // Small stylesheets go into the page as <style> (allowed by style-src 'unsafe-inline' below) instead of each
    // being a render-blocking request: on a slow phone network every one of them delays the first paint by a round
    // trip. 1,024 bytes takes in the small ones; larger ones stay files, since every precached page carries a copy
    // and the precache has a 1 MB budget (1,400 left 113 bytes of it once the storage and worker code of December
    // 2026 came in, 2,048 took it over). The home page, the first screen of a first visit, has every sheet inlined
    // by src/hooks.server.ts.
    inlineStyleThreshold: 1024,
    // Packs come from strangers: no inline script may run but the theme's. Prerendered pages carry the policy in a
    // <meta> tag with hashes of Kit's own bootstrap script. Inline styles stay allowed for Svelte's style directives.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', themeHash],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self'],
        'manifest-src': ['self'],
        'media-src': ['self', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
