/**
 * A question's scheduling card as it is stored: its schema and type, apart from the scheduler, so that storage (which
 * checks cards as it reads them) does not load ts-fsrs with every page; only the pages that record answers import the scheduler.
 */
import { z } from 'zod';

/** The scheduling state of one question, serialisable as is. */
export const studyCardSchema = z.object({
  /** When the question is due next (epoch ms). */
  due: z.number(),
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsedDays: z.number().nonnegative(),
  scheduledDays: z.number().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs `State`). */
  state: z.number().int().min(0).max(3),
  /** The last review (epoch ms), absent on a new card. */
  lastReview: z.number().optional()
});

export type StudyCard = z.infer<typeof studyCardSchema>;
