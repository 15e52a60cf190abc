import type { HandleClientError } from '@sveltejs/kit';

// The app runs under a Content-Security-Policy without 'unsafe-eval'. Zod's JIT would probe `Function('')` on the
// first object it parses, which the policy blocks and reports as a violation; the interpreted mode is fast enough
// for packs and stored records.
// `z.config({ jitless: true })` writes to `globalThis.__zod_globalConfig`, which zod adopts when it loads
// (zod/v4/core/core.js). Seeding it here, before zod loads with the first pack or stored record, has the same effect
// without importing zod's core and helpers into every page's first script (the home route's JS budget is 45 KB).
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true };

/**
 * A page whose code could not be fetched: offline, before the service worker holds it (the teacher area is cached on
 * its first online visit, not precached for every student). Browsers word the import failure differently.
 */
const CODE_NOT_FETCHED =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i;

export const handleError: HandleClientError = ({ error, status }) => {
  const message = error instanceof Error ? error.message : String(error);
  if (CODE_NOT_FETCHED.test(message)) return { message: 'This page could not be loaded.', codeMissing: true };
  // As Kit's own handler: the details go to the console, the page shows a plain message.
  if (status !== 404) console.error(error);
  return { message: status === 404 ? 'Not Found' : 'Internal Error' };
};
