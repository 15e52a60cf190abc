/**
 * What the learner has done, read from storage: the progress tallies (all-time figures kept with each answer), the
 * latest answers, the due count and a summary per pack; never every answer.
 * Refreshed when a screen that shows progress opens (home, progress); answers are written by the study session.
 */
import type { Forecast } from '$lib/domain/study/forecast';
import type { PackProgress } from '$lib/domain/study/progress';
import type { StoredProgress } from '$lib/storage';
import type { PackLibrary } from './packs.svelte';
import { clock } from './plain';
import type { StorageState } from './storage.svelte';

/** The weeks of the accuracy chart and the answers listed under "Recent answers". */
export const PROGRESS_WEEKS = 8;
export const RECENT_ANSWERS = 15;

export class ProgressState {
  /** Tallies and the latest answers; null until loaded. */
  stored = $state.raw<StoredProgress | null>(null);
  /** How many answers are stored in all. */
  answers = $derived(this.stored?.overall.answers ?? 0);
  due = $state(0);
  byPack = $state.raw<Record<string, PackProgress>>({});
  status = $state<'idle' | 'loading' | 'ready' | 'unavailable'>('idle');
  /** Reviews coming due (the progress page's forecast); null until loaded. */
  forecast = $state.raw<Forecast | null>(null);

  constructor(
    private readonly storage: StorageState,
    private readonly packs: PackLibrary
  ) {}

  /**
   * Reads the figures again. `withDue: false` leaves the due count as it is (the progress page, which shows the
   * forecast instead, does not wait for every due question's pack to be checked).
   */
  async refresh(now = clock(), { withDue = true } = {}): Promise<void> {
    if (this.status === 'idle') this.status = 'loading';
    // Marks for the scale benchmark (bench/scale.bench.ts) and for anyone profiling in DevTools.
    performance.mark('sourcewise:progress-start');
    if (await this.storage.nothingStored()) {
      // A first visit: no answers, nothing due, and no storage code loaded to learn it.
      this.status = 'ready';
      return;
    }
    const due = withDue ? this.refreshDue(now) : undefined;
    const result = await this.storage.use(async (api, db) => {
      const [stored, tallies] = await Promise.all([
        api.readProgress(db, now, {
          weeks: PROGRESS_WEEKS,
          utcOffsetMinutes: -now.getTimezoneOffset(),
          recent: RECENT_ANSWERS
        }),
        import('$lib/domain/study/tallies')
      ]);
      return { stored, byPack: tallies.packProgressFromTallies(stored.questions) };
    });
    if (!result) {
      this.status = 'unavailable';
      return;
    }
    this.stored = result.stored;
    this.byPack = result.byPack;
    this.status = 'ready';
    performance.mark('sourcewise:progress-ready');
    await due;
  }

  /** How many questions are due now (only questions that still exist count). */
  private async refreshDue(now: Date): Promise<void> {
    const due = await this.storage.use(async (api, db) => {
      const cards = await api.dueCards(db, now);
      if (!cards.length) return 0;
      // Loaded only when something is due: a first visit (the home screen's budget) never needs it.
      const { sortCards } = await import('./due');
      return (await sortCards(cards, this.packs)).live.length;
    });
    if (due !== null) this.due = due;
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
