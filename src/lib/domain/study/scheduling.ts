/**
 * Spaced repetition on ts-fsrs. A card is kept as a plain JSON record (dates as epoch milliseconds),
 * so it can go straight into IndexedDB, a backup file or a test fixture.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { Question } from '../packs/schema';
import type { StudyCard } from './card';
import type { Grade } from './grading';

export { studyCardSchema, type StudyCard } from './card';

export type RatingName = 'again' | 'hard' | 'good' | 'easy';

/** A right answer faster than this counts as easy (the learner knew it without deliberating). */
export const FAST_ANSWER_MS = 8000;

// Fuzz is off so that the same answers at the same times always give the same schedule.
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });

function toFsrs(card: StudyCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: card.lastReview === undefined ? undefined : new Date(card.lastReview)
  };
}

function fromFsrs(card: Card): StudyCard {
  const out: StudyCard = {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state
  };
  if (card.last_review) out.lastReview = card.last_review.getTime();
  return out;
}

/** A fresh card, due immediately. */
export function newCard(now: Date): StudyCard {
  return fromFsrs(createEmptyCard(now));
}

/** Wrong → again, partial credit → hard, right → good, right and fast → easy. */
export function ratingFor(grade: Grade, durationMs?: number): RatingName {
  if (grade.correct) return durationMs !== undefined && durationMs < FAST_ANSWER_MS ? 'easy' : 'good';
  return grade.score > 0 ? 'hard' : 'again';
}

const RATINGS: Record<RatingName, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy
};

/**
 * The card after an answer. Ungraded answers (description, open response) leave the card unchanged,
 * since there is nothing to learn about the learner's memory from them.
 */
export function reviewCard(card: StudyCard, grade: Grade, now: Date, durationMs?: number): StudyCard {
  if (!grade.graded) return card;
  return fromFsrs(scheduler.next(toFsrs(card), now, RATINGS[ratingFor(grade, durationMs)]).card);
}

export function isDue(card: StudyCard, now: Date): boolean {
  return card.due <= now.getTime();
}

/** Only auto-graded questions get a card; a description card never comes back for review. */
export function isSchedulable(question: Pick<Question, 'type'>): boolean {
  return question.type !== 'description' && question.type !== 'open-response';
}

/** Probability (0..1) that the learner still remembers the answer at `now`; 0 for a card never reviewed. */
export function retrievability(card: StudyCard, now: Date): number {
  if (card.state === State.New) return 0;
  return scheduler.get_retrievability(toFsrs(card), now, false);
}
