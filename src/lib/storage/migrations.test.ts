import { describe, expect, it } from 'vitest';
import fixture from '../../../tests/fixtures/storage/v1.json';
import fixtureV3 from '../../../tests/fixtures/storage/v3.json';
import { DB_VERSION, openSourcewiseDb, UPGRADES, type SourcewiseDb } from './db';
import { getPack, listPacks } from './packs';
import { getSetting } from './settings';
import { dueCards, listAttempts, listCards, loadSession, recordAnswer } from './study';
import { listClassResults } from './classes';
import { freshFactory, type TestDb } from './test-helpers';

type Stores = typeof fixture.stores;

/** Builds the database exactly as version 1 of the app left it, from the fixture. */
async function buildV1(factory: IDBFactory, stores: Stores = fixture.stores, version = 1): Promise<void> {
  const db = await openSourcewiseDb({ factory, version });
  expect(db.version).toBe(version);
  const tx = db.transaction(['packs', 'attempts', 'cards', 'classes', 'meta'], 'readwrite');
  const raw = (name: string) => tx.objectStore(name as 'meta') as unknown as IDBObjectStoreLike;
  await Promise.all([
    ...stores.packs.map((r) => raw('packs').put(r)),
    ...stores.attempts.map((r) => raw('attempts').put(r)),
    ...stores.cards.map((r) => raw('cards').put(r)),
    ...stores.classes.map((r) => raw('classes').put(r)),
    ...stores.meta.map((e) => tx.objectStore('meta').put(e.value, e.key)),
    tx.done
  ]);
  if (version === 1) expect([...db.transaction('cards').store.indexNames]).not.toContain('by-due');
  db.close();
}

interface IDBObjectStoreLike {
  put(value: unknown): Promise<unknown>;
}

async function openCurrent(
  factory: IDBFactory,
  builtInPackIds: ReadonlySet<string> | null = null
): Promise<TestDb> {
  const problems: TestDb['problems'] = [];
  const db = await openSourcewiseDb({ factory, builtInPackIds, onProblem: (p) => problems.push(p) });
  return { db, factory, problems };
}

describe('upgrading a version 1 database', () => {
  it('keeps every record of every store intact', async () => {
    const factory = freshFactory();
    await buildV1(factory);
    const { db, problems } = await openCurrent(factory);
    expect(db.version).toBe(DB_VERSION);

    expect(await db.getAll('packs')).toEqual(fixture.stores.packs);
    // Without the built-in list, a pack that is stored is an own pack; a quiz answer stays with its quiz.
    expect(await db.getAll('attempts')).toEqual(
      fixture.stores.attempts.map((a) => ({
        ...a,
        scope: a.quizId ? `quiz:${a.quizId}` : 'pack:my-alaska-quiz'
      }))
    );
    expect(await db.getAll('classes')).toEqual(fixture.stores.classes);
    // Cards gain a top-level copy of their due date and are otherwise unchanged.
    const byId = (a: { questionId: string }, b: { questionId: string }) =>
      a.questionId.localeCompare(b.questionId);
    expect(await db.getAll('cards')).toEqual(
      fixture.stores.cards.map((c) => ({ ...c, due: c.card.due })).sort(byId)
    );
    expect(await db.count('schedules')).toBe(fixture.stores.cards.length);
    for (const { key, value } of fixture.stores.meta) expect(await db.get('meta', key)).toEqual(value);
    expect(await db.get('meta', 'schemaVersion')).toBe(DB_VERSION);

    // And the repositories read all of it without a single skipped record.
    expect((await listPacks(db)).map((p) => p.id)).toEqual(['my-alaska-quiz']);
    expect((await getPack(db, 'my-alaska-quiz'))?.pack.questions).toHaveLength(2);
    expect(await listAttempts(db)).toHaveLength(3);
    expect(await listCards(db)).toHaveLength(2);
    expect(await listClassResults(db, 'quiz-9b')).toHaveLength(1);
    expect(await getSetting(db, 'theme')).toBe('dark');
    expect((await loadSession(db, 'my-alaska-quiz'))?.index).toBe(1);
    expect(problems).toEqual([]);
    db.close();
  });

  it('makes the v1 cards reachable through the new due-date index (the review queue)', async () => {
    const factory = freshFactory();
    await buildV1(factory);
    const { db } = await openCurrent(factory);
    const byDue = async (ms: number) => (await dueCards(db, new Date(ms))).map((c) => c.questionId);
    expect(await byDue(1770710520000)).toEqual(['alaska-length']);
    expect(await byDue(1770711000000)).toEqual(['alaska-length', 'alaska-where']);
    expect(await byDue(1770710000000)).toEqual([]);
    db.close();
  });

  it('leaves the old database untouched when an upgrade step fails', async () => {
    // (The failing step is one added after the current version.)
    const factory = freshFactory();
    await buildV1(factory);
    UPGRADES.push(() => {
      throw new Error('step 3 is broken');
    });
    let error: unknown;
    try {
      await openSourcewiseDb({ factory, version: DB_VERSION + 1 });
    } catch (e) {
      error = e;
    } finally {
      UPGRADES.pop();
    }
    expect(error).toMatchObject({ name: 'StorageError', kind: 'unavailable' });
    expect(String((error as Error).message)).toMatch(/Nothing was changed/);

    // Still at version 1 (even step 2 was rolled back), and a normal open then upgrades fine.
    const raw: SourcewiseDb = await openSourcewiseDb({ factory, version: 1 });
    expect([...raw.transaction('cards').store.indexNames]).not.toContain('by-due');
    raw.close();
    const { db } = await openCurrent(factory);
    expect((await db.getAll('attempts')).map(({ scope: _, ...a }) => a)).toEqual(fixture.stores.attempts);
    db.close();
  });
});

