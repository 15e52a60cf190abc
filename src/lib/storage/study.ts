/**
 * Repositories for what the learner does: answers (attempts), scheduling cards and saved sessions.
 * Each answer is written the moment it is given, attempt and card together in one transaction.
 */
import { answeredOrTimedOut, attemptFieldsSchema, type Attempt } from '../domain/study/progress';
import { studyCardSchema, type StudyCard } from '../domain/study/scheduling';
import { resume, type SessionState } from '../domain/study/session';
import { atomically, reportProblem, type SourcewiseDb } from './db';
import { guard, StorageError } from './errors';
import {
  attemptRecordSchema,
  cardRecordSchema,
  describeZodError,
  fieldKey,
  keepValid,
  type AttemptRecord,
  type CardRecord
} from './records';

const newAttemptSchema = attemptFieldsSchema.omit({ id: true }).superRefine(answeredOrTimedOut);
const sessionKey = (packId: string) => `session:${packId}`;

/**
 * Stores one answer and the question's updated card atomically: either both are saved or neither.
 * Returns the new attempt's id. `card` is null for ungraded questions, which have no card.
 * Pass the session state after the answer as `session` to save it in the same transaction, so a reload
 * can never find the answer logged but the session still asking that question (and it is one write less).
 */
export async function recordAnswer(
  db: SourcewiseDb,
  attempt: Omit<Attempt, 'id'>,
  card: StudyCard | null,
  session?: SessionState
): Promise<number> {
  const parsedAttempt = newAttemptSchema.safeParse(attempt);
  if (!parsedAttempt.success)
    throw new StorageError(
      'invalid',
      `The answer could not be saved: ${describeZodError(parsedAttempt.error)}`
    );
  const parsedCard = card === null ? null : studyCardSchema.safeParse(card);
  if (parsedCard && !parsedCard.success)
    throw new StorageError(
      'invalid',
      `The answer could not be saved: ${describeZodError(parsedCard.error, 'card')}`
    );
  return guard(() => {
    const tx = db.transaction(['attempts', 'cards', 'meta'], 'readwrite');
    return atomically(tx, async (track) => {
      // The id is assigned by the store; the cast covers the record's required `id`.
      const id = track(tx.objectStore('attempts').add(parsedAttempt.data as AttemptRecord));
      const cardWrite = parsedCard
        ? track(
            tx.objectStore('cards').put({
              questionId: attempt.questionId,
              packId: attempt.packId,
              due: parsedCard.data.due,
              card: parsedCard.data
            })
          )
        : undefined;
      const sessionWrite = session
        ? track(tx.objectStore('meta').put(session, sessionKey(session.packId)))
        : undefined;
      const [key] = await Promise.all([id, cardWrite, sessionWrite]);
      return key;
    });
  });
}

export interface AttemptQuery {
  packId?: string;
  questionId?: string;
  skill?: string;
  /** Only attempts at or after this instant. */
  since?: Date;
}

/** Attempts, oldest first; unreadable ones are skipped and reported. */
export async function listAttempts(db: SourcewiseDb, query: AttemptQuery = {}): Promise<AttemptRecord[]> {
  const values = await guard(() => {
    if (query.questionId) return db.getAllFromIndex('attempts', 'by-question', query.questionId);
    if (query.packId) return db.getAllFromIndex('attempts', 'by-pack', query.packId);
    if (query.skill)
      return db.getAllFromIndex(
        'attempts',
        'by-skill',
        IDBKeyRange.bound([query.skill, query.since?.getTime() ?? -Infinity], [query.skill, Infinity])
      );
    if (query.since)
      return db.getAllFromIndex('attempts', 'by-at', IDBKeyRange.lowerBound(query.since.getTime()));
    return db.getAll('attempts');
  });
  const since = query.since?.getTime() ?? -Infinity;
  return keepValid(attemptRecordSchema, 'attempts', values, fieldKey('id'), (p) => reportProblem(db, p))
    .filter(
      (a) =>
        (!query.packId || a.packId === query.packId) &&
        (!query.skill || a.skill === query.skill) &&
        a.at >= since
    )
    .sort((a, b) => a.at - b.at || a.id - b.id);
}

export async function getCard(db: SourcewiseDb, questionId: string): Promise<CardRecord | undefined> {
  const value = await guard(() => db.get('cards', questionId));
  if (value === undefined) return undefined;
  return keepValid(
    cardRecordSchema,
    'cards',
    [value],
    () => questionId,
    (p) => reportProblem(db, p)
  )[0];
}

/** All cards, or those of one pack. */
export async function listCards(db: SourcewiseDb, packId?: string): Promise<CardRecord[]> {
  const values = await guard(() =>
    packId ? db.getAllFromIndex('cards', 'by-pack', packId) : db.getAll('cards')
  );
  return keepValid(cardRecordSchema, 'cards', values, fieldKey('questionId'), (p) => reportProblem(db, p));
}

/** Cards due at `now` across all packs, most overdue first: the review queue. */
export async function dueCards(db: SourcewiseDb, now: Date): Promise<CardRecord[]> {
  const values = await guard(() =>
    db.getAllFromIndex('cards', 'by-due', IDBKeyRange.upperBound(now.getTime()))
  );
  return keepValid(cardRecordSchema, 'cards', values, fieldKey('questionId'), (p) => reportProblem(db, p));
}

/** How many cards are due (for the "Review due · 12" card) without reading the records. */
export async function countDue(db: SourcewiseDb, now: Date): Promise<number> {
  return guard(() => db.countFromIndex('cards', 'by-due', IDBKeyRange.upperBound(now.getTime())));
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
