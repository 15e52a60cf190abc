/**
 * The Sourcewise IndexedDB database: typed schema, numbered upgrade steps and opening with clear errors.
 * Upgrades only ever add stores, add indexes or fill in fields; they never drop user data.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { StorageError, toStorageError, type StorageProblem } from './errors';
import { upgradeOlderPack } from '../domain/formats/json/format-migrate';
import { scopeLegacyProgress } from './legacy-scopes';
import { splitPackTallies, writeTallies, type TallyCursorStore } from './tally-writes';
import { compacted, type StoredAttempt } from './attempt-codec';
import {
  attemptRecordSchema,
  cardRecordSchema,
  packRecordSchema,
  type AttemptRecord,
  type CardRecord,
  type ClassRecord,
  type PackRecord,
  type ScheduleRecord
} from './records';

export const DB_NAME = 'sourcewise';
export const DB_VERSION = 9;

export interface SourcewiseSchema extends DBSchema {
  packs: { key: string; value: PackRecord; indexes: { 'by-updated': number } };
  /** The answer log, in the compact form of `attempt-codec.ts` (read and written only through it). */
  attempts: {
    key: number;
    value: StoredAttempt;
    indexes: { 'by-question': string; 'by-at': number };
  };
  /** Scheduling before scopes (version 4 and older); kept unread for one version, so an upgrade bug costs nothing. */
  cards: { key: string; value: CardRecord; indexes: { 'by-pack': string; 'by-due': number } };
  /** Each question's scheduling within one scope (see `scope.ts`). */
  schedules: {
    key: [string, string];
    value: ScheduleRecord;
    indexes: { 'by-scope': string; 'by-due': number };
  };
  classes: { key: string; value: ClassRecord; indexes: { 'by-quiz': string } };
  /**
   * Running tallies of the attempt log for the progress page (`tally-writes.ts`), kept in step with `attempts` in
   * each answer's transaction; not part of a backup (rebuilt from the log on restore).
   */
  tallies: { key: IDBValidKey; value: unknown };
  /** Settings, saved sessions and the schema version, keyed by name (out-of-line keys). */
  meta: { key: string; value: unknown };
}

export type SourcewiseDb = IDBPDatabase<SourcewiseSchema>;
export type StoreName = StoreNames<SourcewiseSchema>;
/** The stores that hold the learner's data (what a backup holds); `cards` is the unread copy from before scopes. */
export const STORE_NAMES: StoreName[] = ['packs', 'attempts', 'schedules', 'classes', 'meta'];

type UpgradeTx = IDBPTransaction<SourcewiseSchema, StoreName[], 'versionchange'>;

/**
 * The attempts store as steps 1 to 7 knew it, which the schema above no longer describes: records in the expanded
 * form, and the indexes that step 8 dropped (no read uses them).
 */
type OldAttemptStore = {
  createIndex(name: 'by-pack' | 'by-skill' | 'by-scope-question', keyPath: string | string[]): unknown;
  getAll(): Promise<AttemptRecord[]>;
  put(value: unknown): Promise<unknown>;
};

/** What an upgrade step may need from the app. */
export interface UpgradeContext {
  /** Ids of the built-in packs, or null when the app could not read its pack list. */
  builtInPackIds: ReadonlySet<string> | null;
}

/**
 * UPGRADES[n - 1] brings a database from version n - 1 to n. Steps run inside the single versionchange
 * transaction; if one fails the whole upgrade is rolled back and the old data stays as it was.
 */