describe('upgrading a version 2 database (attempts may time out from version 3)', () => {
  it('keeps every record as it was, then stores timed-out attempts; a version 2 build is refused', async () => {
    const factory = freshFactory();
    await buildV1(factory);
    const v2 = await openSourcewiseDb({ factory, version: 2 });
    const before = Object.fromEntries(
      await Promise.all(
        (['packs', 'attempts', 'cards', 'classes'] as const).map(async (store) => [
          store,
          await v2.getAll(store)
        ])
      )
    );
    v2.close();

    const { db, problems } = await openCurrent(factory);
    expect(db.version).toBe(DB_VERSION);
    for (const store of ['packs', 'cards', 'classes'] as const)
      expect(await db.getAll(store), store).toEqual(before[store]);
    expect((await db.getAll('attempts')).map(({ scope: _, ...a }) => a)).toEqual(before.attempts);
    for (const { key, value } of fixture.stores.meta) expect(await db.get('meta', key)).toEqual(value);
    expect(await db.get('meta', 'schemaVersion')).toBe(DB_VERSION);

    await recordAnswer(
      db,
      {
        scope: 'quiz:qz-lesson',
        questionId: 'alaska-where',
        packId: 'my-alaska-quiz',
        skill: 'general',
        type: 'choice',
        correct: false,
        score: 0,
        graded: true,
        timedOut: true,
        at: 1770800000000,
        durationMs: 30_000,
        quizId: 'qz-lesson'
      },
      null
    );
    const attempts = await listAttempts(db);
    expect(attempts).toHaveLength(4);
    expect(attempts.at(-1)).toMatchObject({ timedOut: true, quizId: 'qz-lesson' });
    expect(problems).toEqual([]);
    db.close();

    // A tab still running a version 2 build can no longer open the database, and says why.
    await expect(openSourcewiseDb({ factory, version: 2 })).rejects.toMatchObject({ kind: 'version' });
  });
});

describe('upgrading a version 3 database (progress keyed by scope from version 5)', () => {
  const builtIn = new Set(fixtureV3.builtInPackIds);
  const v3 = fixtureV3.stores as unknown as Stores;
  const scopeOfPack: Record<string, string> = {
    'alaska-summit': 'builtin',
    'alaska-summit-2': 'builtin',
    'my-alaska-quiz': 'pack:my-alaska-quiz',
    'teacher-pack': 'quiz:qz-9b'
  };

  it('copies every card into its scope and gives every attempt one; nothing is lost or changed', async () => {
    const factory = freshFactory();
    await buildV1(factory, v3, 3);
    const { db, problems } = await openCurrent(factory, builtIn);
    expect(db.version).toBe(DB_VERSION);

    // The old stores keep every record as it was; attempts only gain their scope.
    expect(await db.getAll('packs')).toEqual(
      [...fixtureV3.stores.packs].sort((a, b) => a.id.localeCompare(b.id))
    );
    const byId = (a: { questionId: string }, b: { questionId: string }) =>
      a.questionId.localeCompare(b.questionId);
    expect(await db.getAll('cards')).toEqual([...fixtureV3.stores.cards].sort(byId));
    expect(await db.getAll('attempts')).toEqual(
      fixtureV3.stores.attempts.map((a) => ({ ...a, scope: scopeOfPack[a.packId] }))
    );
    expect(await getSetting(db, 'theme')).toBe('dark');

    // Each card is now a schedule in its scope, with the same FSRS state.
    const schedules = await listCards(db);
    expect(schedules.map((s) => [s.scope, s.questionId, s.card]).sort()).toEqual(
      fixtureV3.stores.cards.map((c) => [scopeOfPack[c.packId], c.questionId, c.card]).sort()
    );
    expect(await listAttempts(db, { scope: 'builtin', questionId: 'attribution-1xuc6n401s7' })).toHaveLength(
      2
    );
    // The review queue sees all of them through the new index.
    expect((await dueCards(db, new Date(1770711400000))).map((c) => c.questionId)).toHaveLength(4);
    expect(problems).toEqual([]);
    db.close();
  });

  it('without the built-in pack list, takes packs that are not stored as built in', async () => {
    const factory = freshFactory();
    await buildV1(factory, v3, 3);
    const { db } = await openCurrent(factory, null);
    const scopes = Object.fromEntries((await listCards(db)).map((s) => [s.questionId, s.scope]));
    expect(scopes).toEqual({
      'attribution-1xuc6n401s7': 'builtin',
      'alaska-where': 'pack:my-alaska-quiz',
      'tq-1': 'quiz:qz-9b',
      // The stranger's pack is stored under this built-in id, so without the list it is taken as its own.
      'fact-opinion-6lsh5u38oo': 'pack:alaska-summit-2'
    });
    db.close();
  });
});
