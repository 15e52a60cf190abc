/**
 * The progress tallies at rest (store `tallies`, see `domain/study/tallies.ts`), and writing them: with each answer,
 * in the transaction that stores it, and whole from the log (the upgrade to version 7, a restore, a rebuild).
 *
 * Records are kept flat (arrays of numbers) so the progress page reads a few records, not one per question:
 * - `overall`: answer and source-check counts, and `days` as [utcDay, firstQuarter, lastQuarter, …];
 * - `['p', packId, bucket]`: the question tallies of a pack's questions in that bucket (see `PACK_BUCKETS`), one row
 *   per (question, stored skill): `ids[i]`, `skills[i]` and the `ROW` numbers from `n[i * ROW]` on;
 * - `['d', utcDay]`: `s` as [quarter, graded, correct, Σ score, …] for the quarters of an hour with graded answers.
 * (No import of db.ts, which runs the upgrade that calls this.)
 */
import { z } from 'zod';
import { hash53 } from '../domain/hash';
import {
  buildTallies,
  dayQuarter,
  tallyDay,
  tallyOverall,
  tallyQuestion,
  type DayTally,
  type OverallTally,
  type QuestionTally,
  type TalliedAttempt
} from '../domain/study/tallies';

/** The `tallies` store of a read-write transaction (structurally, so any idb store type fits). */
export interface TallyStore {
  get(key: IDBValidKey): Promise<unknown>;
  put(value: unknown, key: IDBValidKey): Promise<IDBValidKey>;
  delete(key: IDBValidKey): Promise<void>;
  clear(): Promise<void>;
}

export const OVERALL_KEY = 'overall';

/**
 * A pack's question rows are kept in up to `PACK_BUCKETS` records, each question always in the same one (by a hash of
 * its id), so an answer reads and rewrites only its own bucket. A single record per pack grew with every question
 * answered (some 200 KB at 2,000 questions), and reading and rewriting it whole doubled the time to save an answer
 * (`npm run bench -- app`, 2,000 questions answered before: median 8.9 → 4.5 ms at 1× CPU, 51 → 27 ms at 4×).
 */
const PACK_BUCKETS = 32;
const bucketOf = (questionId: string) => hash53(questionId) % PACK_BUCKETS;
const packKey = (packId: string, bucket: number) => ['p', packId, bucket];
/** Every tally record of one pack. */
export const packBuckets = (packId: string) => IDBKeyRange.bound(['p', packId], ['p', packId, []]);
const dayKey = (day: number) => ['d', day];
export const allPacks = () => IDBKeyRange.bound(['p'], ['p', []]);
export const daysBetween = (first: number, last: number) => IDBKeyRange.bound(['d', first], ['d', last]);

const numbers = z.array(z.number());
export const overallRecordSchema = z.object({
  answers: z.number().int().nonnegative(),
  sourceChecked: z.number().int().nonnegative(),
  sourceOf: z.number().int().nonnegative(),
  days: numbers.refine((d) => d.length % 3 === 0, 'days come in threes')
});
type OverallRecord = z.infer<typeof overallRecordSchema>;

/** Numbers per question row. */
const ROW = 12;
export const packRecordSchema = z
  .object({
    packId: z.string().min(1),
    ids: z.array(z.string().min(1)),
    skills: z.array(z.string().min(1)),
    n: numbers
  })
  .refine(
    (r) => r.skills.length === r.ids.length && r.n.length === r.ids.length * ROW,
    'rows of unequal length'
  );
type PackRecord = z.infer<typeof packRecordSchema>;

export const dayRecordSchema = z.object({
  day: z.number().int(),
  s: numbers.refine((s) => s.length % 4 === 0, 'slots come in fours')
});
type DayRecord = z.infer<typeof dayRecordSchema>;

export function overallFromRecord(r: OverallRecord): OverallTally {
  const days: OverallTally['days'] = {};
  for (let i = 0; i < r.days.length; i += 3) days[r.days[i]] = [r.days[i + 1], r.days[i + 2]];
  return { answers: r.answers, sourceChecked: r.sourceChecked, sourceOf: r.sourceOf, days };
}

function overallRecord(t: OverallTally): OverallRecord {
  const days = Object.entries(t.days).flatMap(([day, [first, last]]) => [Number(day), first, last]);
  return { answers: t.answers, sourceChecked: t.sourceChecked, sourceOf: t.sourceOf, days };
}

function questionFromRow(r: PackRecord, i: number): QuestionTally {
  const n = r.n.slice(i * ROW, (i + 1) * ROW);
  return {
    packId: r.packId,
    questionId: r.ids[i],
    skill: r.skills[i],
    graded: n[0],
    ref: n[1],
    scoreSum: n[2],
    weightSum: n[3],
    lastGradedAt: n[4],
    latest: { at: n[5], id: n[6], correct: n[7] === 1, graded: n[8] === 1 },
    latestGraded: n[10] > 0 ? { at: n[9], id: n[10], correct: n[11] === 1, graded: true } : null
  };
}

const rowOf = (q: QuestionTally): number[] => [
  q.graded,
  q.ref,
  q.scoreSum,
  q.weightSum,
  q.lastGradedAt,
  q.latest.at,
  q.latest.id,
  q.latest.correct ? 1 : 0,
  q.latest.graded ? 1 : 0,
  q.latestGraded?.at ?? 0,
  q.latestGraded?.id ?? 0,
  q.latestGraded?.correct ? 1 : 0
];

export const questionsFromRecord = (r: PackRecord): QuestionTally[] =>
  r.ids.map((_, i) => questionFromRow(r, i));

