import { describe, expect, it, vi } from 'vitest';
import { freshFactory, sampleAnswer } from '$lib/storage/test-helpers';
import { DB_VERSION, type SourcewiseDb } from '$lib/storage';
import { PackLibrary } from './packs.svelte';
import { ProgressState } from './progress.svelte';
import { StorageState, type Api } from './storage.svelte';

/** The write an answer makes: attempt and card in one transaction (safe to run twice). */
const answer =
  (questionId: string, at = 1_000) =>
  async (api: Api, db: SourcewiseDb) => {
    await api.recordAnswer(db, sampleAnswer(questionId, at), null);
  };

function quotaError() {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

async function storedQuestions(factory: IDBFactory): Promise<string[]> {
  const reader = new StorageState(undefined, { factory, name: 'test' });
  const attempts = (await reader.use((api, db) => api.listAttempts(db))) ?? [];
  (await reader.connect()).db.close();
  return attempts.map((a) => a.questionId).sort();
}

function setup() {
  const factory = freshFactory();
  return { factory, storage: new StorageState(undefined, { factory, name: 'test' }) };
}

describe('writing through a lost connection, another tab and a full disk', () => {
  it('reopens a connection closed under the page and writes the answer', async () => {
    const { factory, storage } = setup();
    const { db } = await storage.connect();
    db.close(); // what iOS does to a page in the background
    expect(await storage.save(answer('q1'))).toBe(true);
    expect(storage.notice).toBeNull();
    expect(storage.unsaved).toBe(0);
    expect(await storedQuestions(factory)).toEqual(['q1']);
  });

  it('tries a write that hit a full disk once more, and keeps it in memory while the disk stays full', async () => {
    const { factory, storage } = setup();
    await storage.connect();
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(() => {
      throw quotaError();
    });
    expect(await storage.save(answer('q1'))).toBe(true);
    expect(add).toHaveBeenCalledTimes(2);

    add.mockImplementation(() => {
      throw quotaError();
    });
    expect(await storage.save(answer('q2', 2_000))).toBe(false);
    expect(await storage.save(answer('q3', 3_000))).toBe(false);
    expect(storage.unsaved).toBe(2);
    expect(storage.notice).toMatchObject({
      kind: 'quota',
      message: expect.stringContaining('out of storage')
    });

    // Space freed: the next try writes both answers kept in memory, in order, and the notice goes.
    add.mockRestore();
    expect(await storage.flush()).toBe(true);
    expect(storage.unsaved).toBe(0);
    expect(storage.notice).toBeNull();
    expect(await storedQuestions(factory)).toEqual(['q1', 'q2', 'q3']);
  });

  it('a newer version opened in another tab: says so, keeps the answer in memory, asks for a reload', async () => {
    const { factory, storage } = setup();
    await storage.connect();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('test', DB_VERSION + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(storage.reloadNeeded).toBe(true);
    expect(await storage.save(answer('q1'))).toBe(false);
    expect(storage.unsaved).toBe(1);
    expect(storage.notice).toMatchObject({
      kind: 'version',
      message: expect.stringContaining('newer version')
    });
  });

  it('two tabs answering at once both keep their answers', async () => {
    const { factory, storage } = setup();
    const other = new StorageState(undefined, { factory, name: 'test' });
    await Promise.all([storage.connect(), other.connect()]);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? other : storage).save(answer(`q${i}`, i)))
    );
    expect(results.every(Boolean)).toBe(true);
    expect(await storedQuestions(factory)).toHaveLength(10);
  });

  it('asks the browser to keep the data once, when progress is first saved', async () => {
    const { storage } = setup();
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist } });
    try {
      await storage.persistOnce();
      await storage.persistOnce();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(persist).toHaveBeenCalledTimes(1);
  });
});

describe('opening', () => {
  it('fetches the built-in pack list only when the database needs an upgrade', async () => {
    const factory = freshFactory();
    const builtInIds = vi.fn(async () => new Set(['alaska-summit']));
    const first = new StorageState(builtInIds, { factory, name: 'test' });
    (await first.connect()).db.close();
    expect(builtInIds).toHaveBeenCalledTimes(1); // a new database runs every upgrade step

    const again = new StorageState(builtInIds, { factory, name: 'test' });
    const { db } = await again.connect();
    expect(db.version).toBe(DB_VERSION);
    expect(builtInIds).toHaveBeenCalledTimes(1); // up to date: opened without waiting for the list
    db.close();
  });

  it('opens with the storage code a page handed over', async () => {
    const factory = freshFactory();
    const api = await import('$lib/storage');
    const openSourcewiseDb = vi.fn(api.openSourcewiseDb);
    const storage = new StorageState(undefined, { factory, name: 'test' });
    storage.useApi({ ...api, openSourcewiseDb });
    expect(await storage.save(answer('q1'))).toBe(true);
    expect(openSourcewiseDb).toHaveBeenCalledTimes(1);
    expect(await storedQuestions(factory)).toEqual(['q1']);
  });
});

describe('a first visit', () => {
  const firstVisit = () => {
    const { factory, storage } = setup();
    return { factory, storage, progress: new ProgressState(storage, new PackLibrary()) };
  };

  it('shows no progress without opening, or creating, the database', async () => {
    const { factory, storage, progress } = firstVisit();
    const openSourcewiseDb = vi.fn();
    storage.useApi({ ...(await import('$lib/storage')), openSourcewiseDb });
    expect(await storage.nothingStored()).toBe(true);
    await progress.refresh(new Date(5_000));
    expect(progress.status).toBe('ready');
    expect(progress.answers).toBe(0);
    expect(progress.due).toBe(0);
    expect(openSourcewiseDb).not.toHaveBeenCalled();
    expect(await factory.databases()).toEqual([]);
  });

  it('reads the progress once anything is stored', async () => {
    const { factory, storage } = firstVisit();
    expect(await storage.save(answer('q1'))).toBe(true);
    expect(await storage.nothingStored()).toBe(false);
    (await storage.connect()).db.close();

    // The next visit: a new page, the database left by the first.
    const next = new StorageState(undefined, { factory, name: 'test' });
    expect(await next.nothingStored()).toBe(false);
    const progress = new ProgressState(next, new PackLibrary());
    await progress.refresh(new Date(5_000));
    expect(progress.answers).toBe(1);
  });

  it('opens the database as before when the browser cannot list its databases', async () => {
    for (const databases of [undefined, () => Promise.reject(new Error('not allowed'))]) {
      const factory = Object.assign(Object.create(freshFactory()) as IDBFactory, { databases });
      const storage = new StorageState(undefined, { factory, name: 'test' });
      expect(await storage.nothingStored()).toBe(false);
      const progress = new ProgressState(storage, new PackLibrary());
      await progress.refresh(new Date(5_000));
      expect(progress.status).toBe('ready');
      expect(progress.answers).toBe(0);
    }
  });
});
