/** Which questions a classroom quiz can hold, and how many (shared by quiz definitions and quiz references). */
import type { Question } from '../packs/schema';

/**
 * A quiz this long is already more than a lesson; the cap keeps result codes small enough for a QR code. The setup
 * page says so before a quiz is made, and nothing is cut to fit: a larger selection is refused with the reason.
 */
export const MAX_QUIZ_QUESTIONS = 200;

/**
 * Description cards and open responses cannot be marked on the student's device, so quizzes leave them out; a
 * flashcard's score is the learner's own verdict, no score for a class to be ranked by.
 */
const UNSCORED_TYPES = new Set<Question['type']>(['description', 'open-response', 'flashcard']);
export const isScored = (q: Question): boolean => !UNSCORED_TYPES.has(q.type);
