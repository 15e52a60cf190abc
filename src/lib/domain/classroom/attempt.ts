/**
 * One student's run through a quiz, as a pure state machine that is saved after every step, so a reload or a lost
 * connection mid-quiz resumes where it was: asking → (feedback) → asking … → finished.
 * With the quiz's timer on, each question gets its own time limit if it has one, else the quiz's time per question.
 */
import { z } from 'zod';
import type { Question } from '../packs/schema';
import { grade, type Grade, type Response } from '../study/grading';
import { cleanName, questionOrderFor, type Quiz } from './quiz';
import { MAX_SECONDS_RECORDED, NONCE_PATTERN, responseSchema, type QuizResult } from './result-code';
import { toWire } from './responses';

export const quizAttemptSchema = z.object({
  quizId: z.string().min(1),
  name: z.string().min(1),
  /** Drawn when the attempt starts; the result code carries it so a replayed attempt is recognised. */
  nonce: z.string().regex(NONCE_PATTERN).optional(),
  order: z.array(z.string()).min(1),
  /** Index in `order` of the question on screen. */
  current: z.number().int().nonnegative(),
  phase: z.enum(['asking', 'feedback', 'finished']),
  /** When the current question appeared (epoch ms); the timer counts from here, across reloads too. */
  shownAt: z.number(),
  answers: z.array(
    z.object({
      questionId: z.string(),
      response: responseSchema,
      correct: z.boolean(),
      seconds: z.number().nonnegative(),
      timedOut: z.boolean().optional()
    })
  ),
  finishedAt: z.number().optional(),
  /** In exam mode, the key from the teacher's answers code once it opened the answers (exam.ts `revealAttempt`). */
  answersKey: z.string().optional()
});

export type QuizAttempt = z.infer<typeof quizAttemptSchema>;
export type AttemptAnswer = QuizAttempt['answers'][number];

export function startAttempt(quiz: Quiz, name: string, now: Date, nonce: string): QuizAttempt {
  const clean = cleanName(name);
  if (!clean) throw new Error('a display name is needed to start the quiz');
  return {
    quizId: quiz.quizId,
    name: clean,
    nonce,
    order: questionOrderFor(quiz, clean),
    current: 0,
    phase: 'asking',
    shownAt: now.getTime(),
    answers: []
  };
}

export const currentQuestionId = (attempt: QuizAttempt): string | undefined => attempt.order[attempt.current];

const secondsSince = (attempt: QuizAttempt, now: Date) =>
  Math.min(MAX_SECONDS_RECORDED, Math.max(0, Math.round((now.getTime() - attempt.shownAt) / 1000)));

type Timed = Pick<Question, 'id' | 'timeLimit'>;

/**
 * The seconds a question gets: 0 (no timer) when the teacher left the timer off; otherwise the question's own time
 * limit (from the pack editor or a Kahoot sheet), or the quiz's time per question when it has none.
 */
export function secondsFor(
  quiz: Pick<Quiz, 'secondsPerQuestion'>,
  question: Pick<Question, 'timeLimit'>
): number {
  if (!quiz.secondsPerQuestion) return 0;
  return question.timeLimit ?? quiz.secondsPerQuestion;
}

/** "30 seconds each", or "10–60 seconds each" when questions have their own limits; `null` without a timer. */
export function timerSummary(
  quiz: Pick<Quiz, 'secondsPerQuestion'>,
  questions: readonly Pick<Question, 'timeLimit'>[]
): string | null {
  if (!quiz.secondsPerQuestion) return null;
  const seconds = questions.length ? questions.map((q) => secondsFor(quiz, q)) : [quiz.secondsPerQuestion];
  const [min, max] = [Math.min(...seconds), Math.max(...seconds)];
  return min === max ? `${min} seconds each` : `${min}–${max} seconds each`;
}

function checkCurrent(attempt: QuizAttempt, question: Timed): void {
  if (currentQuestionId(attempt) !== question.id)
    throw new Error(`question "${question.id}" is not the one being asked`);
}

