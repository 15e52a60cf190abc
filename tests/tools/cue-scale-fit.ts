/**
 * The fit of the default fact/opinion classifier's per-kind cue scales, shared by fit-claim-weights.ts (which
 * writes them) and cv-claim-cues.ts (which only reports): the same rows, fit and probability in both, so a figure
 * reported by one is the figure the other would ship. See fit-claim-weights.ts for the model and its choices.
 */
import { type Cue, findCues, judge, scaleCues } from '../../src/lib/domain/analysis';
import type { LabelledSentence } from './fact-opinion-data';

/**
 * The prior is set by hand, not fitted: with no cue either way the classifier leans neither way, so a sentence it
 * finds nothing in is "unsure", and every label it gives can be explained by the cues behind it. (Fitted on the
 * class-balanced set, the prior leaned to opinion, which labelled a fully quoted sentence, whose words are the
 * speaker's and carry no cue, an opinion on that lean alone.)
 */
export const PRIOR = 0;
const STEPS = 3000;
const RATE = 0.5;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export interface CueRow {
  sentence: string;
  gold: 0 | 1;
  group: string;
  cues: Cue[];
  /** Opinion weight minus fact weight, by cue kind. */
  evidence: Map<string, number>;
}

/** A labelled sentence with the cues the classifier finds in it, leaving out the kinds in `drop`. */
export function cueRow(record: LabelledSentence, drop: ReadonlySet<string> = new Set()): CueRow {
  const found = LETTER_OR_DIGIT.test(record.sentence) ? findCues(record.sentence) : [];
  const cues = found.filter((c) => !drop.has(c.kind));
  const evidence = new Map<string, number>();
  for (const c of cues)
    evidence.set(c.kind, (evidence.get(c.kind) ?? 0) + (c.leaning === 'opinion' ? c.weight : -c.weight));
  return {
    sentence: record.sentence,
    gold: record.label === 'opinion' ? 1 : 0,
    group: record.source,
    cues,
    evidence
  };
}

/** Every cue kind found in `rows`, sorted. */
export const cueKinds = (rows: readonly CueRow[]) =>
  [...new Set(rows.flatMap((r) => [...r.evidence.keys()]))].sort();

/**
 * One scale per cue kind: logistic regression with the two classes weighted equally and an L2 penalty `lambda`
 * that pulls every scale towards 1 (the hand-set weight); a scale never goes below 0 (a cue never changes sides).
 */
export function fitCueScales(
  train: readonly CueRow[],
  kinds: readonly string[],
  lambda: number
): Record<string, number> {
  const nOpinion = train.filter((r) => r.gold).length;
  // Each class counts as half of the data.
  const classWeight = [train.length / 2 / (train.length - nOpinion), train.length / 2 / nOpinion];
  // Each row's evidence as (kind index, value) pairs in flat arrays, for speed.
  const index = new Map(kinds.map((k, i) => [k, i]));
  const rowKinds = train.map((r) => Int32Array.from([...r.evidence.keys()], (k) => index.get(k) ?? 0));
  const rowValues = train.map((r) => Float64Array.from(r.evidence.values()));
  const scale = new Float64Array(kinds.length).fill(1);
  const grad = new Float64Array(kinds.length);
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    for (let r = 0; r < train.length; r++) {
      const ks = rowKinds[r];
      const vs = rowValues[r];
      let z = PRIOR;
      for (let j = 0; j < ks.length; j++) z += scale[ks[j]] * vs[j];
      const err = (1 / (1 + Math.exp(-z)) - train[r].gold) * classWeight[train[r].gold];
      for (let j = 0; j < ks.length; j++) grad[ks[j]] += err * vs[j];
    }
    for (let k = 0; k < kinds.length; k++) {
      const g = (grad[k] + lambda * (scale[k] - 1)) / train.length;
      scale[k] = Math.max(0, scale[k] - RATE * g);
    }
  }
  return Object.fromEntries(kinds.map((k, i) => [k, scale[i]]));
}

/** The classifier's probability of an opinion with these scales (0.5 when it is unsure). */
export function cueProbability(row: CueRow, scale: Record<string, number>, prior = PRIOR): number {
  if (!LETTER_OR_DIGIT.test(row.sentence)) return 0.5;
  const scaled = scaleCues(
    row.cues.map((c) => ({ ...c })),
    scale
  );
  const { label, confidence } = judge(row.sentence, scaled, prior);
  return label === 'opinion' ? confidence : label === 'fact' ? 1 - confidence : 0.5;
}
