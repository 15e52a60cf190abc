// Claims: finds whether a sentence states a fact or an opinion, with the cues and a reason; imports text/ only.
export { classifySentence, isClearCut, judge, scaleCues, UNSURE_BELOW } from './classify';
export { findCues } from './cues';
export type { ClaimLabel, Classification, Cue } from './types';
