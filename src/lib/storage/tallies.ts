/**
 * Reading the progress tallies (see `tally-writes.ts` and `domain/study/tallies.ts`). They are no part of a
 * backup: a backup holds the log, and the tallies are rebuilt from it.
 */
import {
  emptyOverall,
  weekWindowDays,
  type DayTally,
  type OverallTally,
  type QuestionTally
} from '../domain/study/tallies';
import { reportProblem, type SourcewiseDb } from './db';
import { guard } from './errors';
import { attemptRecordSchema, fieldKey, keepValid, type AttemptRecord } from './records';
import {
  allPacks,
  dayFromRecord,
  dayRecordSchema,
  daysBetween,
  overallFromRecord,
  overallRecordSchema,
  OVERALL_KEY,
  packRecordSchema,
  questionsFromRecord,
  writeTallies
} from './tally-writes';

/** Rebuilds the tallies from every readable stored answer (the bench after seeding, or tallies found missing). */
export async function rebuildTallies(db: SourcewiseDb): Promise<void> {
  await guard(async () => {
    const tx = db.transaction(['attempts', 'tallies'], 'readwrite');
    const values = await tx.objectStore('attempts').getAll();
    const attempts = keepValid(attemptRecordSchema, 'attempts', values, fieldKey('id'), () => undefined);
    await writeTallies(tx.objectStore('tallies'), attempts);
    await tx.done;
  });
}

/** What the progress figures are computed from. */
export interface StoredProgress {
  overall: OverallTally;
  questions: QuestionTally[];
  /** The UTC days around the last `weeks` local weeks. */
  days: DayTally[];
  /** Graded or not, answers dated after `now` (normally none). */
  future: AttemptRecord[];
  /** The latest answers, newest first. */
  recent: AttemptRecord[];
}

/**
 * Reads the tallies and the few answers the progress page lists, never the whole log (it is rebuilt once if the
 * tallies are missing). Unreadable records are reported and left out.
 */
export async function readProgress(
  db: SourcewiseDb,
  now: Date,
  options: { weeks: number; utcOffsetMinutes: number; recent: number }
): Promise<StoredProgress> {
  const report = (p: Parameters<typeof reportProblem>[1]) => reportProblem(db, p);
  const read = () =>
    guard(async () => {
      const [first, last] = weekWindowDays(now, options.weeks, options.utcOffsetMinutes);
      const tx = db.transaction(['attempts', 'tallies'], 'readonly');
      const tallies = tx.objectStore('tallies');
      const byAt = tx.objectStore('attempts').index('by-at');
      const recent: unknown[] = [];
      const readRecent = async () => {
        let valid = 0;
        for (
          let c = await byAt.openCursor(IDBKeyRange.upperBound(Infinity), 'prev');
          c && valid < options.recent;
          c = await c.continue()
        ) {
          recent.push(c.value);
          if (attemptRecordSchema.safeParse(c.value).success) valid++;
        }
      };
      const [overall, packs, days, future] = await Promise.all([
        tallies.get(OVERALL_KEY),
        tallies.getAll(allPacks()),
        tallies.getAll(daysBetween(first, last)),
        byAt.getAll(IDBKeyRange.bound(now.getTime(), Infinity, true)),
        readRecent()
      ]);
      await tx.done;
      return { overall, packs, days, future, recent };
    });
  let raw = await read();
  if (!overallRecordSchema.safeParse(raw.overall).success) {
    await rebuildTallies(db);
    raw = await read();
  }
  const overall = overallRecordSchema.safeParse(raw.overall);
  return {
    overall: overall.success ? overallFromRecord(overall.data) : emptyOverall(),
    questions: keepValid(packRecordSchema, 'tallies', raw.packs, fieldKey('packId'), report).flatMap(
      questionsFromRecord
    ),
    days: keepValid(dayRecordSchema, 'tallies', raw.days, fieldKey('day'), report).map(dayFromRecord),
    future: keepValid(attemptRecordSchema, 'attempts', raw.future, fieldKey('id'), report),
    recent: keepValid(attemptRecordSchema, 'attempts', raw.recent, fieldKey('id'), report)
  };
}
