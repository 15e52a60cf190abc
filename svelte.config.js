import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ fallback: '404.html' }),
    // One registration path: the PWA plugin's virtual:pwa-register, never Kit's own.
    serviceWorker: { register: false },
    prerender: { handleHttpError: 'fail', handleMissingId: 'warn' }
  }
};

export default config;
