// Bundled by app.bench.ts and run inside Chromium: times the real storage calls an answer makes.
import { grade } from '$lib/domain/study';
import { newCard, reviewCard } from '$lib/domain/study';
import { startSession, answer } from '$lib/domain/study';
import { getCard, openSourcewiseDb, recordAnswer, saveSession } from '$lib/storage';
import type { Question } from '$lib/domain/packs/schema';

const question: Question = {
  id: 'bench-q',
  type: 'true-false',
  prompt: 'A headline always summarises the article accurately.',
  explanation: '',
  skill: 'detail',
  answer: false
};

export async function timeAnswers(runs: number): Promise<{ record: number[]; full: number[] }> {
  const db = await openSourcewiseDb({ name: `sourcewise-bench-${Date.now()}` });
  const ids = Array.from({ length: runs }, (_, i) => `bench-${i}`);
  let session = startSession({ packId: 'bench', questionIds: ids, now: new Date() });
  const record: number[] = [];
  const full: number[] = [];
  for (const id of ids) {
    const now = new Date();
    const response = { type: 'true-false' as const, value: false };
    const result = grade(question, response);
    session = answer(session, id, response, result, now);
    const attempt = {
      questionId: id,
      packId: 'bench',
      skill: 'detail',
      type: 'true-false',
      correct: result.correct,
      score: result.score,
      graded: true,
      response,
      at: now.getTime(),
      durationMs: 1500
    };
    const t0 = performance.now();
    const previous = await getCard(db, id);
    const card = reviewCard(previous?.card ?? newCard(now), result, now, 1500);
    const t1 = performance.now();
    await recordAnswer(db, attempt, card);
    const t2 = performance.now();
    await saveSession(db, session);
    const t3 = performance.now();
    record.push(t2 - t1);
    full.push(t3 - t0);
    session = { ...session, index: session.index + 1, phase: 'asking' };
  }
  db.close();
  return { record, full };
}
