/**
 * A pack saved in a Web Worker (made by the import page: teach/import/pack-store.worker.ts), so storing a large
 * import never freezes the page. On the page, saving 5,000 questions was one long task: storage checks every pack
 * it writes (the whole schema again), and the lists were refreshed by reading every stored pack back, the new one
 * too. The worker opens the database with the app's own code (`openSourcewiseDb`: same version, same upgrades),
 * checks and writes the pack in one transaction (`savePack`: all or nothing), and answers with what the home screen
 * lists of each stored pack, so the big pack never comes back to the page. A storage error keeps its kind
 * (`workerError`), so the page says what it would have said had it written the pack itself.
 */
import { storedPackEntry } from '$lib/domain/packs/pack-index';
import type { Pack } from '$lib/domain/packs/schema';
import type * as StorageApi from '$lib/storage';
import type { OpenOptions, PackOrigin, SourcewiseDb } from '$lib/storage';
import type { StoredPackSummary } from './packs.svelte';
import { workerError, type WorkerEnd } from './worker-job';

export interface PackStoreRequest {
  pack: Pack;
  origin: PackOrigin;
  /** When it is saved, in ms since 1970. */
  at: number;
  /** The built-in pack ids: opening the database may upgrade it, and an upgrade of old progress needs them. */
  builtInPackIds: string[] | null;
}

/** Every stored pack as the home screen lists it, the new one included. */
export type PackStoreReply = WorkerEnd<StoredPackSummary[]>;

type Api = typeof StorageApi;

/** Checks and writes the pack (one transaction), then lists the stored packs, on an open database. */
export async function savePackAndList(
  api: Api,
  db: SourcewiseDb,
  request: PackStoreRequest
): Promise<StoredPackSummary[]> {
  await api.savePack(db, request.pack, request.origin, new Date(request.at));
  return (await api.listPacks(db)).map((r) => storedPackEntry(r.pack, r.origin));
}

/**
 * The worker's side: a connection of its own, opened as the page opens one and closed when done (it closes itself
 * sooner if another tab upgrades the database). A stored record that does not read is left out of the list, as on
 * the page; the page reports it when it next lists the packs (the home screen, the teach page).
 */
export async function storePack(
  api: Api,
  request: PackStoreRequest,
  options: Pick<OpenOptions, 'factory' | 'name' | 'onProblem'> = {}
): Promise<StoredPackSummary[]> {
  const db = await api.openSourcewiseDb({
    onProblem: () => undefined,
    ...options,
    builtInPackIds: request.builtInPackIds && new Set(request.builtInPackIds)
  });
  try {
    return await savePackAndList(api, db, request);
  } finally {
    db.close();
  }
}

/** The worker's answer to a request: the stored packs, or why the pack was not saved (a storage error's kind kept). */
export async function packStoreReply(
  api: Api,
  request: PackStoreRequest,
  options: Pick<OpenOptions, 'factory' | 'name' | 'onProblem'> = {}
): Promise<PackStoreReply> {
  try {
    return { type: 'done', result: await storePack(api, request, options) };
  } catch (error) {
    return workerError(error);
  }
}
