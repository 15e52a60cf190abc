/**
 * Measures what the learner waits for after each answer: `recordAnswer` (attempt + card in one transaction)
 * and the session save that follows it. Runs in a scratch database that is deleted afterwards, so it can be
 * called from a benchmark page in a real browser (the figure the issue asks for is Chromium's p95).
 */
import { newCard, reviewCard } from '../domain/study/scheduling';
import { answer, next, startSession } from '../domain/study/session';
import { deleteSourcewiseDb, openSourcewiseDb } from './db';
import { recordAnswer, saveSession } from './study';

export interface WriteTimings {
  count: number;
  /** recordAnswer alone, milliseconds. */
  p50: number;
  p95: number;
  /** recordAnswer followed by a separate saveSession. */
  p95WithSession: number;
  /** recordAnswer with the session passed in, all in one transaction. */
  p95OneTransaction: number;
}

export function percentile(values: readonly number[], q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export async function measureAnswerWrites(
  options: { count?: number; factory?: IDBFactory; clock?: () => number } = {}
): Promise<WriteTimings> {
  const count = options.count ?? 200;
  const clock = options.clock ?? (() => performance.now());
  const name = 'sourcewise-measure';
  await deleteSourcewiseDb(options.factory, name).catch(() => undefined);
  const db = await openSourcewiseDb({ factory: options.factory, name });
  try {
    const ids = Array.from({ length: count }, (_, i) => `measure-q${i}`);
    let session = startSession({ packId: 'measure', questionIds: ids, now: new Date() });
    const alone: number[] = [];
    const withSession: number[] = [];
    const oneTransaction: number[] = [];
    for (const [i, questionId] of ids.entries()) {
      const now = new Date();
      const grade = { correct: i % 3 !== 0, score: i % 3 !== 0 ? 1 : 0, graded: true };
      const response = { type: 'attribution' as const, choice: i % 4 };
      const card = reviewCard(newCard(now), grade, now, 5000);
      const attempt = {
        scope: 'pack:measure' as const,
        questionId,
        packId: 'measure',
        skill: 'attribution',
        type: 'attribution',
        correct: grade.correct,
        score: grade.score,
        response,
        at: now.getTime(),
        durationMs: 5000
      };
      session = answer(session, questionId, response, grade, now);
      // Alternate the two ways of saving so both see the same database size.
      if (i % 2 === 0) {
        const start = clock();
        await recordAnswer(db, attempt, card);
        alone.push(clock() - start);
        await saveSession(db, session);
        withSession.push(clock() - start);
      } else {
        const start = clock();
        await recordAnswer(db, attempt, card, session);
        oneTransaction.push(clock() - start);
      }
      session = next(session, now);
    }
    return {
      count,
      p50: percentile(alone, 0.5),
      p95: percentile(alone, 0.95),
      p95WithSession: percentile(withSession, 0.95),
      p95OneTransaction: percentile(oneTransaction, 0.95)
    };
  } finally {
    db.close();
    await deleteSourcewiseDb(options.factory, name).catch(() => undefined);
  }
}
