/** The shapes the claim modules share: cue kinds, one cue found in a sentence, and a sentence's classification. */

export type OpinionKind =
  | 'judgement'
  | 'intensifier'
  | 'obligation'
  | 'prediction'
  | 'hedge'
  | 'belief'
  | 'question'
  | 'exclamation'
  | 'comparison'
  | 'imperative'
  | 'stance'
  | 'interpretation'
  | 'scare-quote'
  | 'generalisation'
  | 'address';

export type FactKind =
  'date' | 'number' | 'attribution' | 'quote' | 'event' | 'name' | 'measure' | 'existence';

export type CueKind = OpinionKind | FactKind;

export interface Cue {
  text: string;
  start: number;
  end: number;
  kind: string;
  leaning: 'fact' | 'opinion';
  weight: number;
}

export type ClaimLabel = 'fact' | 'opinion' | 'unsure';

export interface Classification {
  label: ClaimLabel;
  /** Probability that the label is right, 0.5–1. */
  confidence: number;
  cues: Cue[];
  /** Human-readable reason naming the cues, e.g. “‘crucial’ is a judgement; ‘should’ says what ought to happen.” */
  explanation: string;
}
