import { afterEach, describe, expect, it, vi } from 'vitest';
import * as storage from '$lib/storage';
import { DB_VERSION } from '$lib/storage';
import { freshFactory, samplePack } from '$lib/storage/test-helpers';
import type { Pack } from '$lib/domain/packs/schema';
import type { AppState } from './app.svelte';
import { SettingsState } from './settings.svelte';
import {
  restoreAndList,
  savePackAndList,
  writeInWorker,
  type PackStoreRequest,
  type RestoreRequest
} from './worker-writes';
import type { StoredPackSummary } from './packs.svelte';
import { StorageState } from './storage.svelte';
import { TeachLibrary } from './teach.svelte';

const NAME = 'test';
const at = Date.UTC(2026, 2, 1);

/**
 * A writing worker run in the test's own thread: what pack-store.worker.ts and backup.worker.ts do (`writeInWorker`
 * with their write), on copies of the messages (a message is a structured clone), against the test's database.
 */
class InProcessWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  constructor(
    private readonly factory: IDBFactory,
    private readonly write: typeof savePackAndList | typeof restoreAndList = savePackAndList
  ) {}
  postMessage(request: PackStoreRequest & RestoreRequest) {
    void writeInWorker(storage, structuredClone(request), this.write, {
      factory: this.factory,
      name: NAME
    }).then((reply) => this.onmessage?.({ data: structuredClone(reply) }));
  }
  terminate() {}
}

/** A worker whose code cannot be fetched (offline before it was cached). */
class UnloadableWorker {
  onmessage: unknown = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  postMessage() {
    queueMicrotask(() => this.onerror?.({ message: 'failed to fetch', preventDefault() {} }));
  }
  terminate() {}
}

function setup(makeWorker: (factory: IDBFactory) => unknown = (f) => new InProcessWorker(f)) {
  const factory = freshFactory();
  const stored: StoredPackSummary[][] = [];
  const app = {
    storage: new StorageState(undefined, { factory, name: NAME }),
    packs: {
      builtInIds: async () => new Set(['alaska-summit']),
      setStored: (list: StoredPackSummary[]) => stored.push(list)
    }
  };
  const library = new TeachLibrary(app as unknown as AppState, () => makeWorker(factory) as Worker);
  return { factory, app, library, stored };
}

/** The packs stored in the test's database, read on a connection of their own. */
async function storedPacks(factory: IDBFactory) {
  const db = await storage.openSourcewiseDb({ factory, name: NAME });
  try {
    return (await storage.listPacks(db)).map((r) => ({ id: r.id, title: r.pack.title }));
  } finally {
    db.close();
  }
}

const pack = (id: string, title = `Pack ${id}`, questions = 2) =>
  ({ ...samplePack(id, questions), title }) as unknown as Pack;

afterEach(() => vi.restoreAllMocks());

describe('saving an imported pack in a worker', () => {
  it('checks and writes it there; the home screen gets every stored pack back, the new one included', async () => {
    const { factory, library, stored } = setup();
    expect(await library.save(pack('first'), 'authored', new Date(at))).toBe(true);
    expect(await library.save(pack('big', 'Big', 50), 'imported', new Date(at + 1))).toBe(true);
    expect(stored.at(-1)?.map((p) => [p.id, p.origin, p.questionCount])).toEqual([
      ['big', 'imported', 50],
      ['first', 'authored', 2]
    ]);
    expect(await storedPacks(factory)).toEqual([
      { id: 'big', title: 'Big' },
      { id: 'first', title: 'Pack first' }
    ]);
  });

  it('a full disk: the stored pack stays as it was, and the page says the disk is full', async () => {
    const { factory, app, library, stored } = setup();
    await library.save(pack('mine', 'Before'), 'imported', new Date(at));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await library.save(pack('mine', 'After', 40), 'imported', new Date(at + 1))).toBe(false);
    // Tried once more on a fresh connection, as every write is.
    expect(put).toHaveBeenCalledTimes(2);
    put.mockRestore();
    expect(app.storage.notice).toMatchObject({
      kind: 'quota',
      message: expect.stringContaining('out of storage')
    });
    expect(stored).toHaveLength(1);
    expect(await storedPacks(factory)).toEqual([{ id: 'mine', title: 'Before' }]);
  });

  it('a pack that does not check is refused with where the problem is, and nothing is written', async () => {
    const { factory, app, library } = setup();
    const broken = pack('bad');
    (broken.questions[1] as unknown as { answer: string }).answer = 'maybe';
    expect(await library.save(broken, 'imported', new Date(at))).toBe(false);
    expect(app.storage.notice).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('$.questions[1].answer')
    });
    expect(await storedPacks(factory)).toEqual([]);
  });

  it('a worker that cannot load its code (offline before it was cached): the pack is saved on the page', async () => {
    const { factory, library, stored } = setup(() => new UnloadableWorker());
    expect(await library.save(pack('offline'), 'imported', new Date(at))).toBe(true);
    expect(stored.at(-1)?.map((p) => p.id)).toEqual(['offline']);
    expect(await storedPacks(factory)).toEqual([{ id: 'offline', title: 'Pack offline' }]);
  });

  it('a built-in pack id is refused before anything is sent to the worker', async () => {
    const { factory, library } = setup();
    expect(await library.save(pack('alaska-summit'), 'imported', new Date(at))).toBe(false);
    expect(library.message).toContain('a built-in pack has it');
    expect(await storedPacks(factory)).toEqual([]);
  });
});

