/**
 * Repositories for what the learner does: answers (attempts), scheduling cards and saved sessions.
 * Each answer is written the moment it is given, attempt and card together in one transaction. Both belong to a
 * scope (`scope.ts`): a card is read and written only within the scope of the pack or quiz it was studied in.
 */
import { answeredOrTimedOut, attemptFieldsSchema, type Attempt } from '../domain/study/progress';
import { studyCardSchema, type StudyCard } from '../domain/study/card';
import { resume, type SessionState } from '../domain/study/session';
import { encodeAttempt, readAttempts } from './attempt-codec';
import { atomically, reportProblem, type SourcewiseDb } from './db';
import { guard, StorageError } from './errors';
import {
  describeZodError,
  keepValid,
  scheduleRecordSchema,
  scopeSchema,
  type AttemptRecord,
  type ScheduleRecord
} from './records';
import type { Scope } from './scope';
import { tallyAnswer } from './tally-writes';

const newAttemptSchema = attemptFieldsSchema
  .omit({ id: true })
  .extend({ scope: scopeSchema })
  .superRefine(answeredOrTimedOut);

/** An answer to store: the study attempt and the scope it belongs to. */
export type NewAttempt = Omit<Attempt, 'id'> & { scope: Scope };
const sessionKey = (packId: string) => `session:${packId}`;

/**
 * The answer's card: given, none (`null`, for questions without one), or worked out from the card stored for the
 * question (undefined for its first answer) inside the answer's own transaction, so the card is read and written in
 * one go: no second answer can come between, and there is one transaction less to wait for.
 */
export type CardUpdate = StudyCard | null | ((stored: StudyCard | undefined) => StudyCard);

/** A card to store, checked: with a broken one the answer is refused and nothing is written. */
function checkedCard(update: StudyCard | null): StudyCard | null {
  if (update === null) return null;
  const parsed = studyCardSchema.safeParse(update);
  if (!parsed.success)
    throw new StorageError(
      'invalid',
      `The answer could not be saved: ${describeZodError(parsed.error, 'card')}`
    );
  return parsed.data;
}

/**
 * Stores one answer and the question's updated card atomically: either both are saved or neither.
 * Returns the new attempt's id. `card` is null for ungraded questions, which have no card.
 * Pass the session state after the answer as `session` to save it in the same transaction, so a reload
 * can never find the answer logged but the session still asking that question (and it is one write less).
 */
export async function recordAnswer(
  db: SourcewiseDb,
  attempt: NewAttempt,
  card: CardUpdate,
  session?: SessionState
): Promise<number> {
  const parsedAttempt = newAttemptSchema.safeParse(attempt);
  if (!parsedAttempt.success)
    throw new StorageError(
      'invalid',
      `The answer could not be saved: ${describeZodError(parsedAttempt.error)}`
    );
  const given = typeof card === 'function' ? undefined : checkedCard(card);
  const { scope } = parsedAttempt.data;
  return guard(() => {
    const tx = db.transaction(['attempts', 'schedules', 'meta', 'tallies'], 'readwrite');
    return atomically(tx, async (track) => {
      const schedules = tx.objectStore('schedules');
      const stored =
        typeof card === 'function' ? track(schedules.get([scope, attempt.questionId])) : undefined;
      // The id is assigned by the store.
      const id = track(tx.objectStore('attempts').add(encodeAttempt(parsedAttempt.data)));
      // The progress tallies count the answer in this same transaction, so they never drift from the log.
      const tallied = track(tallyAnswer(tx.objectStore('tallies'), parsedAttempt.data, id));
      const sessionWrite = session
        ? track(tx.objectStore('meta').put(session, sessionKey(session.packId)))
        : undefined;
      // The stored card as it reads (one that does not is reported, and the question starts afresh).
      const found = stored && (await stored);
      const previous = found === undefined ? undefined : validSchedules(db, [found])[0]?.card;
      const next = typeof card === 'function' ? checkedCard(card(previous)) : given;
      const cardWrite = next
        ? track(
            schedules.put({
              scope,
              questionId: attempt.questionId,
              packId: attempt.packId,
              due: next.due,
              card: next
            })
          )
        : undefined;
      const [key] = await Promise.all([id, cardWrite, sessionWrite, tallied]);
      return key;
    });
  });
}