export const UPGRADES: ((
  db: SourcewiseDb,
  tx: UpgradeTx,
  context: UpgradeContext
) => Promise<void> | void)[] = [
  // v1: the original stores.
  (db) => {
    const packs = db.createObjectStore('packs', { keyPath: 'id' });
    packs.createIndex('by-updated', 'updatedAt');
    const attempts = db.createObjectStore('attempts', { keyPath: 'id', autoIncrement: true });
    attempts.createIndex('by-question', 'questionId');
    (attempts as unknown as OldAttemptStore).createIndex('by-pack', 'packId');
    attempts.createIndex('by-at', 'at');
    const cards = db.createObjectStore('cards', { keyPath: 'questionId' });
    cards.createIndex('by-pack', 'packId');
    const classes = db.createObjectStore('classes', { keyPath: 'id' });
    classes.createIndex('by-quiz', 'quizId');
    db.createObjectStore('meta');
  },
  // v2: the review queue reads cards by due date, progress reads attempts by skill. v1 cards kept `due`
  // only inside `card`, so it is copied to the top level where the index can see it.
  async (_db, tx) => {
    const cards = tx.objectStore('cards');
    cards.createIndex('by-due', 'due');
    (tx.objectStore('attempts') as unknown as OldAttemptStore).createIndex('by-skill', ['skill', 'at']);
    for (let cursor = await cards.openCursor(); cursor; cursor = await cursor.continue()) {
      const record = cursor.value as CardRecord & { due?: unknown };
      const due = record.card?.due;
      if (typeof due === 'number' && record.due !== due) await cursor.update({ ...record, due });
    }
  },
  // v3: an attempt may now be "timed out" (a classroom question whose time ran out: `timedOut`, no `response`).
  // Stored records need no change and no index reads the new field, so this step does nothing; the version number
  // is what matters. It closes tabs still running a v2 build (they get "versionchange" and ask for a reload) and
  // refuses v2 builds opened later ("written by a newer version"), so no build that would skip such an attempt as
  // unreadable, and so leave it out of a backup that could later be restored, ever reads the new records.
  () => undefined,
  // v4: packs are stored in pack format version 2 (skills from one list, three spot-the-error keys, flashcards).
  // Each stored pack is rewritten; one that does not read as a pack even after migrating is kept exactly as it was
  // (it is reported when read, as before), and so is one already current.
  async (_db, tx) => {
    const packs = tx.objectStore('packs');
    for (let cursor = await packs.openCursor(); cursor; cursor = await cursor.continue()) {
      const record: unknown = cursor.value;
      const pack = (record as { pack?: unknown } | null)?.pack;
      const upgraded = upgradeOlderPack(pack);
      if (upgraded === pack) continue;
      const next = { ...(record as PackRecord), pack: upgraded };
      if (packRecordSchema.safeParse(next).success) await cursor.update(next as PackRecord);
    }
  },
  // v5: progress keyed by scope, so no pack or quiz link can take over another's schedule. Cards are copied into
  // `schedules` and attempts get their scope (legacy-scopes.ts); `cards` itself is left as it was.
  async (db, tx, context) => {
    const schedules = db.createObjectStore('schedules', { keyPath: ['scope', 'questionId'] });
    schedules.createIndex('by-scope', 'scope');
    schedules.createIndex('by-due', 'due');
    const attemptStore = tx.objectStore('attempts') as unknown as OldAttemptStore;
    attemptStore.createIndex('by-scope-question', ['scope', 'questionId']);
    const [packKeys, rawAttempts, rawCards] = await Promise.all([
      tx.objectStore('packs').getAllKeys(),
      attemptStore.getAll(),
      tx.objectStore('cards').getAll()
    ]);
    // An attempt without a usable pack id cannot be scoped; it stays exactly as it was (and is reported when read).
    const attempts = rawAttempts.filter((a) => typeof a?.packId === 'string' && typeof a.id === 'number');
    // A card that does not parse stays in `cards` only.
    const cards = rawCards.flatMap((c) => {
      const parsed = cardRecordSchema.safeParse(c);
      return parsed.success ? [parsed.data] : [];
    });
    const scoped = scopeLegacyProgress(
      { attempts, cards },
      { builtInPackIds: context.builtInPackIds, storedPackIds: new Set(packKeys.map(String)) }
    );
    await Promise.all([
      ...scoped.attempts.map((a) => attemptStore.put(a)),
      ...scoped.schedules.map((s) => tx.objectStore('schedules').put(s))
    ]);
  },
  // v6: an attempt may now say whether the learner opened the source passage before answering (`sourceOpened`).
  // Old attempts stay as they are (absent means "not recorded", which progress leaves out) and no index reads the
  // field, so this step does nothing. As with v3 the number is what matters: an older build would drop the field
  // when it rewrites attempts (its schema strips unknown keys, so a backup made there would lose the habit), and
  // the new version closes its tabs and refuses it.
  () => undefined,
  // v7: the progress page reads running tallies (store `tallies`) instead of every answer. They are built here from
  // the stored attempts (those that read as attempts; the others stay as they were and are reported when read), and
  // from now on each answer updates them in its own transaction. Nothing else changes.
  async (db, tx) => {
    db.createObjectStore('tallies');
    const values = await tx.objectStore('attempts').getAll();
    const attempts = values.flatMap((v) => {
      const parsed = attemptRecordSchema.safeParse(v);
      return parsed.success ? [parsed.data] : [];
    });
    await writeTallies(tx.objectStore('tallies'), attempts);
  },
  // v8: attempts are stored in the compact form of attempt-codec.ts (a heavy learner's 100,000 answers took 47 MB),
  // and the attempt indexes no read uses any more are dropped: by-pack (which questions a pack has seen now comes
  // from the tallies), by-skill and by-scope-question. Each record that reads as an attempt and that the compact form
  // holds exactly is rewritten; any other stays as it was (reported when read, as before), and still sits in the two
  // indexes kept, which read the field names both forms share.
  async (_db, tx) => {
    const store = tx.objectStore('attempts');
    for (const name of ['by-pack', 'by-skill', 'by-scope-question']) store.deleteIndex(name);
    const values: unknown[] = await store.getAll();
    await Promise.all(
      values.flatMap((value) => {
        const stored = compacted(value);
        return stored ? [store.put(stored)] : [];
      })
    );
  },
  // v9: a pack's question tallies are kept in buckets (tally-writes.ts, `PACK_BUCKETS`) instead of one record per
  // pack, which every answer read and rewrote whole (some 200 KB once 2,000 questions were answered, which doubled the
  // time to save an answer). Each pack's record is split here; the tallies' figures stay exactly as they were.
  async (_db, tx) => {
    await splitPackTallies(tx.objectStore('tallies') as unknown as TallyCursorStore);
  }
];

