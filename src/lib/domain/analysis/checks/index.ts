// Checks: finds what a corpus corrects or reports differently (corrections, clashes, figures, quotes, labels,
// headlines), and reads figures from text; imports text/ and quotes/ through their doors.
export { findChecks } from './find';
export {
  extractPlaces,
  extractValues,
  fitsRange,
  sameFigure,
  type Place,
  type Value,
  type ValueKind
} from './values';
export type { CheckDocument, Finding, Passage } from './types';
