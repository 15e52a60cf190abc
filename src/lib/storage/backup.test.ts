import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newCard, reviewCard } from '../domain/study';
import { startSession } from '../domain/study';
import { BACKUP_FORMAT, checkBackup, exportAll, resetAll, restoreAll } from './backup';
import { listClassResults, saveClassResult } from './classes';
import { listPacks, savePack } from './packs';
import { getSetting, setSetting } from './settings';
import { getCard, listAttempts, listCards, loadSession, recordAnswer, saveSession } from './study';
import { freshDb, samplePack, roundedMastery } from './test-helpers';
import { DB_VERSION, type SourcewiseDb } from './db';
import fixtureV3 from '../../../tests/fixtures/storage/v3.json';
import { readProgress } from './tallies';
import { masteryBySkill, streakDays } from '../domain/study/progress';
import { masteryFromTallies, streakFromTallies } from '../domain/study/tallies';

const now = new Date('2026-03-02T09:00:00Z');

async function fill(db: SourcewiseDb): Promise<void> {
  await savePack(db, samplePack('mine'), 'authored', now);
  for (const [i, correct] of [true, false, true].entries()) {
    const at = new Date(now.getTime() + i * 60_000);
    const grade = { correct, score: correct ? 1 : 0, graded: true };
    await recordAnswer(
      db,
      {
        scope: 'pack:mine',
        questionId: `mine-q${i % 2}`,
        packId: 'mine',
        skill: 'fact-opinion',
        type: 'fact-opinion',
        correct,
        score: grade.score,
        response: { type: 'fact-opinion', label: correct ? 'fact' : 'opinion' },
        at: at.getTime(),
        durationMs: 5000
      },
      reviewCard(newCard(at), grade, at, 5000)
    );
  }
  await saveClassResult(db, {
    id: 'quiz1:ana',
    quizId: 'quiz1',
    payload: { answers: [1, 2] },
    receivedAt: 7
  });
  await setSetting(db, 'theme', 'dark');
  await saveSession(db, startSession({ packId: 'mine', questionIds: ['mine-q0', 'mine-q1'], now }));
}

