/**
 * What the learner has done, read from storage: every answer, the due count and a summary per pack.
 * Refreshed when a screen that shows progress opens (home, progress); answers are written by the study session.
 */
import type { Forecast } from '$lib/domain/study/forecast';
import type { PackProgress } from '$lib/domain/study/progress';
import type { AttemptRecord } from '$lib/storage';
import { sortCards } from './due';
import type { PackLibrary } from './packs.svelte';
import { clock, groupDistinct } from './plain';
import type { StorageState } from './storage.svelte';

export class ProgressState {
  attempts = $state.raw<AttemptRecord[]>([]);
  due = $state(0);
  byPack = $state.raw<Record<string, PackProgress>>({});
  status = $state<'idle' | 'loading' | 'ready' | 'unavailable'>('idle');
  /** Reviews coming due (the progress page's forecast); null until loaded. */
  forecast = $state.raw<Forecast | null>(null);

  constructor(
    private readonly storage: StorageState,
    private readonly packs: PackLibrary
  ) {}

  async refresh(now = clock()): Promise<void> {
    if (this.status === 'idle') this.status = 'loading';
    // Marks for the scale benchmark (bench/scale.bench.ts) and for anyone profiling in DevTools.
    performance.mark('sourcewise:progress-start');
    const result = await this.storage.use(async (api, db) => {
      const [attempts, dueCards, progress] = await Promise.all([
        api.listAttempts(db),
        api.dueCards(db, now),
        import('$lib/domain/study/progress')
      ]);
      // Only questions that still exist count as due.
      const due = dueCards.length ? (await sortCards(dueCards, this.packs)).live.length : 0;
      const answered = groupDistinct(
        attempts,
        (a) => a.packId,
        (a) => a.questionId
      );
      const byPack = Object.fromEntries(
        answered.map(([packId, questionIds]) => [packId, progress.packProgress(attempts, questionIds)])
      );
      return { attempts, due, byPack };
    });
    if (!result) {
      this.status = 'unavailable';
      return;
    }
    this.attempts = result.attempts;
    this.due = result.due;
    this.byPack = result.byPack;
    this.status = 'ready';
    performance.mark('sourcewise:progress-ready');
  }

  /** Loads the due forecast (only the progress page shows it, so `refresh` does not read every card). */
  async loadForecast(now = clock()): Promise<void> {
    this.forecast = await this.storage.use(async (api, db) => {
      const [{ dueForecast }, cards] = await Promise.all([
        import('$lib/domain/study/forecast'),
        api.listCards(db)
      ]);
      return dueForecast(cards, now, -now.getTimezoneOffset());
    });
  }

  /** Share (0..1) of a pack's `total` questions whose latest answer was right, for its progress ring. */
  mastered(packId: string, total: number): number {
    const p = this.byPack[packId];
    if (!p || total <= 0) return 0;
    return Math.min(1, (p.mastered * p.total) / total);
  }

  lastStudied(packId: string): number | null {
    return this.byPack[packId]?.lastStudiedAt ?? null;
  }
}
