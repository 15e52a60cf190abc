/**
 * The app's one connection to IndexedDB. The storage code (and zod, which checks every record) is loaded on
 * first use, so the home screen paints before it arrives. Storage failures become one message the layout shows;
 * the app stays usable (studying works without saving, e.g. in a private window).
 */
import type * as StorageApi from '$lib/storage';
import type { SourcewiseDb } from '$lib/storage';

export type Api = typeof StorageApi;
export interface StorageNotice {
  kind: 'quota' | 'blocked' | 'unavailable' | 'version' | 'invalid' | 'unknown';
  message: string;
}

export class StorageState {
  notice = $state<StorageNotice | null>(null);
  /** Records that failed validation and were skipped, as messages naming the store and field. */
  problems = $state.raw<string[]>([]);
  /** Another tab upgraded the database; this one must reload to keep saving. */
  reloadNeeded = $state(false);

  #connection: Promise<{ api: Api; db: SourcewiseDb }> | null = null;

  /** `builtInIds` names the built-in packs; an upgrade of old progress needs them (see storage/scope.ts). */
  constructor(readonly builtInIds: () => Promise<ReadonlySet<string> | null> = async () => null) {}

  connect(): Promise<{ api: Api; db: SourcewiseDb }> {
    this.#connection ??= this.#open().catch((error: unknown) => {
      this.#connection = null;
      throw error;
    });
    return this.#connection;
  }

  async #open() {
    const [api, builtInPackIds] = await Promise.all([
      import('$lib/storage'),
      this.builtInIds().catch(() => null)
    ]);
    const db = await api.openSourcewiseDb({
      builtInPackIds,
      onBlocked: (error) => this.report(error),
      onVersionChange: () => {
        this.#connection = null;
        this.reloadNeeded = true;
      },
      onProblem: (problem) => {
        if (!this.problems.includes(problem.message)) this.problems = [...this.problems, problem.message];
      }
    });
    if (this.notice?.kind === 'blocked') this.notice = null;
    return { api, db };
  }

  /** Runs `work` against the database; a failure is shown to the learner and gives `null`. */
  async use<T>(work: (api: Api, db: SourcewiseDb) => Promise<T>): Promise<T | null> {
    try {
      const { api, db } = await this.connect();
      return await work(api, db);
    } catch (error) {
      this.report(error);
      return null;
    }
  }

  report(error: unknown) {
    const kind = (error as { kind?: StorageNotice['kind'] } | null)?.kind;
    const message = error instanceof Error ? error.message : String(error);
    this.notice = { kind: kind ?? 'unknown', message };
  }

  dismiss() {
    this.notice = null;
  }
}
