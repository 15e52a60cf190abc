/**
 * Grading: what a learner's response to each question type looks like, and how it is scored. Each type's rule lives
 * in its module in `../questions`; this is the study room's view of them.
 */
export {
  answerPattern,
  grade,
  gradeSchema,
  isAutoGraded,
  matchingItems,
  normalizeAnswerText,
  numberMatches,
  parseNumberInput,
  responseSchema,
  type Grade,
  type Response,
  type ResponseOf
} from '../questions';
