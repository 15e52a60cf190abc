/**
 * The app's one connection to IndexedDB. The storage code (and zod, which checks every record) is loaded on
 * first use, so the home screen paints before it arrives. Storage failures become one message the layout shows;
 * the app stays usable (studying works without saving, e.g. in a private window).
 *
 * A connection can be lost under the page (iOS after the background, site data cleared, another tab upgrading):
 * every operation that fails that way, or with a full disk, reopens the database and is tried once more. An answer
 * that still cannot be written is kept in memory (`unsaved`) and written before the next one, or on "Try again".
 */
import type * as StorageApi from '$lib/storage';
import type { OpenOptions, SourcewiseDb } from '$lib/storage';

export type Api = typeof StorageApi;
export interface StorageNotice {
  kind: 'quota' | 'blocked' | 'unavailable' | 'version' | 'invalid' | 'unknown';
  message: string;
}

type Work<T> = (api: Api, db: SourcewiseDb) => Promise<T>;

/** Failures that a fresh connection (or a second try) may get past; bad data and a newer database will not. */
function retryable(error: unknown): boolean {
  const kind = (error as { kind?: string } | null)?.kind;
  return kind === 'quota' || kind === 'unavailable' || kind === 'unknown' || kind === undefined;
}

export class StorageState {
  notice = $state<StorageNotice | null>(null);
  /** Records that failed validation and were skipped, as messages naming the store and field. */
  problems = $state.raw<string[]>([]);
  /** Another tab upgraded the database; this one must reload to keep saving. */
  reloadNeeded = $state(false);
  /** Answers given but not yet written (kept in memory, written in order as soon as storage works). */
  unsaved = $state(0);

  #connection: Promise<{ api: Api; db: SourcewiseDb }> | null = null;
  #api: Api | null = null;
  #queue: Work<unknown>[] = [];
  #flushing: Promise<boolean> = Promise.resolve(true);

  /**
   * `builtInIds` names the built-in packs; an upgrade of old progress needs them (see storage/scope.ts).
   * `options` (a factory, a name) are for tests.
   */
  constructor(
    readonly builtInIds: () => Promise<ReadonlySet<string> | null> = async () => null,
    private readonly options: Pick<OpenOptions, 'factory' | 'name'> = {}
  ) {}

  /**
   * A page that imports the storage code statically (so that Kit preloads it with the page) hands it over: a dynamic
   * import of a module already loaded still waits for a turn of the event loop, behind everything else the page is
   * doing at start (20–70 ms on a slow phone, measured by `npm run bench -- scale`).
   */
  useApi(api: Api) {
    this.#api = api;
  }

  /**
   * True when this site has no IndexedDB database at all, as on a first visit: there is nothing to read then, and the
   * storage code (zod with it) need not be loaded to find that out: a first visit to the home screen fetched 105.7 KB
   * of JavaScript (gzip) with it and 49.7 KB without (`npm run bench -- app`), and running it was the largest piece of
   * work on a slow phone. False when anything is stored, once connected, and whenever the browser cannot say.
   */
  async nothingStored(): Promise<boolean> {
    // Any doubt (a connection already open, no IndexedDB, no `databases()` in this browser, an error) is "maybe".
    try {
      return !this.#connection && (await (this.options.factory ?? indexedDB).databases()).length === 0;
    } catch {
      return false;
    }
  }

  connect(): Promise<{ api: Api; db: SourcewiseDb }> {
    this.#connection ??= this.#open().catch((error: unknown) => {
      this.#connection = null;
      throw error;
    });
    return this.#connection;
  }

  async #open() {
    const api = this.#api ?? (await import('$lib/storage'));
    // Only an upgrade step needs the built-in pack list (fetched and checked: on a slow phone, tens of milliseconds in
    // the way of every page's first read); an up-to-date database opens without it.
    const builtInPackIds = (await api.upgradeNeeded(this.options))
      ? await this.builtInIds().catch(() => null)
      : null;
    const db = await api.openSourcewiseDb({
      ...this.options,
      builtInPackIds,
      onBlocked: (error) => this.report(error),
      onVersionChange: () => {
        this.#connection = null;
        this.reloadNeeded = true;
      },
      onTerminated: () => {
        this.#connection = null;
      },
      onProblem: (problem) => {
        if (!this.problems.includes(problem.message)) this.problems = [...this.problems, problem.message];
      }
    });
    if (this.notice?.kind === 'blocked') this.notice = null;
    return { api, db };
  }

  /** Forgets a connection that failed, closing it, so the next call opens a fresh one. */
  async #reopen(): Promise<void> {
    const stale = this.#connection;
    this.#connection = null;
    const open = await stale?.catch(() => null);
    open?.db.close();
  }

  /**
   * Runs `work` against the database; if it fails in a way a fresh connection may cure, reopens and tries once more.
   * A failure is shown to the learner and gives `null`.
   */
  async use<T>(work: Work<T>): Promise<T | null> {
    const run = async () => {
      const { api, db } = await this.connect();
      return await work(api, db);
    };
    try {
      return await run();
    } catch (first) {
      if (!retryable(first)) {
        this.report(first);
        return null;
      }
      await this.#reopen();
      try {
        return await run();
      } catch (error) {
        this.report(error);
        return null;
      }
    }
  }

  /**
   * Writes an answer (`work` must be safe to run again: it is all-or-nothing). Answers kept from earlier failures are
   * written first, in order; if this one cannot be written either it is kept in memory too. True when written.
   */
  async save(work: Work<unknown>): Promise<boolean> {
    this.#queue.push(work);
    this.unsaved = this.#queue.length;
    await this.flush();
    return !this.#queue.includes(work);
  }

  /** Writes the answers kept in memory, oldest first, one writer at a time; true when none is left. */
  flush(): Promise<boolean> {
    this.#flushing = this.#flushing.then(() => this.#drain());
    return this.#flushing;
  }

  async #drain(): Promise<boolean> {
    while (this.#queue.length) {
      const done = await this.use(async (api, db) => {
        await this.#queue[0](api, db);
        return true;
      });
      if (!done) return false;
      this.#queue.shift();
      this.unsaved = this.#queue.length;
    }
    if (this.notice && this.notice.kind !== 'blocked') this.notice = null;
    return true;
  }

  /**
   * Asks the browser once (when progress is first saved) to keep the data; the settings page shows the answer.
   * Called after an answer is written, from the click that gave it, so browsers that prompt may do so.
   */
  async persistOnce(): Promise<void> {
    await this.use(async (api, db) => {
      if (await api.getSetting(db, 'persistenceAsked')) return;
      await api.setSetting(db, 'persistenceAsked', true);
      await api.requestPersistence();
    });
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
