import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newCard } from '../domain/study';
import { DB_VERSION, openSourcewiseDb } from './db';
import { STORAGE_MESSAGES, StorageError, toStorageError } from './errors';
import { listAttempts, recordAnswer } from './study';
import { freshDb, freshFactory } from './test-helpers';

const dom = (name: string, message = name) => new DOMException(message, name);

async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  try {
    await promise;
  } catch (error) {
    return error as StorageError;
  }
  throw new Error('expected a rejection');
}

describe('mapping browser errors', () => {
  it('names each kind the UI must explain', () => {
    expect(toStorageError(dom('QuotaExceededError')).kind).toBe('quota');
    expect(toStorageError(dom('VersionError')).kind).toBe('version');
    expect(toStorageError(dom('InvalidStateError')).kind).toBe('unavailable');
    expect(toStorageError(dom('SecurityError')).kind).toBe('unavailable');
    expect(toStorageError(dom('DataCloneError')).kind).toBe('invalid');
    expect(toStorageError(dom('UnknownError', 'The quota has been exceeded.')).kind).toBe('quota');
  });

  it('gives a plain message the UI can show and keeps the cause', () => {
    const cause = dom('QuotaExceededError');
    const error = toStorageError(cause);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.message).toBe(STORAGE_MESSAGES.quota);
    expect(error.message).toMatch(/out of storage space/);
    expect(error.cause).toBe(cause);
    expect(toStorageError(error)).toBe(error);
  });
});

describe('opening the database', () => {
  const original = globalThis.indexedDB;
  afterEach(() => {
    globalThis.indexedDB = original;
  });

  it('reports a browser without IndexedDB as unavailable', async () => {
    // @ts-expect-error simulating a browser that has no IndexedDB at all
    delete globalThis.indexedDB;
    expect((await rejection(openSourcewiseDb())).kind).toBe('unavailable');
  });

  it('reports a private window that refuses to open as unavailable', async () => {
    const factory = {
      open: () => {
        throw dom(
          'InvalidStateError',
          'A mutation operation was attempted on a database that did not allow mutations.'
        );
      }
    } as unknown as IDBFactory;
    const error = await rejection(openSourcewiseDb({ factory }));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/private window/);
  });

  it('reports a database from a newer app version', async () => {
    const factory = freshFactory();
    await new Promise<void>((resolve) => {
      const request = factory.open('sourcewise', 99);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const error = await rejection(openSourcewiseDb({ factory }));
    expect(error.kind).toBe('version');
    expect(error.message).toMatch(/newer version/);
  });

  it('tells the learner when another tab blocks the upgrade, then finishes once it closes', async () => {
    const factory = freshFactory();
    const oldTab = await openSourcewiseDb({ factory, version: 1 });
    oldTab.close();
    // An old tab that does not close on request (older builds did not listen for versionchange).
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open('sourcewise', 1);
      request.onsuccess = () => resolve(request.result);
    });
    const blocked: StorageError[] = [];
    const opening = openSourcewiseDb({ factory, onBlocked: (e) => blocked.push(e) });
    await vi.waitFor(() => expect(blocked).toHaveLength(1));
    expect(blocked[0].kind).toBe('blocked');
    expect(blocked[0].message).toMatch(/another tab/);
    raw.close();
    const db = await opening;
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('steps aside when a newer tab needs to upgrade, and says so', async () => {
    const factory = freshFactory();
    let asked = 0;
    const db = await openSourcewiseDb({ factory, onVersionChange: () => asked++ });
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('sourcewise', DB_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onblocked = () => reject(new Error('the old connection should have closed itself'));
    });
    expect(asked).toBe(1);
    newer.close();
    expect(() => db.transaction('meta')).toThrow();
  });

  it('says so when the browser closes the database on its own (site data cleared)', async () => {
    let terminated = 0;
    const db = await openSourcewiseDb({ factory: freshFactory(), onTerminated: () => terminated++ });
    // fake-indexeddb types the argument as the class, but it takes an instance.
    forceCloseDatabase(unwrap(db) as never);
    expect(terminated).toBe(1);
  });
});

describe('a full disk while answering', () => {
  it('rejects with a quota error and keeps neither the attempt nor the card', async () => {
    const { db } = await freshDb();
    // The attempt is added first; the card write then fails the way a full disk does.
    const put = vi.spyOn(globalThis.IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw dom('QuotaExceededError', 'The quota has been exceeded.');
    });
    try {
      const error = await rejection(
        recordAnswer(
          db,
          {
            scope: 'pack:p',
            questionId: 'q1',
            packId: 'p',
            skill: 'general',
            type: 'true-false',
            correct: true,
            score: 1,
            response: { type: 'true-false', value: true },
            at: Date.now(),
            durationMs: 1000
          },
          newCard(new Date())
        )
      );
      expect(error.kind).toBe('quota');
    } finally {
      put.mockRestore();
    }
    expect(await listAttempts(db)).toEqual([]);
    expect(await db.count('schedules')).toBe(0);
  });
});
