/**
 * The progress tallies at rest (store `tallies`, see `domain/study/tallies.ts`), and writing them: with each answer,
 * in the transaction that stores it, and whole from the log (the upgrade to version 7, a restore, a rebuild).
 *
 * Records are kept flat (arrays of numbers) so the progress page reads a few records, not one per question:
 * - `overall`: answer and source-check counts, and `days` as [utcDay, firstQuarter, lastQuarter, …];
 * - `['p', packId]`: the pack's question tallies, one row per (question, stored skill): `ids[i]`, `skills[i]` and
 *   the `ROW` numbers from `n[i * ROW]` on;
 * - `['d', utcDay]`: `s` as [quarter, graded, correct, Σ score, …] for the quarters of an hour with graded answers.
 * (No import of db.ts, which runs the upgrade that calls this.)
 */
import { z } from 'zod';
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
export const packKey = (packId: string) => ['p', packId];
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

/** Adds one stored answer to the tallies, inside the transaction that stores it. */
export async function tallyAnswer(store: TallyStore, attempt: TalliedAttempt): Promise<void> {
  const pKey = packKey(attempt.packId);
  const dKey = dayKey(dayQuarter(attempt.at).day);
  const [overall, pack, day] = await Promise.all([store.get(OVERALL_KEY), store.get(pKey), store.get(dKey)]);
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

/** Replaces the tallies with those of `attempts` (the whole log), inside the caller's transaction. */
export async function writeTallies(store: TallyStore, attempts: Iterable<TalliedAttempt>): Promise<void> {
  const { overall, questions, days } = buildTallies(attempts);
  const byPack = new Map<string, QuestionTally[]>();
  for (const q of questions) {
    const list = byPack.get(q.packId) ?? [];
    list.push(q);
    byPack.set(q.packId, list);
  }
  await store.clear();
  await Promise.all([
    store.put(overallRecord(overall), OVERALL_KEY),
    ...[...byPack].map(([packId, qs]) => store.put(packRecord(packId, qs), packKey(packId))),
    ...days.map((d) => store.put(dayRecord(d), dayKey(d.day)))
  ]);
}