describe('restoring a confirmed backup in a worker', () => {
  /** A device holding the pack `mine`, a backup holding `theirs` instead, and the settings page about to restore it. */
  async function confirming() {
    const { factory, app, library, stored } = setup();
    await library.save(pack('mine', 'Mine'), 'authored', new Date(at));
    const db = await storage.openSourcewiseDb({ factory, name: NAME });
    const current = await storage.exportAll(db, new Date(at));
    await storage.savePack(db, pack('theirs', 'Theirs'), 'imported', new Date(at + 1));
    await storage.deletePack(db, 'mine');
    const backup = await storage.exportAll(db, new Date(at + 2));
    await storage.restoreAll(db, current);
    db.close();
    const settings = new SettingsState(
      Object.assign(app, { progress: { refresh: async () => undefined } }) as unknown as AppState,
      () => new InProcessWorker(factory, restoreAndList) as unknown as Worker
    );
    settings.pendingRestore = {
      name: 'theirs.json',
      backup,
      incoming: storage.summarizeBackup(backup),
      current: storage.summarizeBackup(current)
    };
    return { factory, app, settings, stored };
  }

  it('writes it there; the home screen gets the restored packs from the worker', async () => {
    const { factory, settings, stored } = await confirming();
    expect(await settings.confirmRestore()).toBe(true);
    expect(settings.message).toEqual({ tone: 'ok', text: 'Restored from “theirs.json”.' });
    expect(await storedPacks(factory)).toEqual([{ id: 'theirs', title: 'Theirs' }]);
    expect(stored.at(-1)?.map((p) => p.id)).toEqual(['theirs']);
  });

  it('a full disk: nothing is replaced, and the page says why', async () => {
    const { factory, settings } = await confirming();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await settings.confirmRestore()).toBe(false);
    vi.restoreAllMocks();
    expect(settings.message?.text).toMatch(/out of storage space.*Nothing was changed\./);
    expect(await storedPacks(factory)).toEqual([{ id: 'mine', title: 'Mine' }]);
  });
});

describe("the worker's own connection", () => {
  it('opens the database as the page does: a newer version elsewhere is refused with the same message', async () => {
    const factory = freshFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(NAME, DB_VERSION + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const request: PackStoreRequest = { pack: pack('mine'), origin: 'imported', at, builtInPackIds: null };
    expect(await writeInWorker(storage, request, savePackAndList, { factory, name: NAME })).toEqual({
      type: 'error',
      kind: 'version',
      message: storage.STORAGE_MESSAGES.version
    });
  });

  it('creates the database when there is none yet, at the version the page opens', async () => {
    const factory = freshFactory();
    const request: PackStoreRequest = { pack: pack('first'), origin: 'imported', at, builtInPackIds: [] };
    const reply = await writeInWorker(storage, request, savePackAndList, { factory, name: NAME });
    expect(reply).toMatchObject({ type: 'done', result: [{ id: 'first' }] });
    const db = await storage.openSourcewiseDb({ factory, name: NAME });
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });
});
