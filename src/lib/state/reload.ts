/**
 * Reloading after another tab moved the database to a newer version. A plain reload would be served the same old
 * build by the waiting service worker (the app asks before updating), which cannot open the newer database: so the
 * newest service worker is fetched and activated first, then the page reloads into the version that can.
 */
export async function reloadToLatest(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    await registration?.update();
    const waiting = registration?.waiting;
    if (waiting) {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      waiting.postMessage({ type: 'SKIP_WAITING' });
      // Should the worker not take over (an old one that ignores the message), reload anyway.
      setTimeout(() => location.reload(), 3000);
      return;
    }
  } catch {
    // No service worker (development, a browser without one): a plain reload is all there is.
  }
  location.reload();
}
