/**
 * Fact or opinion: labels one sentence and says why, following Pew Research Center (2018).
 * A factual statement can be proved or disproved by objective evidence, whether or not it is true;
 * an opinion expresses beliefs, values, judgements or predictions. Reported speech ("X said, “…”")
 * is a checkable fact about what was said. The score is a sum of cue weights in log-odds units,
 * so `confidence` is a probability; mixed cues, very short sentences and headline fragments pull it
 * towards 0.5, which keeps them away from the question generator's threshold.
 * With `{ fitted: true }` the score comes instead from the logistic regression in model.json, fitted by
 * tests/tools/fit-claims.ts on the same sentences, mixed with the cue sum without `KIND_SCALE` and `PRIOR`; it is
 * not the default (see data/fact-opinion/README.md).
 */
import { findCues } from './cues';
import { wordCount } from '../text';
import { explain } from './explain';
import { sentenceFeatures } from './features';
import { blend, predict } from './fit';
import cueScales from './cue-scales.json';
import model from './model.json';
import type { ClaimLabel, Classification, Cue } from './types';

/**
 * How much each kind of cue counts, as a multiple of the weights set by hand in lexicon.ts and cues.ts
 * (`KIND_SCALE`), fitted by tests/tools/fit-claim-weights.ts (`npm run fit:claims`) on the team's own openly
 * licensed sentences (data/fact-opinion/), never on the evaluation sets, with the penalty that keeps the scales near
 * 1 chosen there by cross-validation. Where the score starts, in log-odds (`PRIOR`), is set by hand in that script
 * at 0: with no cue either way the classifier leans neither way and says it is unsure.
 */
const PRIOR: number = cueScales.prior;
const KIND_SCALE: Readonly<Record<string, number>> = cueScales.scale;
/** Below this confidence the classifier does not commit to a label. */
export const UNSURE_BELOW = 0.52;
/** The confidence the question generator asks for by default (see `isClearCut`). */
export const CLEAR_CUT_CONFIDENCE = 0.8;

/** Shrinks the confidence of a label that rests on one word (see `reliability`). */
const SINGLE_CUE_FACTOR = 0.9;
/** Markdown emphasis, list numbers, links: a pasted list or page chrome, not a sentence to judge. */
const MARKUP = /\*\*|__|^\s*(?:\d+[.)]|[-*•])\s|\]\(|https?:\/\//;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export interface ClassifyOptions {
  /** Score with the model fitted on data/fact-opinion/ (model.json) instead of the cue weights above. */
  fitted?: boolean;
}

export function classifySentence(sentence: string, options: ClassifyOptions = {}): Classification {
  if (!LETTER_OR_DIGIT.test(sentence)) {
    return { label: 'unsure', confidence: 0.5, cues: [], explanation: 'There is no sentence to judge.' };
  }
  if (options.fitted) return classifyFitted(sentence);
  return judge(sentence, scaleCues(findCues(sentence), KIND_SCALE), PRIOR);
}

/**
 * The fitted model's probability of an opinion (words, quoted words, parts of speech, cue kinds, shape: see
 * features.ts), mixed in log-odds with `lexiconProbability` by the share chosen with it, then pulled towards
 * 0.5 for short sentences and headline fragments as `judge` does.
 */
function classifyFitted(sentence: string): Classification {
  const { values, cues } = sentenceFeatures(sentence);
  const pOpinion = blend(predict(model, values), lexiconProbability(sentence, cues), model.lexiconShare);
  const confidence = 0.5 + (Math.max(pOpinion, 1 - pOpinion) - 0.5) * shapeReliability(sentence);
  return classification(pOpinion, confidence, cues, total(cues, 'opinion'), total(cues, 'fact'));
}

/**
 * The hand-set cues' own probability of an opinion: `judge` on unscaled cues from a prior of 0, so nothing
 * in it was fitted on CheckThat. tests/tools/fit-claims.ts mixes it into the fitted model's score.
 */
export function lexiconProbability(sentence: string, cues: Cue[]): number {
  const { label, confidence } = judge(sentence, cues, 0);
  return label === 'opinion' ? confidence : label === 'fact' ? 1 - confidence : 0.5;
}

/**
 * Multiplies each cue's weight by its kind's scale (1 when the kind is not listed). Exported with `judge`
 * for tests/tools/fit-claim-weights.ts, which finds the cues once and then tries many scales.
 */
export function scaleCues(cues: Cue[], scale: Readonly<Record<string, number>>): Cue[] {
  for (const c of cues) c.weight *= scale[c.kind] ?? 1;
  return cues.filter((c) => c.weight > 0);
}

