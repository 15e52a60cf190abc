/**
 * Question types, framework-free: for every type its schema, its response and grading, its description in words,
 * its label, skill and origin (authored by teachers or made by the generator), registered in one table. Imports
 * only zod; the pack schema (`../packs/schema`) and the UI half (`$lib/components/questions`) build on it.
 */
export {
  AUTHORED_TYPES,
  describeAnswer,
  GENERATED_TYPES,
  grade,
  isAutoGraded,
  QUESTION_TYPES,
  questionKinds,
  questionSchema,
  responseSchema,
  TYPE_LABELS,
  type AuthoredType,
  type GeneratedType,
  type Question,
  type QuestionOf,
  type QuestionType,
  type Response,
  type ResponseOf
} from './registry';
export { alteredDetailQuestionSchema, DETAIL_KINDS } from './altered-detail';
export { attributionQuestionSchema } from './attribution';
export { choiceQuestionSchema } from './choice';
export { descriptionQuestionSchema } from './description';
export { discrepancyQuestionSchema } from './discrepancy';
export { factOpinionQuestionSchema } from './fact-opinion';
export { FLASHCARD_VERDICTS, flashcardQuestionSchema } from './flashcard';
export { matchingItems, matchingQuestionSchema } from './matching';
export { numberMatches, numericalQuestionSchema } from './numerical';
export { openResponseQuestionSchema } from './open-response';
export { shortAnswerQuestionSchema } from './short-answer';
export { SPOT_ERROR_LABELS, SPOT_ERROR_VERDICTS, spotErrorQuestionSchema } from './spot-error';
export { trueFalseQuestionSchema } from './true-false';
export { answerPattern, normalizeAnswerText, parseNumberInput } from './shared/answer-text';
export {
  IMAGE_LIMITS,
  IMAGE_TYPES,
  imageSchema,
  KAHOOT_TIME_LIMITS,
  LIMITS,
  provenanceSchema,
  TIME_LIMIT,
  id as idSchema,
  shortText as shortTextSchema,
  text as textSchema
} from './shared/fields';
export { gradeSchema, type Grade } from './shared/grade';
export type { WireResponse } from './shared/describe';
export type { Origin, QuestionKind } from './shared/kind';
export { isSkill, SKILL_LABELS, SKILLS, type Skill } from './skills';
export { passagesToCheck, SOURCE_CHECKS, type CheckPassage } from './source-check';