/**
 * Runs the upgrade steps from `oldVersion` to `newVersion` (exported for migration tests).
 * If a step fails, the versionchange transaction is aborted, which rolls back every step: the
 * database stays at its old version with its data as it was.
 */
export function runUpgrades(
  db: SourcewiseDb,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
  onError: (error: unknown) => void = () => undefined,
  context: UpgradeContext = { builtInPackIds: null }
): void {
  const steps = UPGRADES.slice(oldVersion, newVersion);
  const run = async () => {
    for (const step of steps) await step(db, tx, context);
    await tx.objectStore('meta').put(newVersion, 'schemaVersion');
  };
  run().catch((error: unknown) => {
    onError(error);
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
  });
}

export interface OpenOptions {
  /** An IndexedDB factory (fake-indexeddb in tests); defaults to the browser's `indexedDB`. */
  factory?: IDBFactory;
  /** Database name; tests use unique names. */
  name?: string;
  /** Schema version to open; only migration tests open older ones. */
  version?: number;
  /** Another tab holds the database open at an older version; opening waits until it closes. */
  onBlocked?: (error: StorageError) => void;
  /**
   * Another tab wants to upgrade the database. This connection is closed so the other tab can proceed;
   * the app should ask the learner to reload.
   */
  onVersionChange?: () => void;
  /**
   * The browser closed the connection on its own (site data cleared, disk trouble). Calls on this
   * connection will fail from now on; open a new one.
   */
  onTerminated?: () => void;
  /** Stored records that fail validation are skipped and reported here (default: console.warn). */
  onProblem?: (problem: StorageProblem) => void;
  /** Ids of the built-in packs, for upgrades that scope old progress (null or absent: unknown). */
  builtInPackIds?: ReadonlySet<string> | null;
}

const problemHandlers = new WeakMap<object, (problem: StorageProblem) => void>();

/** Reports a skipped record to the handler given when the database was opened. */
export function reportProblem(db: SourcewiseDb, problem: StorageProblem): void {
  const handler = problemHandlers.get(db);
  if (handler) handler(problem);
  else console.warn(`Sourcewise storage: ${problem.message}`);
}