/** Labels a sentence from its (already scaled) cues, starting the score at `prior`. */
export function judge(sentence: string, cues: Cue[], prior: number): Classification {
  const opinion = total(cues, 'opinion');
  const fact = total(cues, 'fact');
  const pOpinion = sigmoid(prior + opinion - fact);
  let confidence = Math.max(pOpinion, 1 - pOpinion);
  const winner = pOpinion > 0.5 ? 'opinion' : 'fact';
  confidence = 0.5 + (confidence - 0.5) * reliability(sentence, cues, winner, Math.min(opinion, fact));
  return classification(pOpinion, confidence, cues, opinion, fact);
}

/** The label for a probability of an opinion and a confidence, with the explanation from the cues' totals. */
function classification(
  pOpinion: number,
  confidence: number,
  cues: Cue[],
  opinion: number,
  fact: number
): Classification {
  const label: ClaimLabel = confidence < UNSURE_BELOW ? 'unsure' : pOpinion > 0.5 ? 'opinion' : 'fact';
  let explanation: string | undefined;
  return {
    label,
    confidence: round(confidence),
    cues,
    // Written on first read: the question generator reads it only for the sentences that become questions.
    get explanation() {
      return (explanation ??= explain(label, cues, opinion, fact));
    }
  };
}

/** A sentence the question generator may use: confident, one-sided, long enough, not a headline. */
export function isClearCut(
  sentence: string,
  result: Classification,
  minConfidence = CLEAR_CUT_CONFIDENCE
): boolean {
  if (result.label === 'unsure' || result.confidence < minConfidence) return false;
  if (!mayBeClearCut(sentence)) return false;
  const against = total(result.cues, result.label === 'fact' ? 'opinion' : 'fact');
  return against < 0.5;
}

/**
 * The part of `isClearCut` that reads the sentence alone: false means no classification can make it clear-cut,
 * so the question generator need not classify it at all (tagging a sentence is the dearest step of the analysis).
 */
export function mayBeClearCut(sentence: string): boolean {
  if (isFragment(sentence) || runCount(sentence) < 6 || MARKUP.test(sentence)) return false;
  // A question asserts nothing: even a rhetorical one makes a poor "fact or opinion?" item.
  return !/\?["'”’)\]]*$/.test(sentence.trim());
}

function total(cues: Cue[], leaning: Cue['leaning']): number {
  let sum = 0;
  for (const c of cues) if (c.leaning === leaning) sum += c.weight;
  return sum;
}

/**
 * How far to trust the raw score: less when both sides have strong cues or the text is a fragment.
 * `weaker` is the smaller of the two sides' totals.
 */
function reliability(sentence: string, cues: Cue[], winner: Cue['leaning'], weaker: number): number {
  let factor = shapeReliability(sentence);
  // One word is thin evidence: a single judgement word is often used loosely ("a difficult year").
  if (supportingWords(cues, winner) === 1) factor *= SINGLE_CUE_FACTOR;
  if (weaker >= 0.6) factor *= Math.max(0.35, 1 - 0.35 * weaker);
  return factor;
}

/** How far to trust any score for the sentence's length and shape: less for short ones and fragments. */
function shapeReliability(sentence: string): number {
  const n = runCount(sentence);
  const fragment = isFragment(sentence);
  // A headline of two or three words ("Summit ends") asserts too little to judge either way.
  if (n < 4 && fragment) return 0;
  let factor = 1;
  if (n < 4) factor *= 0.4;
  else if (n < 7) factor *= 0.75;
  if (fragment) factor *= 0.6;
  return factor;
}

/** How many different words (ignoring case) give the winning side a cue of some weight; counting stops at 2. */
function supportingWords(cues: Cue[], winner: Cue['leaning']): number {
  let first: string | undefined;
  for (const c of cues) {
    if (c.leaning !== winner || c.weight < 0.3) continue;
    const word = c.text.toLowerCase();
    if (first === undefined) first = word;
    else if (word !== first) return 2;
  }
  return first === undefined ? 0 : 1;
}

/** How many runs of letters and digits a sentence has ("we're" is two: the fitted weights counted so). */
const runCount = (s: string) => wordCount(s, { apostropheParts: 0, numberParts: false });

/** Headline-like: no final punctuation, and short or mostly capitalised. */
function isFragment(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (/[.!?…]["'”’)\]]*$/.test(trimmed)) return false;
  const list = trimmed.split(/\s+/);
  const capitals = list.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return list.length <= 16 || capitals / list.length > 0.5;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