export interface AttemptQuery {
  /** One question's answers (read through an index). */
  questionId?: string;
  /** Only attempts at or after this instant (read through an index when there is no `questionId`). */
  since?: Date;
  /**
   * These only narrow what the two above read: no index reads them, so without either the whole log is read (as with
   * no query at all). Which questions a pack has seen comes from `answeredQuestions`.
   */
  scope?: Scope;
  packId?: string;
  skill?: string;
}

/** Attempts, oldest first; unreadable ones are skipped and reported. */
export async function listAttempts(db: SourcewiseDb, query: AttemptQuery = {}): Promise<AttemptRecord[]> {
  const values = await guard(() => {
    if (query.questionId) return db.getAllFromIndex('attempts', 'by-question', query.questionId);
    if (query.since)
      return db.getAllFromIndex('attempts', 'by-at', IDBKeyRange.lowerBound(query.since.getTime()));
    return db.getAll('attempts');
  });
  const since = query.since?.getTime() ?? -Infinity;
  return readAttempts(values, (p) => reportProblem(db, p))
    .filter(
      (a) =>
        (!query.packId || a.packId === query.packId) &&
        (!query.scope || a.scope === query.scope) &&
        (!query.skill || a.skill === query.skill) &&
        a.at >= since
    )
    .sort((a, b) => a.at - b.at || a.id - b.id);
}

const scheduleKey = (value: unknown, index: number): string => {
  const v = value as Partial<ScheduleRecord> | null;
  return typeof v?.scope === 'string' && typeof v.questionId === 'string'
    ? `${v.scope} ${v.questionId}`
    : `#${index}`;
};

function validSchedules(db: SourcewiseDb, values: readonly unknown[]): ScheduleRecord[] {
  return keepValid(scheduleRecordSchema, 'schedules', values, scheduleKey, (p) => reportProblem(db, p));
}

/** A question's scheduling card within one scope. */
export async function getCard(
  db: SourcewiseDb,
  scope: Scope,
  questionId: string
): Promise<ScheduleRecord | undefined> {
  const value = await guard(() => db.get('schedules', [scope, questionId]));
  return value === undefined ? undefined : validSchedules(db, [value])[0];
}

/** All cards, or those of one scope. */
export async function listCards(db: SourcewiseDb, scope?: Scope): Promise<ScheduleRecord[]> {
  const values = await guard(() =>
    scope ? db.getAllFromIndex('schedules', 'by-scope', scope) : db.getAll('schedules')
  );
  return validSchedules(db, values);
}

/** Cards due at `now` across all scopes, most overdue first: the review queue. */
export async function dueCards(db: SourcewiseDb, now: Date): Promise<ScheduleRecord[]> {
  const values = await guard(() =>
    db.getAllFromIndex('schedules', 'by-due', IDBKeyRange.upperBound(now.getTime()))
  );
  return validSchedules(db, values);
}

/** How many cards are due, without reading the records (questions that no longer exist included). */
export async function countDue(db: SourcewiseDb, now: Date): Promise<number> {
  return guard(() => db.countFromIndex('schedules', 'by-due', IDBKeyRange.upperBound(now.getTime())));
}

/** Saves the session of a pack (or `'review'`) so it can be resumed after a reload. One per pack. */
export async function saveSession(db: SourcewiseDb, state: SessionState): Promise<void> {
  await guard(() => db.put('meta', state, sessionKey(state.packId)));
}

/**
 * The saved session of a pack, checked; with `knownIds`, questions no longer in the pack are dropped.
 * An unreadable session is reported and treated as absent, so the learner simply starts afresh.
 */
export async function loadSession(
  db: SourcewiseDb,
  packId: string,
  knownIds?: ReadonlySet<string>
): Promise<SessionState | null> {
  const value = await guard(() => db.get('meta', sessionKey(packId)));
  if (value === undefined) return null;
  const result = resume(value, knownIds);
  if (result.ok) return result.state;
  reportProblem(db, { store: 'meta', key: sessionKey(packId), message: result.problem });
  return null;
}

export async function clearSession(db: SourcewiseDb, packId: string): Promise<void> {
  await guard(() => db.delete('meta', sessionKey(packId)));
}
