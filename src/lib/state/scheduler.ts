/**
 * The spaced-repetition scheduler (ts-fsrs), loaded on demand: a question is shown without it, and it is needed only
 * once the learner answers. Pages fetch it while the browser is idle after the first question is painted, so an answer
 * rarely waits for it (one that comes sooner simply does).
 */
export const loadScheduler = () => import('$lib/domain/study/scheduling');

/** Starts fetching the scheduler when the browser is next idle (or at once where it cannot tell). */
export function prefetchScheduler(): void {
  const prefetch = () => void loadScheduler().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prefetch, { timeout: 2000 });
  else setTimeout(prefetch, 0);
}
