/**
 * What the question builders need from the analysis steps, written as the smallest shapes they read, so the
 * builders can be tested with hand-made analysis results and the real modules plug in structurally.
 */
import type { Article } from '../corpus/article';
import type { CheckDocument, Finding, Passage, Value } from '../analysis';
import type { Question } from '../packs/schema';

export interface QuoteLike {
  text: string;
  start: number;
  end: number;
  speaker?: string | null;
  cue?: string | null;
  kind?: string;
  /** Speech the speaker reports of someone else ("Trump said Putin told him…"): whose, or just whether. */
  reported?: boolean | string | null;
  confidence: number;
  /** The analysis recommends this quote for a "Who said this?" question. */
  question?: boolean;
  sentence?: { start: number; end: number };
}

export interface PersonLike {
  name: string;
}

export interface CueLike {
  text: string;
  kind?: string;
  leaning?: string;
  /** How strongly the cue pulls (log-odds units); 1 when absent. */
  weight?: number;
}

export interface ClassificationLike {
  label: 'fact' | 'opinion' | 'unsure';
  confidence: number;
  cues: CueLike[];
  explanation?: string;
}

/**
 * A passage and a finding as the checks report them: the builders read the checks' own shapes (every field past
 * the passage and the verdict is optional, so tests still write findings by hand).
 */
export type SpanRef = Passage;
export type FindingLike = Finding;
export type { CheckDocument };

/** The analysis steps the generator runs; injectable so tests and the browser can swap them. */
export interface Analyzers {
  extractQuotes(text: string): readonly QuoteLike[];
  findPeople(text: string): readonly PersonLike[];
  classifySentence(sentence: string): ClassificationLike;
  findChecks(docs: CheckDocument[]): readonly FindingLike[];
  /** The classifier's own judgement of a clear-cut sentence, when it has one. */
  isClearCut?(sentence: string, result: ClassificationLike): boolean;
  /**
   * False only where `isClearCut` is false whatever the classification (the sentence's shape alone rules it out):
   * the generator then skips classifying it.
   */
  mayBeClearCut?(sentence: string): boolean;
  /** The figures of a sentence (analysis/checks/values.ts `extractValues`); that function when absent. */
  figures?(text: string): Value[];
}

/** A question on its way into a pack, with what the assembler needs to dedupe and balance. */
export interface QuestionCandidate {
  question: Question;
  /** The text two questions must not share (a quote, a sentence, a claim). */
  key: string;
  confidence: number;
  /** The answer's speaker, for attribution balance. */
  speaker?: string;
  /**
   * Why the builder made this question, in plain words for the teacher reviewing drafts ("quote introduced by
   * 'said' with the speaker as subject"); never part of the pack or its ids.
   */
  why?: string;
}

export interface ProgressEvent {
  stage: 'analyse' | 'build' | 'validate';
  done: number;
  total: number;
}

/** Everything a builder reads: the articles to draw from, the whole story, and the analysis of each. */
export interface BuildContext {
  /** The articles questions are drawn from. */
  articles: Article[];
  /** Those articles plus related ones of the same story (for distractors, cross-checks and safety checks). */
  story: Article[];
  seed: number;
  minConfidence: number;
  quotes: Map<string, readonly QuoteLike[]>;
  people: Map<string, readonly PersonLike[]>;
  findings: readonly FindingLike[];
  classify: (sentence: string) => ClassificationLike;
  /** The figures of a sentence (analysis/checks/values.ts), computed once per pack. */
  figures: (text: string) => Value[];
  /**
   * The words of a text (passage.ts `words`), split once per pack: a sentence or quote is split for its question's
   * id, for the builder's own checks and again for the assembler's dedupe.
   */
  words: (text: string) => readonly string[];
  isClearCut?: (sentence: string, result: ClassificationLike) => boolean;
  mayBeClearCut?: (sentence: string) => boolean;
}
