/**
 * Writing the progress tallies (store `tallies`, see `domain/study/tallies.ts`): with each answer, in the
 * transaction that stores it, and whole from the log (the upgrade to version 7, a restore, a rebuild).
 * Keys: `overall` (one record), `['q', packId, questionId, skill]` per question, `['d', utcDay]` per day.
 * (No import of db.ts, which runs the upgrade that calls this.)
 */
import {
  buildTallies,
  dayQuarter,
  dayTallySchema,
  overallTallySchema,
  questionKey,
  questionTallySchema,
  tallyDay,
  tallyOverall,
  tallyQuestion,
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
const questionRecordKey = (a: Pick<TalliedAttempt, 'packId' | 'questionId' | 'skill'>) => [
  'q',
  ...questionKey(a)
];
export const dayKey = (day: number) => ['d', day];
export const allQuestions = () => IDBKeyRange.bound(['q'], ['q', []]);
export const daysBetween = (first: number, last: number) => IDBKeyRange.bound(['d', first], ['d', last]);

/** Adds one stored answer to the tallies, inside the transaction that stores it. */
export async function tallyAnswer(store: TallyStore, attempt: TalliedAttempt): Promise<void> {
  const qKey = questionRecordKey(attempt);
  const dKey = dayKey(dayQuarter(attempt.at).day);
  const [overall, question, day] = await Promise.all([
    store.get(OVERALL_KEY),
    store.get(qKey),
    store.get(dKey)
  ]);
  const parsed = {
    overall: overallTallySchema.safeParse(overall),
    question: questionTallySchema.safeParse(question),
    day: dayTallySchema.safeParse(day)
  };
  // Missing or unreadable tallies are not guessed at: the next read rebuilds them all from the log.
  if (
    !parsed.overall.success ||
    (question !== undefined && !parsed.question.success) ||
    (day !== undefined && !parsed.day.success)
  ) {
    await store.delete(OVERALL_KEY);
    return;
  }
  await Promise.all([
    store.put(tallyOverall(parsed.overall.data, attempt), OVERALL_KEY),
    store.put(tallyQuestion(parsed.question.data, attempt), qKey),
    store.put(tallyDay(parsed.day.data, attempt), dKey)
  ]);
}

/** Replaces the tallies with those of `attempts` (the whole log), inside the caller's transaction. */
export async function writeTallies(store: TallyStore, attempts: Iterable<TalliedAttempt>): Promise<void> {
  const { overall, questions, days } = buildTallies(attempts);
  await store.clear();
  await Promise.all([
    store.put(overall, OVERALL_KEY),
    ...questions.map((q) => store.put(q, questionRecordKey(q))),
    ...days.map((d) => store.put(d, dayKey(d.day)))
  ]);
}