/** Seconds left on the current question's timer, or `null` when it has no timer. */
export function secondsLeft(attempt: QuizAttempt, quiz: Quiz, question: Timed, now: Date): number | null {
  const limit = secondsFor(quiz, question);
  if (!limit || attempt.phase !== 'asking') return null;
  checkCurrent(attempt, question);
  return Math.max(0, limit - (now.getTime() - attempt.shownAt) / 1000);
}

function moveOn(attempt: QuizAttempt, now: Date): QuizAttempt {
  const next = attempt.current + 1;
  if (next >= attempt.order.length)
    return { ...attempt, current: attempt.order.length, phase: 'finished', finishedAt: now.getTime() };
  return { ...attempt, current: next, phase: 'asking', shownAt: now.getTime() };
}

function record(attempt: QuizAttempt, quiz: Quiz, answer: AttemptAnswer, now: Date): QuizAttempt {
  const withAnswer = { ...attempt, answers: [...attempt.answers, answer] };
  return quiz.feedback === 'each' ? { ...withAnswer, phase: 'feedback' } : moveOn(withAnswer, now);
}

/**
 * Grades and records the answer to the question on screen. An answer given after the timer ran out (the tab was
 * asleep) counts as timed out, as it would have on a phone that stayed awake.
 */
export function answerCurrent(
  attempt: QuizAttempt,
  quiz: Quiz,
  question: Question,
  response: Response,
  now: Date
): { attempt: QuizAttempt; grade: Grade; seconds: number } {
  if (attempt.phase !== 'asking') throw new Error(`question "${question.id}" is not the one being asked`);
  checkCurrent(attempt, question);
  if (secondsLeft(attempt, quiz, question, now) === 0)
    return { ...timeOut(attempt, quiz, question, now), grade: TIMED_OUT_GRADE };
  const result = grade(question, response);
  const seconds = secondsSince(attempt, now);
  const answer = { questionId: question.id, response: toWire(response), correct: result.correct, seconds };
  return { attempt: record(attempt, quiz, answer, now), grade: result, seconds };
}

/** How a question whose time ran out is graded: wrong, with nothing to give partial credit for. */
export const TIMED_OUT_GRADE: Grade = { correct: false, score: 0, graded: true };

/** Records "no answer" for the question on screen once its time is up; does nothing before that. */
export function timeOut(
  attempt: QuizAttempt,
  quiz: Quiz,
  question: Timed,
  now: Date
): { attempt: QuizAttempt; seconds: number } {
  if (secondsLeft(attempt, quiz, question, now) !== 0) return { attempt, seconds: 0 };
  const seconds = Math.min(secondsFor(quiz, question), secondsSince(attempt, now));
  const answer = { questionId: question.id, response: null, correct: false, seconds, timedOut: true };
  return { attempt: record(attempt, quiz, answer, now), seconds };
}

/** Leaves the feedback of the last answer for the next question (or the end). */
export function next(attempt: QuizAttempt, now: Date): QuizAttempt {
  return attempt.phase === 'feedback' ? moveOn(attempt, now) : attempt;
}

export function scoreOf(attempt: QuizAttempt): { correct: number; total: number } {
  return { correct: attempt.answers.filter((a) => a.correct).length, total: attempt.order.length };
}

/** What the result code carries: the answers, not whether they were right (the teacher's device marks them). */
export function resultOf(attempt: QuizAttempt & { nonce: string }): QuizResult & { nonce: string } {
  return {
    quizId: attempt.quizId,
    name: attempt.name,
    finishedAt: attempt.finishedAt ?? 0,
    nonce: attempt.nonce,
    answers: attempt.answers.map(({ questionId, response, seconds }) => ({ questionId, response, seconds }))
  };
}

/** Reads a saved attempt back; one for another quiz or one that no longer fits the quiz is ignored (start afresh). */
export function resumeAttempt(saved: unknown, quiz: Quiz): QuizAttempt | null {
  const parsed = quizAttemptSchema.safeParse(saved);
  if (!parsed.success || parsed.data.quizId !== quiz.quizId) return null;
  const ids = new Set(quiz.questionIds);
  if (!parsed.data.order.every((id) => ids.has(id))) return null;
  return parsed.data;
}
