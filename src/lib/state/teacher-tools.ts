/**
 * Teacher-only code (spreadsheets, GIFT/Kahoot/CSV import and export), the QR decoder (students load it on demand too:
 * ON_DEMAND) and the /teach pages' own code are not precached: see TEACHER_ONLY and teachOnlyFiles in vite.config.ts. The service worker caches them on first use,
 * in the `teacher-tools` cache. So that the whole teacher area also works offline later, the first online visit to
 * /teach loads them while the browser is idle (the features through the same dynamic imports they use, the pages
 * through the router's code preloading) and stores those files in that cache itself: on a first visit the page is not
 * yet controlled by the service worker, which then never sees these requests.
 */
import { preloadCode } from '$app/navigation';
import { loadFormatCode } from '$lib/domain/formats';

const TEACHER_CACHE = 'teacher-tools';
/** Build output: named by content, so a copy cached once stays right. */
const BUILD_FILE = /\/_app\/immutable\/.+\.(?:js|css)$/;

/** Every page of the teacher area (tests/e2e/pwa-build.spec.ts checks the list against src/routes/teach). */
export const TEACH_PAGES = [
  '/teach',
  '/teach/edit',
  '/teach/import',
  '/teach/generate',
  '/teach/open',
  '/teach/classroom',
  '/teach/classroom/results'
];

const features = [
  () => import('jsqr'),
  loadFormatCode,
  () => import('$lib/domain/classroom/csv'),
  () => import('$lib/domain/discernment/class-csv')
];

/** Starts warming the cache when the browser is idle; returns a function that cancels it if it has not begun. */
export function warmTeacherTools(): () => void {
  if (!navigator.onLine || !('caches' in window) || !('serviceWorker' in navigator)) return () => {};
  let cancelled = false;
  const start = () => {
    if (!cancelled) void warm();
  };
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(start, { timeout: 4000 });
    return () => {
      cancelled = true;
      cancelIdleCallback(id);
    };
  }
  const id = setTimeout(start, 2000);
  return () => {
    cancelled = true;
    clearTimeout(id);
  };
}

async function warm(): Promise<void> {
  try {
    await Promise.all([...features.map((load) => load()), ...TEACH_PAGES.map((page) => preloadCode(page))]);
    // The page's small stylesheets came inlined in its HTML (kit.inlineStyleThreshold), so the browser never fetched
    // them; Kit names them in disabled <link>s, and the fallback shell that renders this page offline needs them.
    const inlined = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
      (l) => l.href
    );
    const urls = [...performance.getEntriesByType('resource').map((entry) => entry.name), ...inlined].filter(
      (url) => BUILD_FILE.test(new URL(url).pathname)
    );
    const cache = await caches.open(TEACHER_CACHE);
    // Only what no cache holds yet: most build files a page loads are in the precache already.
    await Promise.all(urls.map(async (url) => (await caches.match(url)) ?? cache.add(url)));
  } catch {
    // Offline, or storage is full: each feature then loads its code when it is first used, as before.
  }
}
