// Analysis: finds quotes and speakers, facts and opinions, and what a corpus corrects or reports differently; the
// door for code outside analysis (generate/, cli/, bench/, routes, workers). Imports corpus/ and its own rooms' doors.
export {
  classifySentence,
  findCues,
  isClearCut,
  judge,
  scaleCues,
  UNSURE_BELOW,
  type ClaimLabel,
  type Classification,
  type Cue
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
