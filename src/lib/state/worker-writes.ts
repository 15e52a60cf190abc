/**
 * Large writes made in a Web Worker, so they never freeze the page: an imported pack saved (the import page's
 * teach/import/pack-store.worker.ts) and a backup restored (settings/backup.worker.ts, which read and checked it).
 * On the page, saving a 5,000-question pack or restoring a backup of such packs took long tasks of 200–300 ms:
 * storage checks everything it writes again (the whole schema), and the lists were refreshed by reading every stored
 * pack back. The worker opens the database with the app's own code (`openSourcewiseDb`: same version, same
 * upgrades), writes with storage's own functions (`savePack`, `restoreAll`: checked, one transaction, all or
 * nothing) and answers with what the home screen lists of each stored pack, so no big pack comes back to the page.
 * A storage error keeps its kind (`workerError`), so the page says what it would have said had it written itself.
 */
import { storedPackEntry } from '$lib/domain/packs/pack-index';
import type { Pack } from '$lib/domain/packs/schema';
import type * as StorageApi from '$lib/storage';
import type { Backup, OpenOptions, PackOrigin, SourcewiseDb } from '$lib/storage';
import type { StoredPackSummary } from './packs.svelte';
import { workerError, type WorkerEnd } from './worker-job';

interface WriteRequest {
  /** The built-in pack ids: opening the database may upgrade it, and an upgrade of old progress needs them. */
  builtInPackIds: string[] | null;
}

export interface PackStoreRequest extends WriteRequest {
  pack: Pack;
  origin: PackOrigin;
  /** When it is saved, in ms since 1970. */
  at: number;
}

export interface RestoreRequest extends WriteRequest {
  type: 'restore';
  /** A backup checked by `checkBackup` (restoring checks it again: a message is not trusted). */
  backup: Backup;
}

/** Every stored pack as the home screen lists it, once the write is done. */
export type WriteReply = WorkerEnd<StoredPackSummary[]>;

type Api = typeof StorageApi;
type Options = Pick<OpenOptions, 'factory' | 'name' | 'onProblem'>;

const ids = (request: WriteRequest) => request.builtInPackIds && new Set(request.builtInPackIds);

async function storedPacks(api: Api, db: SourcewiseDb): Promise<StoredPackSummary[]> {
  return (await api.listPacks(db)).map((r) => storedPackEntry(r.pack, r.origin));
}

/** Checks and writes the pack (one transaction), then lists the stored packs, on an open database. */
export async function savePackAndList(
  api: Api,
  db: SourcewiseDb,
  request: PackStoreRequest
): Promise<StoredPackSummary[]> {
  await api.savePack(db, request.pack, request.origin, new Date(request.at));
  return storedPacks(api, db);
}

/** Replaces everything with the backup (one transaction), then lists the stored packs, on an open database. */
export async function restoreAndList(
  api: Api,
  db: SourcewiseDb,
  request: RestoreRequest
): Promise<StoredPackSummary[]> {
  await api.restoreAll(db, request.backup, ids(request));
  return storedPacks(api, db);
}

/**
 * The worker's side: a connection of its own, opened as the page opens one and closed when done (it closes itself
 * sooner if another tab upgrades the database), then the write. A stored record that does not read is left out of
 * the list, as on the page; the page reports it when it next lists the packs (the home screen, the teach page).
 */
export async function writeInWorker<R extends PackStoreRequest | RestoreRequest>(
  api: Api,
  request: R,
  write: (api: Api, db: SourcewiseDb, request: R) => Promise<StoredPackSummary[]>,
  options: Options = {}
): Promise<WriteReply> {
  try {
    const db = await api.openSourcewiseDb({
      onProblem: () => undefined,
      ...options,
      builtInPackIds: ids(request)
    });
    try {
      return { type: 'done', result: await write(api, db, request) };
    } finally {
      db.close();
    }
  } catch (error) {
    return workerError(error);
  }
}
