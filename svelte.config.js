import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
    // Packs come from strangers: no inline script may run. Prerendered pages carry the policy in a <meta> tag with
    // hashes of Kit's own bootstrap script. Inline styles stay allowed for Svelte's style directives.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
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
