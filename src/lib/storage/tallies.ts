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
import { decodeAttempt, readAttempts } from './attempt-codec';
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
  packBuckets,
  packRecordSchema,
  questionsFromRecord,
  writeTallies
} from './tally-writes';

/** Rebuilds the tallies from every readable stored answer (the bench after seeding, or tallies found missing). */
export async function rebuildTallies(db: SourcewiseDb): Promise<void> {
  await guard(async () => {
    const tx = db.transaction(['attempts', 'tallies'], 'readwrite');
    const values = await tx.objectStore('attempts').getAll();
    const attempts = readAttempts(values, () => undefined);
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
      const isValid = (value: unknown) => attemptRecordSchema.safeParse(decodeAttempt(value)).success;
      // The newest answers, up to `recent` readable ones, newest first.
      const walk = async () => {
        const recent: unknown[] = [];
        let valid = 0;
        for (
          let c = await byAt.openCursor(IDBKeyRange.upperBound(Infinity), 'prev');
          c && valid < options.recent;
          c = await c.continue()
        ) {
          recent.push(c.value);
          if (isValid(c.value)) valid++;
        }
        return recent;
      };
      // The same in three round trips rather than one per answer (each a wait of several milliseconds on a slow
      // phone): the time `recent` answers back, then every answer from then on. Only when some of those are
      // unreadable does it walk the index as above.
      const readRecent = async () => {
        const newest = await byAt.openKeyCursor(IDBKeyRange.upperBound(Infinity), 'prev');
        if (!newest || options.recent < 1) return [];
        const boundary = options.recent > 1 ? await newest.advance(options.recent - 1) : newest;
        const rows = (
          await byAt.getAll(
            boundary ? IDBKeyRange.bound(boundary.key, Infinity) : IDBKeyRange.upperBound(Infinity)
          )
        ).reverse();
        const recent: unknown[] = [];
        let valid = 0;
        for (const row of rows) {
          if (valid >= options.recent) break;
          recent.push(row);
          if (isValid(row)) valid++;
        }
        return valid < options.recent && boundary ? walk() : recent;
      };
      const [overall, packs, days, future, recent] = await Promise.all([
        tallies.get(OVERALL_KEY),
        tallies.getAll(allPacks()),
        tallies.getAll(daysBetween(first, last)),
        byAt.getAll(IDBKeyRange.bound(now.getTime(), Infinity, true)),
        readRecent()
      ]);
      await tx.done;
      return { overall, packs, days, future, recent };
    });
  const raw = await soundTallies(db, read);
  const overall = overallRecordSchema.safeParse(raw.overall);
  return {
    overall: overall.success ? overallFromRecord(overall.data) : emptyOverall(),
    questions: keepValid(packRecordSchema, 'tallies', raw.packs, fieldKey('packId'), report).flatMap(
      questionsFromRecord
    ),
    days: keepValid(dayRecordSchema, 'tallies', raw.days, fieldKey('day'), report).map(dayFromRecord),
    future: readAttempts(raw.future, report),
    recent: readAttempts(raw.recent, report)
  };
}

/**
 * The questions of a pack answered at least once, from the pack's tallies rather than its answers (rebuilt once
 * if they are missing or unreadable, as for `readProgress`).
 */
export async function answeredQuestions(db: SourcewiseDb, packId: string): Promise<Set<string>> {
  const read = () =>
    guard(async () => {
      const tx = db.transaction('tallies', 'readonly');
      const [overall, packs] = await Promise.all([
        tx.store.get(OVERALL_KEY),
        tx.store.getAll(packBuckets(packId))
      ]);
      await tx.done;
      return { overall, packs };
    });
  const { packs } = await soundTallies(db, read);
  const rows = keepValid(packRecordSchema, 'tallies', packs, fieldKey('packId'), (p) => reportProblem(db, p));
  return new Set(rows.flatMap((r) => r.ids));
}

/** What `read` read of the tallies, read again after rebuilding them when they were missing or unreadable. */
async function soundTallies<T extends { overall: unknown }>(
  db: SourcewiseDb,
  read: () => Promise<T>
): Promise<T> {
  const raw = await read();
  if (overallRecordSchema.safeParse(raw.overall).success) return raw;
  await rebuildTallies(db);
  return read();
}
