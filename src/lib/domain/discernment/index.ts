/**
 * discernment: the discernment check's scoring (MIST-style scores and signal detection), framework-free; imports
 * nothing from other rooms. The items and the pages that ask them come later (the discernment issue).
 */
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
