// Bundled by app.bench.ts and run inside Chromium: times the real storage calls an answer makes.
import { grade } from '$lib/domain/study';
import { newCard, reviewCard, type StudyCard } from '$lib/domain/study';
import { startSession, answer } from '$lib/domain/study';
import { openSourcewiseDb, recordAnswer, savePack } from '$lib/storage';
import type { Question } from '$lib/domain/packs/schema';

const question: Question = {
  id: 'bench-q',
  type: 'true-false',
  prompt: 'A headline always summarises the article accurately.',
  explanation: '',
  skill: 'detail',
  answer: false
};

/** An own pack's scope, as the app gives a pack that is not built in. */
const SCOPE = 'pack:bench' as const;

/** One answer to the true/false question, as the study page records it: the attempt, and its card worked out. */
function benchAnswer(questionId: string, value: boolean, now: Date) {
  const response = { type: 'true-false' as const, value };
  const result = grade(question, response);
  const attempt = {
    scope: SCOPE,
    questionId,
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
  const card = (stored: StudyCard | undefined) => reviewCard(stored ?? newCard(now), result, now, 1500);
  return { response, result, attempt, card };
}

/**
 * Times `runs` answers of one session. `answeredBefore`: that many other questions of the same pack are answered
 * first, untimed (a learner far into a large pack: what an answer updates grows with it).
 */
export async function timeAnswers(runs: number, answeredBefore = 0): Promise<number[]> {
  const db = await openSourcewiseDb({ name: `sourcewise-bench-${Date.now()}` });
  for (let i = 0; i < answeredBefore; i++) {
    const { attempt, card } = benchAnswer(`seen-${i}`, i % 3 === 0, new Date());
    await recordAnswer(db, attempt, card);
  }
  const ids = Array.from({ length: runs }, (_, i) => `bench-${i}`);
  let session = startSession({ packId: 'bench', questionIds: ids, now: new Date() });
  const full: number[] = [];
  for (const id of ids) {
    const now = new Date();
    const { response, result, attempt, card } = benchAnswer(id, false, now);
    session = answer(session, id, response, result, now);
    const t0 = performance.now();
    // As the study page saves an answer: the card read and worked out, the attempt, the card and the session in one
    // transaction.
    await recordAnswer(db, attempt, card, session);
    full.push(performance.now() - t0);
    session = { ...session, index: session.index + 1, phase: 'asking' };
  }
  db.close();
  return full;
}

/**
 * Stores an own pack of `count` questions, the built-in `from` pack's questions repeated under new ids, as a teacher's
 * large import would leave it in IndexedDB.
 */
export async function storeOwnPack(from: string, id: string, count: number): Promise<void> {
  const source = (await (await fetch(`/packs/${from}.json`)).json()) as { questions: Question[] };
  const questions = Array.from({ length: count }, (_, i) => {
    const question = source.questions[i % source.questions.length];
    return { ...question, id: `${question.id}-${i}` };
  });
  const db = await openSourcewiseDb();
  try {
    await savePack(db, { ...source, id, title: `Own pack of ${count} questions`, questions }, 'imported');
  } finally {
    db.close();
  }
}