/** The factory given, else the browser's own (absent in some private modes and old browsers). */
const factoryOf = (factory?: IDBFactory): IDBFactory | undefined =>
  factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;

/**
 * Whether opening the database will run upgrade steps: false only when the browser lists it at the current version.
 * Browsers without `indexedDB.databases()`, and any doubt, answer true (the caller then prepares what upgrades need).
 */
export async function upgradeNeeded(options: Pick<OpenOptions, 'factory' | 'name'> = {}): Promise<boolean> {
  const factory = factoryOf(options.factory);
  if (typeof factory?.databases !== 'function') return true;
  try {
    const name = options.name ?? DB_NAME;
    return !(await factory.databases()).some((d) => d.name === name && d.version === DB_VERSION);
  } catch {
    return true;
  }
}

/** Opens (creating or upgrading) the database. Rejects only with a `StorageError`. */
export async function openSourcewiseDb(options: OpenOptions = {}): Promise<SourcewiseDb> {
  const factory = factoryOf(options.factory);
  if (!factory) throw new StorageError('unavailable');
  const version = options.version ?? DB_VERSION;
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(options.name ?? DB_NAME, version);
  } catch (error) {
    throw toStorageError(error);
  }
  let upgradeError: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as SourcewiseDb;
    const tx = wrap(request.transaction!) as unknown as UpgradeTx;
    // A failed upgrade surfaces through the open request below; this copy of the error is not needed.
    tx.done.catch(() => undefined);
    runUpgrades(db, tx, event.oldVersion, event.newVersion ?? version, (error) => (upgradeError = error), {
      builtInPackIds: options.builtInPackIds ?? null
    });
  });
  request.addEventListener('blocked', () => options.onBlocked?.(new StorageError('blocked')));
  let db: SourcewiseDb;
  try {
    db = (await wrap(request)) as unknown as SourcewiseDb;
  } catch (error) {
    if (upgradeError !== undefined)
      throw new StorageError(
        'unavailable',
        'Sourcewise could not update its saved data to this version. Nothing was changed; reload to try again.',
        { cause: upgradeError }
      );
    throw toStorageError(error);
  }
  db.addEventListener('versionchange', () => {
    db.close();
    options.onVersionChange?.();
  });
  db.addEventListener('close', () => options.onTerminated?.());
  if (options.onProblem) problemHandlers.set(db, options.onProblem);
  return db;
}

/**
 * Runs the writes of one transaction so that it is all-or-nothing: if anything throws (a failed request,
 * a validation error, a quota error) the transaction is aborted and none of its writes are kept.
 * `body` may only await requests of `tx`, or the transaction would commit early. Requests that are
 * not awaited at once go through `track`, so an abort does not turn them into unhandled rejections.
 */
export async function atomically<T>(
  tx: { abort(): void; done: Promise<void> },
  body: (track: <R>(request: Promise<R>) => Promise<R>) => Promise<T>
): Promise<T> {
  const track = <R>(request: Promise<R>): Promise<R> => {
    request.catch(() => undefined);
    return request;
  };
  const done = tx.done;
  // Mark the rejection as handled now; it is awaited (and rethrown) below.
  done.catch(() => undefined);
  try {
    const result = await body(track);
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already committed or aborted
    }
    // Report the transaction's own error (e.g. QuotaExceededError at commit) when it has one.
    const txError = await done.then(
      () => undefined,
      (e: unknown) => e
    );
    throw isAbort(error) && txError && !isAbort(txError) ? txError : error;
  }
}

function isAbort(error: unknown): boolean {
  return !!error && typeof error === 'object' && 'name' in error && error.name === 'AbortError';
}

/**
 * Deletes the whole database (tests, and a last resort when it cannot be opened at all). While another
 * tab keeps it open the deletion waits; our own connections close themselves on `versionchange`.
 */
export async function deleteSourcewiseDb(factory?: IDBFactory, name = DB_NAME): Promise<void> {
  const f = factoryOf(factory);
  if (!f) throw new StorageError('unavailable');
  await new Promise<void>((resolve, reject) => {
    const request = f.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(toStorageError(request.error));
  });
}
