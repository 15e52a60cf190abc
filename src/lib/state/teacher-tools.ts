/**
 * Teacher-only code (QR scanning, spreadsheets, GIFT/Kahoot/CSV import and export) is not precached: see
 * TEACHER_ONLY in vite.config.ts. The service worker caches it on first use, in the `teacher-tools` cache. So that
 * the teacher area also works offline later, the first online visit to /teach loads it while the browser is idle,
 * through the same dynamic imports the features use, and stores those files in that cache itself: on a first visit
 * the page is not yet controlled by the service worker, which then never sees these requests.
 */
const TEACHER_CACHE = 'teacher-tools';
const TEACHER_FILE = /\/_app\/immutable\/chunks\/teacher-[^/]+\.js$/;

const features = [
  () => import('jsqr'),
  () => import('$lib/domain/packs/import'),
  () => import('$lib/domain/packs/export'),
  () => import('$lib/domain/packs/share'),
  () => import('$lib/domain/packs/article-input'),
  () => import('$lib/domain/classroom/csv')
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
    await Promise.all(features.map((load) => load()));
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => TEACHER_FILE.test(new URL(url).pathname));
    const cache = await caches.open(TEACHER_CACHE);
    await Promise.all(urls.map(async (url) => (await cache.match(url)) ?? cache.add(url)));
  } catch {
    // Offline, or storage is full: each feature then loads its code when it is first used, as before.
  }
}
