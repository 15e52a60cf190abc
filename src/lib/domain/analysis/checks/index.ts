// Checks: finds what a corpus corrects or reports differently (corrections, clashes, figures, quotes, labels,
// headlines), and reads figures and places from text; imports text/, quotes/ (through their doors) and corpus/.
export { findChecks } from './find';
export { extractPlaces } from './places';
export { extractValues, fitsRange, sameFigure } from './values';
export type { CheckDocument, Finding, Passage, Place, Value, ValueKind } from './types';
