import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import fixture from '../../../tests/fixtures/storage/v1.json';
import v3Packs from '../../../tests/fixtures/storage/v3-packs.json';
import fixtureV3 from '../../../tests/fixtures/storage/v3.json';
import fixtureV6 from '../../../tests/fixtures/storage/v6.json';
import fixtureV7 from '../../../tests/fixtures/storage/v7.json';
import { DB_VERSION, openSourcewiseDb, upgradeNeeded, UPGRADES, type SourcewiseDb } from './db';
import { getPack, listPacks } from './packs';
import { getSetting } from './settings';
import { dueCards, listAttempts, listCards, loadSession, recordAnswer } from './study';
import { listClassResults } from './classes';
import { answeredQuestions, readProgress, rebuildTallies } from './tallies';
import { exportAll } from './backup';
import { attemptRecordSchema } from './records';
import {
  masteryBySkill,
  packProgress,
  sourceChecking,
  streakDays,
  weeklyAccuracy
} from '../domain/study/progress';
import {
  masteryFromTallies,
  packProgressFromTallies,
  sourceCheckingFromTallies,
  streakFromTallies,
  weeklyFromTallies
} from '../domain/study/tallies';
import { freshFactory, type TestDb, roundedMastery } from './test-helpers';
import { decodeAttempt } from './attempt-codec';

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

/** Every record of the data stores, as the database holds them once opened (and upgraded) at `version`. */
async function recordsAt(factory: IDBFactory, version: number) {
  const db = await openSourcewiseDb({ factory, version });
  const stores = ['packs', 'attempts', 'cards', 'classes'] as const;
  const records = Object.fromEntries(await Promise.all(stores.map(async (s) => [s, await db.getAll(s)])));
  db.close();
  return records as Record<(typeof stores)[number], unknown[]>;
}

/** The attempts as stored, expanded (the store holds them in the compact form from version 8 on). */
async function storedAttempts(db: SourcewiseDb) {
  return (await db.getAll('attempts')).map(decodeAttempt) as Record<string, unknown>[];
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

    // Packs are rewritten in pack format version 2 (upgrade 4); this one's skills were already on the list.
    expect(await db.getAll('packs')).toEqual(
      fixture.stores.packs.map((r) => ({ ...r, pack: { ...r.pack, version: 2 } }))
    );
    // Without the built-in list, a pack that is stored is an own pack; a quiz answer stays with its quiz.
    expect(await storedAttempts(db)).toEqual(
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
    expect((await storedAttempts(db)).map(({ scope: _, ...a }) => a)).toEqual(fixture.stores.attempts);
    db.close();
  });
});

