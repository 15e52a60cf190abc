/**
 * discernment: the discernment check: its scoring (MIST-style scores and signal detection), the forms file the
 * pages read (two parallel forms of 20 statements with keys and evidence) and the results a student keeps.
 * Framework-free; the builder (build.ts) runs the generator, so it is a side door only the CLI opens.
 */
// side doors: build.ts quiz.ts class-check.ts class-csv.ts — the builder runs the generator; the pages load only the
// scores and the forms schema; the check as a classroom quiz (quiz.ts, with the pack schema), its scoring of result
// codes (class-check.ts) and the class CSV (papaparse) are loaded by the classroom pages alone.
export {
  scoreDiscernment,
  describeScores,
  compareChecks,
  nextForm,
  FORMS,
  type Judgement,
  type DiscernmentScores,
  type CheckForm
} from './scores';
export { inverseNormal } from './normal';
export {
  checkFormsFile,
  formsFileSchema,
  checkItemSchema,
  FORMS_FORMAT,
  FORMS_VERSION,
  FORM_SIZE,
  PER_KEY,
  ITEM_KEYS,
  type CheckItem,
  type FormsFile,
  type ItemKey
} from './forms';
export {
  checkRecordSchema,
  checkResultSchema,
  emptyCheckRecord,
  judgementsOf,
  withAnswer,
  formToTake,
  checkStage,
  DEFAULT_POST_CHECK,
  SURE_LEVELS,
  CHECK_RECORD_VERSION,
  type CheckRecord,
  type CheckResult,
  type CheckInProgress,
  type CheckAnswer,
  type CheckStage,
  type PostCheckRule
} from './results';
export {
  CLASS_SCORES,
  SCORE_DIRECTION,
  spreadOf,
  classSpread,
  compareClass,
  type CheckedStudent,
  type ClassComparison,
  type PairedStudent,
  type ScoreChange,
  type ScoreKey,
  type Spread
} from './class';