describe('backup', () => {
  it('gives back exactly the same data after export → reset → restore', async () => {
    const { db } = await freshDb();
    await fill(db);
    const backup = await exportAll(db, now);
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 2, exportedAt: now.toISOString() });
    const before = JSON.stringify(backup.stores);

    await resetAll(db);
    expect(await listPacks(db)).toEqual([]);
    expect(await listAttempts(db)).toEqual([]);
    expect(await getSetting(db, 'theme')).toBe('system');
    expect(await loadSession(db, 'mine')).toBeNull();

    // Through a file, as a learner would do it.
    await restoreAll(db, JSON.parse(JSON.stringify(backup)));
    expect(JSON.stringify((await exportAll(db, now)).stores)).toBe(before);
    expect((await listAttempts(db)).map((a) => a.id)).toEqual([1, 2, 3]);
    expect(await listCards(db)).toHaveLength(2);
    expect(await listClassResults(db, 'quiz1')).toHaveLength(1);
    expect(await getSetting(db, 'theme')).toBe('dark');
    expect((await loadSession(db, 'mine'))?.questionIds).toEqual(['mine-q0', 'mine-q1']);
    // New answers continue after the restored ids instead of overwriting them.
    await fill(db);
    expect((await listAttempts(db)).map((a) => a.id).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('rebuilds the progress tallies from the restored answers, and empties them on reset', async () => {
    const progressOf = (db: SourcewiseDb) =>
      readProgress(db, now, { weeks: 8, utcOffsetMinutes: 0, recent: 15 });
    const { db } = await freshDb();
    await fill(db);
    const backup = await exportAll(db, now);
    // The backup holds the log only; the tallies are no part of its format.
    expect(Object.keys(backup.stores)).toEqual(['packs', 'attempts', 'schedules', 'classes', 'meta']);

    const other = await freshDb();
    await restoreAll(other.db, backup);
    const restored = await progressOf(other.db);
    const log = await listAttempts(other.db);
    expect(restored.overall.answers).toBe(3);
    expect(roundedMastery(masteryFromTallies(restored.questions, now, restored.future))).toEqual(
      roundedMastery(masteryBySkill(log, now))
    );
    expect(streakFromTallies(restored.overall, now)).toBe(streakDays(log, now));
    expect(restored.recent.map((a) => a.id)).toEqual([3, 2, 1]);

    // Restoring a smaller backup replaces the tallies rather than adding to them.
    await restoreAll(other.db, {
      ...backup,
      stores: { ...backup.stores, attempts: backup.stores.attempts.slice(0, 1) }
    });
    expect((await progressOf(other.db)).overall.answers).toBe(1);
    expect((await progressOf(other.db)).questions).toHaveLength(1);

    await resetAll(db);
    const reset = await progressOf(db);
    expect([reset.overall.answers, reset.questions.length, reset.recent.length]).toEqual([0, 0, 0]);
  });

  it('moves everything to another device (a fresh database)', async () => {
    const { db: phone } = await freshDb();
    await fill(phone);
    const file = JSON.stringify(await exportAll(phone, now));
    const { db: laptop } = await freshDb();
    await restoreAll(laptop, JSON.parse(file));
    expect(JSON.stringify(await exportAll(laptop, now))).toBe(file);
  });

  it('keeps a timed-out classroom answer (no response) through export and restore', async () => {
    const { db } = await freshDb();
    const timedOut = {
      scope: 'quiz:qz-abc' as const,
      questionId: 'mine-q0',
      packId: 'mine',
      skill: 'general',
      type: 'true-false',
      correct: false,
      score: 0,
      graded: true,
      timedOut: true as const,
      at: now.getTime(),
      durationMs: 20_000,
      quizId: 'qz-abc'
    };
    await recordAnswer(db, timedOut, null);
    const backup = JSON.parse(JSON.stringify(await exportAll(db, now)));
    expect(backup.stores.attempts).toEqual([{ ...timedOut, id: 1 }]);
    await resetAll(db);
    await restoreAll(db, backup);
    expect(await listAttempts(db)).toEqual([{ ...timedOut, id: 1 }]);
  });

  it('keeps whether the source was opened before answering through export and restore', async () => {
    const { db } = await freshDb();
    const checked = {
      questionId: 'mine-q0',
      packId: 'mine',
      scope: 'pack:mine' as const,
      skill: 'verification',
      type: 'spot-error',
      correct: true,
      score: 1,
      graded: true,
      response: { type: 'spot-error' as const, verdict: 'holds-up' as const },
      at: now.getTime(),
      durationMs: 12_000,
      sourceOpened: true
    };
    await recordAnswer(db, checked, null);
    await recordAnswer(db, { ...checked, sourceOpened: false, at: now.getTime() + 1 }, null);
    const backup = JSON.parse(JSON.stringify(await exportAll(db, now)));
    await resetAll(db);
    await restoreAll(db, backup);
    expect((await listAttempts(db)).map((a) => a.sourceOpened)).toEqual([true, false]);
  });

  it('keeps the schema version through reset and restore', async () => {
    const { db } = await freshDb();
    await resetAll(db);
    expect(await db.get('meta', 'schemaVersion')).toBe(DB_VERSION);
    await restoreAll(db, await exportAll(db));
    expect(await db.get('meta', 'schemaVersion')).toBe(DB_VERSION);
  });

  it('rejects an invalid backup naming the field, and leaves the current data alone', async () => {
    const { db } = await freshDb();
    await fill(db);
    const backup = JSON.parse(JSON.stringify(await exportAll(db, now)));
    backup.stores.attempts[1].score = 3;
    await expect(restoreAll(db, backup)).rejects.toMatchObject({
      kind: 'invalid',
      path: '$.stores.attempts[1].score'
    });
    expect(await listAttempts(db)).toHaveLength(3);
    expect(await listPacks(db)).toHaveLength(1);
  });

  it('refuses a backup with two records under one key', async () => {
    const { db } = await freshDb();
    await fill(db);
    const backup = JSON.parse(JSON.stringify(await exportAll(db, now)));
    backup.stores.attempts[2].id = backup.stores.attempts[0].id;
    const check = checkBackup(backup);
    expect(check).toMatchObject({ ok: false, path: '$.stores.attempts[2]' });
    expect(!check.ok && check.message).toMatch(/duplicate attempt id 1/);
  });

  it('explains files that are not backups or come from a newer app', () => {
    expect(checkBackup([])).toMatchObject({ ok: false, path: '$' });
    expect(checkBackup({ format: 'sourcewise-pack' })).toMatchObject({ ok: false, path: '$.format' });
    const newer = checkBackup({ format: BACKUP_FORMAT, version: 9 });
    expect(newer).toMatchObject({ ok: false, path: '$.version' });
    expect(!newer.ok && newer.message).toMatch(/newer Sourcewise/);
  });

  it('restores all or nothing when a write fails halfway', async () => {
    const { db } = await freshDb();
    await fill(db);
    const backup = JSON.parse(JSON.stringify(await exportAll(db, now)));
    await resetAll(db);
    await savePack(db, samplePack('kept'), 'authored', now);
    // A value IndexedDB cannot store (a function) makes the last write fail after the stores were cleared.
    backup.stores.meta.push({ key: 'setting:broken', value: () => 1 });
    await expect(restoreAll(db, backup)).rejects.toMatchObject({ kind: 'invalid' });
    expect((await listPacks(db)).map((p) => p.id)).toEqual(['kept']);
    expect(await listAttempts(db)).toEqual([]);
  });

  it('still restores a version 1 backup, giving its progress a scope as the database upgrade does', async () => {
    const { db } = await freshDb();
    const { packs, attempts, cards, classes, meta } = fixtureV3.stores;
    const old = {
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: now.toISOString(),
      stores: { packs, attempts, cards, classes, meta }
    };
    await restoreAll(db, JSON.parse(JSON.stringify(old)), new Set(fixtureV3.builtInPackIds));
    expect((await listAttempts(db)).map((a) => [a.id, a.scope])).toEqual([
      [1, 'builtin'],
      [2, 'builtin'],
      [3, 'pack:my-alaska-quiz'],
      [4, 'quiz:qz-9b'],
      [5, 'builtin']
    ]);
    expect((await listCards(db)).map((c) => `${c.scope} ${c.questionId}`).sort()).toEqual([
      'builtin attribution-1xuc6n401s7',
      'builtin fact-opinion-6lsh5u38oo',
      'pack:my-alaska-quiz alaska-where',
      'quiz:qz-9b tq-1'
    ]);
    // And it is written out again as a current backup.
    expect((await exportAll(db, now)).version).toBe(2);
  });

  it("refuses two results for one quiz and a pack stored under another pack's id", async () => {
    const { db } = await freshDb();
    await fill(db);
    const backup = JSON.parse(JSON.stringify(await exportAll(db, now)));
    backup.stores.classes.push({ ...backup.stores.classes[0], id: 'other' });
    expect(checkBackup(backup)).toMatchObject({ ok: false, path: '$.stores.classes[1]' });
    backup.stores.classes.pop();
    backup.stores.packs[0].id = 'someone-else';
    expect(checkBackup(backup)).toMatchObject({ ok: false, path: '$.stores.packs[0].pack.id' });
  });

  it('export → restore → export is identical for any history of answers, settings and sessions', async () => {
    const scopes = [
      { scope: 'builtin', packId: 'alaska-summit' },
      { scope: 'pack:mine', packId: 'mine' },
      { scope: 'quiz:qz-1', packId: 'teacher', quizId: 'qz-1' }
    ] as const;
    const answerArb = fc.record({
      where: fc.constantFrom(...scopes),
      question: fc.integer({ min: 0, max: 4 }),
      correct: fc.boolean(),
      graded: fc.boolean(),
      afterMs: fc.integer({ min: 0, max: 5 * 86_400_000 }),
      durationMs: fc.integer({ min: 0, max: 120_000 })
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(answerArb, { maxLength: 25 }),
        fc.option(fc.constantFrom('light', 'dark', 'system'), { nil: undefined }),
        async (answers, theme) => {
          const { db } = await freshDb();
          await savePack(db, samplePack('mine', 5), 'authored', now);
          let at = now.getTime();
          for (const a of answers) {
            at += a.afterMs;
            const when = new Date(at);
            const grade = { correct: a.correct, score: a.correct ? 1 : 0, graded: a.graded };
            const previous = await getCard(db, a.where.scope, `q${a.question}`);
            await recordAnswer(
              db,
              {
                ...a.where,
                questionId: `q${a.question}`,
                skill: 'fact-opinion',
                type: 'fact-opinion',
                correct: a.correct,
                score: grade.score,
                graded: a.graded,
                response: { type: 'fact-opinion', label: a.correct ? 'fact' : 'opinion' },
                at,
                durationMs: a.durationMs
              },
              a.graded ? reviewCard(previous?.card ?? newCard(when), grade, when, a.durationMs) : null
            );
          }
          if (theme) await setSetting(db, 'theme', theme);
          const file = JSON.stringify(await exportAll(db, now));
          const { db: other } = await freshDb();
          await restoreAll(other, JSON.parse(file));
          expect(JSON.stringify(await exportAll(other, now))).toBe(file);
          db.close();
          other.close();
        }
      ),
      { numRuns: 40 }
    );
  });
});
