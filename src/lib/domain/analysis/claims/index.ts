// Claims: finds whether a sentence states a fact or an opinion, with the cues and a reason; imports text/ and hash.ts only.
export {
  classifySentence,
  isClearCut,
  judge,
  mayBeClearCut,
  lexiconProbability,
  scaleCues,
  UNSURE_BELOW,
  type ClassifyOptions
} from './classify';
export { findCues } from './cues';
export { FEATURE_GROUPS, onlyGroups, sentenceFeatures, type FeatureGroup } from './features';
export {
  assignFolds,
  blend,
  crossValidate,
  fitLogistic,
  outOfFold,
  predict,
  score,
  type Example,
  type FitOptions,
  type LinearModel,
  type Scores
} from './fit';
export type { ClaimLabel, Classification, Cue } from './types';
