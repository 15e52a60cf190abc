// Analysis, the door for code outside it: finds quotes and speakers, facts and opinions, corrections and discrepancies; imports its rooms' doors and corpus/.
export {
  assignFolds,
  blend,
  classifySentence,
  crossValidate,
  findCues,
  fitLogistic,
  isClearCut,
  lexiconProbability,
  mayBeClearCut,
  onlyGroups,
  outOfFold,
  predict,
  score,
  sentenceFeatures,
  judge,
  scaleCues,
  UNSURE_BELOW,
  type ClaimLabel,
  type Classification,
  type ClassifyOptions,
  type Cue,
  type Example,
  type FeatureGroup,
  type LinearModel,
  type Scores
} from './claims';
export {
  extractPlaces,
  extractValues,
  findChecks,
  fitsRange,
  sameFigure,
  type CheckDocument,
  type Finding,
  type Passage,
  type Place,
  type Value,
  type ValueKind
} from './checks';
export { extractQuotes, findPeople, PLACE_WORDS, type Person, type Quote } from './quotes';
