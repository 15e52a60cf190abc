// Checks: finds what a corpus corrects or reports differently, and a sentence's figures and places; imports text/, quotes/, corpus/.
export { findChecks } from './find';
export { extractPlaces } from './places';
export { extractValues, fitsRange, sameFigure } from './values';
export type { CheckDocument, Finding, Passage, Place, Value, ValueKind } from './types';