function packRecord(packId: string, questions: readonly QuestionTally[]): PackRecord {
  return {
    packId,
    ids: questions.map((q) => q.questionId),
    skills: questions.map((q) => q.skill),
    n: questions.flatMap(rowOf)
  };
}

export function dayFromRecord(r: DayRecord): DayTally {
  const slots: DayTally['slots'] = {};
  for (let i = 0; i < r.s.length; i += 4) slots[r.s[i]] = [r.s[i + 1], r.s[i + 2], r.s[i + 3]];
  return { day: r.day, slots };
}

const dayRecord = (t: DayTally): DayRecord => ({
  day: t.day,
  s: Object.entries(t.slots).flatMap(([quarter, slot]) => [Number(quarter), ...slot])
});

/**
 * Adds one stored answer to the tallies, inside the transaction that stores it. `id` is the answer's key in the log,
 * which the store assigns as it adds the answer: the tallies are read meanwhile rather than after it, one round trip
 * less before the answer is saved (each costs most when the phone is busy).
 */
export async function tallyAnswer(
  store: TallyStore,
  answer: Omit<TalliedAttempt, 'id'>,
  id: Promise<number> | number
): Promise<void> {
  const pKey = packKey(answer.packId, bucketOf(answer.questionId));
  const dKey = dayKey(dayQuarter(answer.at).day);
  const [overall, pack, day, key] = await Promise.all([
    store.get(OVERALL_KEY),
    store.get(pKey),
    store.get(dKey),
    id
  ]);
  const attempt: TalliedAttempt = { ...answer, id: key };
  const parsed = {
    overall: overallRecordSchema.safeParse(overall),
    pack: packRecordSchema.safeParse(pack),
    day: dayRecordSchema.safeParse(day)
  };
  // Missing or unreadable tallies are not guessed at: the next read rebuilds them all from the log.
  if (
    !parsed.overall.success ||
    (pack !== undefined && !parsed.pack.success) ||
    (day !== undefined && !parsed.day.success)
  ) {
    await store.delete(OVERALL_KEY);
    return;
  }
  const rows = parsed.pack.data ?? { packId: attempt.packId, ids: [], skills: [], n: [] };
  let i = rows.ids.findIndex((id, j) => id === attempt.questionId && rows.skills[j] === attempt.skill);
  const question = tallyQuestion(i < 0 ? undefined : questionFromRow(rows, i), attempt);
  if (i < 0) {
    i = rows.ids.length;
    rows.ids.push(attempt.questionId);
    rows.skills.push(attempt.skill);
  }
  rows.n.splice(i * ROW, ROW, ...rowOf(question));
  await Promise.all([
    store.put(overallRecord(tallyOverall(overallFromRecord(parsed.overall.data), attempt)), OVERALL_KEY),
    store.put(rows, pKey),
    store.put(
      dayRecord(tallyDay(parsed.day.success ? dayFromRecord(parsed.day.data) : undefined, attempt)),
      dKey
    )
  ]);
}

/** Question tallies as the records that hold them: one per pack and bucket (see `PACK_BUCKETS`). */
function bucketRecords(questions: Iterable<QuestionTally>): { key: IDBValidKey; record: PackRecord }[] {
  const buckets = new Map<string, { key: IDBValidKey; questions: QuestionTally[] }>();
  for (const q of questions) {
    const key = packKey(q.packId, bucketOf(q.questionId));
    const name = JSON.stringify(key);
    const bucket = buckets.get(name) ?? { key, questions: [] };
    bucket.questions.push(q);
    buckets.set(name, bucket);
  }
  return [...buckets.values()].map(({ key, questions }) => ({
    key,
    record: packRecord(questions[0].packId, questions)
  }));
}

/** Replaces the tallies with those of `attempts` (the whole log), inside the caller's transaction. */
export async function writeTallies(store: TallyStore, attempts: Iterable<TalliedAttempt>): Promise<void> {
  const { overall, questions, days } = buildTallies(attempts);
  await store.clear();
  await Promise.all([
    store.put(overallRecord(overall), OVERALL_KEY),
    ...bucketRecords(questions).map(({ key, record }) => store.put(record, key)),
    ...days.map((d) => store.put(dayRecord(d), dayKey(d.day)))
  ]);
}

/** The `tallies` store as the version 9 upgrade walks it (structurally, so the upgrade's idb store type fits). */
export interface TallyCursorStore extends TallyStore {
  openCursor(range: IDBKeyRange): Promise<{
    key: IDBValidKey;
    value: unknown;
    delete(): Promise<void>;
    continue(): Promise<unknown>;
  } | null>;
}

/**
 * Splits each pack's single tally record (versions 7 and 8) into its buckets, inside the upgrade's transaction. A
 * record that does not read is dropped with the overall record, so the next read rebuilds every tally from the log,
 * as when an answer meets such a record (nothing is lost: the tallies only sum up the log).
 */
export async function splitPackTallies(store: TallyCursorStore): Promise<void> {
  const questions: QuestionTally[] = [];
  let unreadable = false;
  type Cursor = Awaited<ReturnType<TallyCursorStore['openCursor']>>;
  for (let c: Cursor = await store.openCursor(allPacks()); c; c = (await c.continue()) as Cursor) {
    if (!Array.isArray(c.key) || c.key.length !== 2) continue;
    const parsed = packRecordSchema.safeParse(c.value);
    if (parsed.success) questions.push(...questionsFromRecord(parsed.data));
    else unreadable = true;
    await c.delete();
  }
  if (unreadable) await store.delete(OVERALL_KEY);
  await Promise.all(bucketRecords(questions).map(({ key, record }) => store.put(record, key)));
}