describe('upgrading a version 2 database (attempts may time out from version 3)', () => {
  it('keeps every record as it was, then stores timed-out attempts; a version 2 build is refused', async () => {
    const factory = freshFactory();
    await buildV1(factory);
    const before = await recordsAt(factory, 2);

    const { db, problems } = await openCurrent(factory);
    expect(db.version).toBe(DB_VERSION);
    for (const store of ['cards', 'classes'] as const)
      expect(await db.getAll(store), store).toEqual(before[store]);
    expect((await storedAttempts(db)).map(({ scope: _, ...a }) => a)).toEqual(before.attempts);
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

describe('upgrading a version 3 database (packs stored in pack format version 2 from version 4)', () => {
  /** The database as version 3 of the app left it, holding the fixture's pack records as they were. */
  async function buildV3(factory: IDBFactory): Promise<void> {
    const db = await openSourcewiseDb({ factory, version: 3 });
    const tx = db.transaction('packs', 'readwrite');
    const packs = tx.store as unknown as IDBObjectStoreLike;
    await Promise.all([...v3Packs.packs.map((r) => packs.put(r)), tx.done]);
    db.close();
  }

  it("rewrites a teacher's pack as version 2 in the upgrade, and keeps a record that never was a pack as it was", async () => {
    const factory = freshFactory();
    await buildV3(factory);
    const { db, problems } = await openCurrent(factory);
    const [teacher, broken] = v3Packs.packs;
    const stored = await db.get('packs', teacher.id);
    // Rewritten at rest, not only when read: the record itself now says version 2.
    expect(stored?.pack.version).toBe(2);
    expect(stored).toMatchObject({ origin: 'generated', updatedAt: teacher.updatedAt });
    // Generated questions train their type's skill; an authored question's unknown skill became `general`;
    // authored skills on the list are kept; everything else of every question is as it was.
    expect(stored?.pack.questions.map((q) => [q.id, q.skill])).toEqual([
      ['attribution-price-forty', 'attribution'],
      ['fact-opinion-holt-traffic', 'fact-opinion'],
      ['spot-error-survey', 'verification'],
      ['discrepancy-survey-share', 'sources'],
      ['q-k3v9s1', 'general'],
      ['q-p02mzx', 'detail'],
      ['q-7xw2ab', 'detail'],
      ['q-reflect-2', 'general']
    ]);
    const withoutSkill = ({ skill: _skill, ...rest }: { skill: string }) => rest;
    expect(stored?.pack.questions.map(withoutSkill)).toEqual(
      (teacher.pack.questions as { skill: string }[]).map(withoutSkill)
    );
    expect({ ...stored?.pack, questions: [], version: 1 }).toEqual({ ...teacher.pack, questions: [] });

    expect(await db.get('packs', broken.id)).toEqual(broken);
    // The teacher's pack is listed; the broken record is reported, as before the upgrade.
    expect((await listPacks(db)).map((p) => p.id)).toEqual([teacher.id]);
    expect(problems.map((p) => p.key)).toEqual([broken.id]);
    db.close();
  });

  it('would lose the pack without the upgrade: the stored-pack schema reads only version 2, read-time migration aside', async () => {
    const { packSchema } = await import('../domain/packs/schema');
    expect(packSchema.safeParse(v3Packs.packs[0].pack).success).toBe(false);
    expect(packSchema.safeParse((await upgradedTeacherPack()).pack).success).toBe(true);
  });
});

async function upgradedTeacherPack() {
  const factory = freshFactory();
  const db = await openSourcewiseDb({ factory, version: 3 });
  await db.put('packs', v3Packs.packs[0] as never);
  db.close();
  const current = await openSourcewiseDb({ factory });
  const record = await current.get('packs', v3Packs.packs[0].id);
  current.close();
  if (!record) throw new Error('the pack is gone');
  return record;
}

describe('upgrading a version 3 database (attempts may say whether the source was opened from version 6)', () => {
  it('keeps every attempt as it was, then stores and reads sourceOpened; a version 3 build is refused', async () => {
    const factory = freshFactory();
    await buildV1(factory);
    const before = await recordsAt(factory, 3);

    const { db, problems } = await openCurrent(factory);
    expect(db.version).toBe(DB_VERSION);
    // Packs are rewritten by step 4 and attempts gain a scope in step 5 (both tested above); the rest is as it was.
    for (const store of ['cards', 'classes'] as const)
      expect(await db.getAll(store), store).toEqual(before[store]);
    expect((await storedAttempts(db)).map(({ scope: _, ...a }) => a)).toEqual(before.attempts);
    // Old attempts carry no sourceOpened: "not recorded", not "not opened".
    expect((await listAttempts(db)).map((a) => a.sourceOpened)).toEqual([undefined, undefined, undefined]);

    const answer = (sourceOpened: boolean) =>
      recordAnswer(
        db,
        {
          questionId: `check-${sourceOpened}`,
          packId: 'my-alaska-quiz',
          scope: 'pack:my-alaska-quiz',
          skill: 'verification',
          type: 'spot-error',
          correct: true,
          score: 1,
          graded: true,
          response: { type: 'spot-error', verdict: 'contradicted' },
          at: 1770800000000,
          durationMs: 9000,
          sourceOpened
        },
        null
      );
    await answer(true);
    await answer(false);
    expect((await listAttempts(db)).slice(-2).map((a) => a.sourceOpened)).toEqual([true, false]);
    expect(problems).toEqual([]);
    db.close();

    // A tab still running a version 3 build, which would drop the field, can no longer open the database.
    await expect(openSourcewiseDb({ factory, version: 3 })).rejects.toMatchObject({ kind: 'version' });
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

    // The old stores keep every record (packs are rewritten to pack format 2 by step 4, tested above); attempts
    // only gain their scope.
    expect((await db.getAll('packs')).map((p) => p.id)).toEqual(
      fixtureV3.stores.packs.map((p) => p.id).sort((a, b) => a.localeCompare(b))
    );
    const byId = (a: { questionId: string }, b: { questionId: string }) =>
      a.questionId.localeCompare(b.questionId);
    expect(await db.getAll('cards')).toEqual([...fixtureV3.stores.cards].sort(byId));
    expect(await storedAttempts(db)).toEqual(
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

/** How the progress page reads the figures these tests compare. */
const progressOptions = { weeks: 8, utcOffsetMinutes: 60, recent: 15 };

describe('upgrading a version 6 database (progress tallies from version 7)', () => {
  const now = new Date(1770710400000 + 3_600_000);

  async function buildV6(factory: IDBFactory): Promise<void> {
    const db = await openSourcewiseDb({ factory, version: 6 });
    const tx = db.transaction(['attempts', 'schedules', 'meta'], 'readwrite');
    const raw = (name: 'attempts' | 'schedules') => tx.objectStore(name) as unknown as IDBObjectStoreLike;
    await Promise.all([
      ...fixtureV6.stores.attempts.map((r) => raw('attempts').put(r)),
      ...fixtureV6.stores.schedules.map((r) => raw('schedules').put(r)),
      ...fixtureV6.stores.meta.map((e) => tx.objectStore('meta').put(e.value, e.key)),
      tx.done
    ]);
    expect([...db.objectStoreNames]).not.toContain('tallies');
    db.close();
  }

  it('builds the tallies from the stored answers, which give the same figures as the answers themselves', async () => {
    const factory = freshFactory();
    await buildV6(factory);
    const { db, problems } = await openCurrent(factory);
    expect(db.version).toBe(DB_VERSION);
    // Every record stays as it was, the one that does not read as an attempt included.
    expect(await storedAttempts(db)).toEqual(fixtureV6.stores.attempts);
    expect(await getSetting(db, 'theme')).toBe('dark');

    const log = await listAttempts(db);
    expect(log).toHaveLength(7);
    const stored = await readProgress(db, now, progressOptions);
    expect(stored.overall.answers).toBe(7);
    expect(roundedMastery(masteryFromTallies(stored.questions, now, stored.future))).toEqual(
      roundedMastery(masteryBySkill(log, now))
    );
    expect(weeklyFromTallies(stored.days, now, 8, 60)).toEqual(weeklyAccuracy(log, now, 8, 60));
    expect(streakFromTallies(stored.overall, now, 60)).toBe(streakDays(log, now, 60));
    expect(streakDays(log, now, 60)).toBe(3);
    expect(sourceCheckingFromTallies(stored.overall)).toEqual(sourceChecking(log));
    expect(sourceChecking(log)).toEqual({ checked: 1, of: 2 });
    expect(packProgressFromTallies(stored.questions)['my-alaska-quiz']).toEqual(
      packProgress(log, ['alaska-where', 'alaska-check', 'alaska-view'])
    );
    expect(stored.recent.map((a) => a.id)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    // The unreadable record is reported by listing, as before; the upgrade left it out of the tallies.
    expect(problems.map((p) => p.key)).toEqual(['8']);

    // New answers keep the tallies in step, in their own transaction.
    await recordAnswer(
      db,
      {
        scope: 'pack:my-alaska-quiz',
        questionId: 'alaska-where',
        packId: 'my-alaska-quiz',
        skill: 'detail',
        type: 'attribution',
        correct: false,
        score: 0,
        response: { type: 'attribution', choice: 2 },
        at: now.getTime(),
        durationMs: 5000
      },
      null
    );
    const after = await readProgress(db, now, progressOptions);
    const logAfter = await listAttempts(db);
    expect(after.overall.answers).toBe(8);
    expect(roundedMastery(masteryFromTallies(after.questions, now, after.future))).toEqual(
      roundedMastery(masteryBySkill(logAfter, now))
    );
    expect(after.recent[0]).toMatchObject({ questionId: 'alaska-where', correct: false });
    db.close();

    // A tab still running a version 6 build, which would store answers without counting them, is refused.
    await expect(openSourcewiseDb({ factory, version: 6 })).rejects.toMatchObject({ kind: 'version' });
  });
});

const v7Answers = fixtureV7.stores.attempts as Record<string, unknown>[];
/** The clock of the version 7 fixture's figures (and of the version 8 one built from it). */
const v7Now = new Date(1770624000000 + 60 * 3_600_000);

/** The database as version 7 left it: the fixture's records, and the tallies built from its answers. */
async function buildV7(factory: IDBFactory): Promise<void> {
  const db = await openSourcewiseDb({ factory, version: 7 });
  const tx = db.transaction(['attempts', 'schedules', 'meta'], 'readwrite');
  const raw = (name: 'attempts' | 'schedules') => tx.objectStore(name) as unknown as IDBObjectStoreLike;
  await Promise.all([
    ...v7Answers.map((r) => raw('attempts').put(r)),
    ...fixtureV7.stores.schedules.map((r) => raw('schedules').put(r)),
    ...fixtureV7.stores.meta.map((e) => tx.objectStore('meta').put(e.value, e.key)),
    tx.done
  ]);
  await rebuildTallies(db);
  expect([...db.transaction('attempts').store.indexNames].sort()).toEqual([
    'by-at',
    'by-pack',
    'by-question',
    'by-scope-question',
    'by-skill'
  ]);
  db.close();
}

describe('upgrading a version 7 database (attempts in the compact form from version 8)', () => {
  const now = v7Now;
  const answers = v7Answers;
  const [unknownField, broken] = [answers.at(-2)!, answers.at(-1)!];

  it('rewrites every answer in the compact form and reads each one back exactly as it was', async () => {
    const factory = freshFactory();
    await buildV7(factory);
    const before = await openSourcewiseDb({ factory, version: 7 });
    const progressBefore = await readProgress(before, now, progressOptions);
    before.close();

    const { db, problems } = await openCurrent(factory);
    expect(db.version).toBe(DB_VERSION);
    // Every record reads back as it was written, field for field (nothing added, nothing lost).
    const stored = await storedAttempts(db);
    expect(stored).toHaveLength(answers.length);
    stored.forEach((record, i) => expect(record, `attempt ${i + 1}`).toStrictEqual(answers[i]));
    // At rest the answers are compact, but for the two the compact form cannot hold as they are: one with a field
    // this version does not know, and one that does not read as an attempt. Those are kept exactly as they were.
    const raw = await db.getAll('attempts');
    const kept = raw.filter((r) => !Array.isArray(r.n));
    expect(kept).toEqual([unknownField, broken]);
    expect(raw.filter((r) => Array.isArray(r.n))).toHaveLength(answers.length - 2);
    // The rewritten ones in well under two thirds of their space, as V8 serialises them (as Chromium's IndexedDB does).
    const rewritten = raw.filter((r) => Array.isArray(r.n));
    expect(serialize(rewritten).length).toBeLessThan(serialize(answers.slice(0, -2)).length * 0.6);

    // The indexes no read uses are gone; the two kept still hold every record, compact or not.
    expect([...db.transaction('attempts').store.indexNames].sort()).toEqual(['by-at', 'by-question']);
    const expected = answers.slice(0, -1).map((a) => attemptRecordSchema.parse(a));
    expect(await listAttempts(db)).toEqual(expected);
    expect(await listAttempts(db, { questionId: 'attribution-1xuc6n401s7' })).toEqual(
      expected.filter((a) => a.questionId === 'attribution-1xuc6n401s7')
    );
    expect(
      (await listAttempts(db, { since: new Date(1770624000000 + 48 * 3_600_000) })).map((a) => a.id)
    ).toEqual([16, 17, 18]);
    expect(await listAttempts(db, { packId: 'my-alaska-quiz', questionId: 'alaska-check' })).toEqual(
      expected.filter((a) => a.questionId === 'alaska-check')
    );
    // The unreadable record is reported by each read that meets it (the whole log, and the date index, where its
    // text date sorts after every number), as before; nothing else is.
    expect(new Set(problems.map((p) => p.key))).toEqual(new Set([String(broken.id)]));

    // Progress reads the same figures, and which questions a pack has seen comes from its tallies.
    expect(await readProgress(db, now, progressOptions)).toEqual(progressBefore);
    expect([...(await answeredQuestions(db, 'my-alaska-quiz'))].sort()).toEqual(
      [...new Set(expected.filter((a) => a.packId === 'my-alaska-quiz').map((a) => a.questionId))].sort()
    );
    expect([...(await answeredQuestions(db, 'teacher-pack'))]).toEqual(['tq-1']);
    expect(await answeredQuestions(db, 'never-opened')).toEqual(new Set());

    // A backup still holds the answers in full.
    expect((await exportAll(db, now)).stores.attempts).toEqual(expected);
    db.close();

    // A tab still running a version 7 build, which cannot read compact answers, is refused.
    await expect(openSourcewiseDb({ factory, version: 7 })).rejects.toMatchObject({ kind: 'version' });
  });

  it('keeps new answers compact and in step with the tallies', async () => {
    const factory = freshFactory();
    await buildV7(factory);
    const { db, problems } = await openCurrent(factory);
    const answer = {
      scope: 'pack:my-alaska-quiz',
      questionId: 'alaska-new',
      packId: 'my-alaska-quiz',
      skill: 'detail',
      type: 'true-false',
      correct: true,
      score: 1,
      graded: true,
      response: { type: 'true-false', value: false },
      at: now.getTime(),
      durationMs: 2500,
      sourceOpened: true
    } as const;
    const id = await recordAnswer(db, answer, null);
    expect(Array.isArray((await db.get('attempts', id))?.n)).toBe(true);
    expect((await listAttempts(db, { questionId: 'alaska-new' }))[0]).toStrictEqual({ ...answer, id });
    expect(await answeredQuestions(db, 'my-alaska-quiz')).toContain('alaska-new');
    expect((await readProgress(db, now, progressOptions)).recent[0]).toStrictEqual({ ...answer, id });
    expect(problems).toEqual([]);
    db.close();
  });
});

describe("upgrading a version 8 database (a pack's tallies in buckets from version 9)", () => {
  const now = v7Now;
  const packTallies = IDBKeyRange.bound(['p'], ['p', []]);
  const byQuestion = (a: { packId: string; questionId: string; skill: string }, b: typeof a) =>
    `${a.packId} ${a.questionId} ${a.skill}`.localeCompare(`${b.packId} ${b.questionId} ${b.skill}`);
  type PackTally = { packId: string; ids: string[]; skills: string[]; n: number[] };

  /**
   * The database as version 8 left it: the version 7 fixture upgraded, with one tally record per pack under
   * ['p', pack id] (joined here from the records this version writes, which hold the same rows). `damaged` names
   * a pack whose record is broken.
   */
  async function buildV8(factory: IDBFactory, damaged?: string): Promise<void> {
    await buildV7(factory);
    const db = await openSourcewiseDb({ factory, version: 8 });
    const tx = db.transaction('tallies', 'readwrite');
    const [keys, records] = await Promise.all([
      tx.store.getAllKeys(packTallies),
      tx.store.getAll(packTallies) as Promise<PackTally[]>
    ]);
    const joined = new Map<string, PackTally>();
    for (const r of records) {
      const pack = joined.get(r.packId) ?? { packId: r.packId, ids: [], skills: [], n: [] };
      joined.set(r.packId, {
        packId: r.packId,
        ids: [...pack.ids, ...r.ids],
        skills: [...pack.skills, ...r.skills],
        n: [...pack.n, ...r.n]
      });
    }
    await Promise.all([
      ...keys.map((key) => tx.store.delete(key)),
      ...[...joined.values()].map((r) =>
        tx.store.put(r.packId === damaged ? { ...r, n: 'lost' } : r, ['p', r.packId])
      ),
      tx.done
    ]);
    db.close();
  }

  /** The progress figures with the questions in one order (records are read in key order). */
  async function progressOf(db: SourcewiseDb) {
    const progress = await readProgress(db, now, progressOptions);
    return { ...progress, questions: [...progress.questions].sort(byQuestion) };
  }

  /** The same figures, from tallies built afresh from the log. */
  async function progressFromLog(factory: IDBFactory) {
    const source = await openSourcewiseDb({ factory });
    const attempts = await source.getAll('attempts');
    source.close();
    const db = await openSourcewiseDb({ factory: freshFactory() });
    const tx = db.transaction('attempts', 'readwrite');
    await Promise.all([...attempts.map((a) => tx.store.put(a)), tx.done]);
    await rebuildTallies(db);
    const progress = await progressOf(db);
    db.close();
    return progress;
  }

  it("splits each pack's record into buckets, with the same figures; new answers land in their bucket", async () => {
    const factory = freshFactory();
    await buildV8(factory);
    const before = await openSourcewiseDb({ factory, version: 8 });
    const keysBefore = await before.getAllKeys('tallies', packTallies);
    expect(keysBefore).toEqual([
      ['p', 'alaska-summit'],
      ['p', 'my-alaska-quiz'],
      ['p', 'teacher-pack']
    ]);
    const progressBefore = await progressOf(before);
    before.close();

    const { db, problems } = await openCurrent(factory);
    expect(db.version).toBe(DB_VERSION);
    const keys = (await db.getAllKeys('tallies', packTallies)) as unknown[][];
    // No record of the old form is left, and a pack with many questions is spread over several buckets.
    expect(keys.every((k) => k.length === 3 && typeof k[2] === 'number')).toBe(true);
    expect(keys.filter((k) => k[1] === 'my-alaska-quiz').length).toBeGreaterThan(5);
    expect(await progressOf(db)).toEqual(progressBefore);
    expect(await progressOf(db)).toEqual(await progressFromLog(factory));
    expect([...(await answeredQuestions(db, 'teacher-pack'))]).toEqual(['tq-1']);

    // A new answer updates its question's bucket and nothing else: the figures still match the log.
    const answer = {
      scope: 'pack:teacher-pack',
      questionId: 'tq-1',
      packId: 'teacher-pack',
      skill: 'detail',
      type: 'true-false',
      correct: false,
      score: 0,
      graded: true,
      response: { type: 'true-false', value: true },
      at: now.getTime(),
      durationMs: 2000
    } as const;
    await recordAnswer(db, answer, null);
    expect(await db.getAllKeys('tallies', packTallies)).toEqual(keys);
    const after = await progressOf(db);
    expect(after.overall.answers).toBe(progressBefore.overall.answers + 1);
    expect(after).toEqual(await progressFromLog(factory));
    expect(problems.filter((p) => p.store === 'tallies')).toEqual([]);
    db.close();

    // A tab still running a version 8 build, which would read and write one record per pack, is refused.
    await expect(openSourcewiseDb({ factory, version: 8 })).rejects.toMatchObject({ kind: 'version' });
  });

  it('drops a damaged record with the overall one, and the next read rebuilds every tally from the log', async () => {
    const factory = freshFactory();
    await buildV8(factory, 'my-alaska-quiz');
    const { db, problems } = await openCurrent(factory);
    expect(await db.get('tallies', 'overall')).toBeUndefined();
    expect(await progressOf(db)).toEqual(await progressFromLog(factory));
    expect(problems.filter((p) => p.store === 'tallies')).toEqual([]);
    db.close();
  });
});

describe('knowing before opening whether an upgrade will run', () => {
  it('says so for a missing or older database, and not for one at the current version', async () => {
    const factory = freshFactory();
    expect(await upgradeNeeded({ factory })).toBe(true);
    await buildV1(factory);
    expect(await upgradeNeeded({ factory })).toBe(true);
    (await openSourcewiseDb({ factory })).close();
    expect(await upgradeNeeded({ factory })).toBe(false);
    expect(await upgradeNeeded({ factory, name: 'another' })).toBe(true);
  });

  it('assumes an upgrade where the browser cannot list its databases', async () => {
    const factory = freshFactory();
    (await openSourcewiseDb({ factory })).close();
    const unlisted = Object.assign(Object.create(factory) as IDBFactory, { databases: undefined });
    expect(await upgradeNeeded({ factory: unlisted })).toBe(true);
    const failing = Object.assign(Object.create(factory) as IDBFactory, {
      databases: () => Promise.reject(new Error('not allowed'))
    });
    expect(await upgradeNeeded({ factory: failing })).toBe(true);
  });
});
