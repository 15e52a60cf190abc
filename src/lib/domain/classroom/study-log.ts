/**
 * What a classroom quiz adds to the student's own study history: the same attempt record normal study writes (so
 * /progress and the review queue see it), marked with the quiz. A question whose time ran out is logged too, as a
 * wrong answer without a response, and graded like a miss, so it comes back for review.
 */
import type { Question } from '../packs/schema';
import type { Grade, Response } from '../study/grading';
import type { Attempt } from '../study/progress';
import { TIMED_OUT_GRADE } from './attempt';
import type { Quiz } from './quiz';

/** How the student left a question: an answer with its grade, or the time ran out. */
export type QuizOutcome = { response: Response; grade: Grade } | { timedOut: true };

export interface StudyEntry {
  /** The record for the `attempts` store (storage assigns its id). */
  attempt: Omit<Attempt, 'id'>;
  /** What the scheduler rates: the answer's grade, or a miss when the time ran out. */
  grade: Grade;
}

export function studyEntryFor(
  quiz: Pick<Quiz, 'packId' | 'quizId'>,
  question: Pick<Question, 'id' | 'skill' | 'type'>,
  outcome: QuizOutcome,
  durationMs: number,
  now: Date
): StudyEntry {
  const grade = 'timedOut' in outcome ? TIMED_OUT_GRADE : outcome.grade;
  const answer = 'timedOut' in outcome ? { timedOut: true as const } : { response: outcome.response };
  return {
    grade,
    attempt: {
      questionId: question.id,
      packId: quiz.packId,
      skill: question.skill,
      type: question.type,
      correct: grade.correct,
      score: grade.score,
      graded: grade.graded,
      ...answer,
      at: now.getTime(),
      durationMs,
      quizId: quiz.quizId
    }
  };
}
