/**
 * Grading: what a learner's response to each question type looks like, and how it is scored.
 * Scores follow GIFT: weights are percentages, partial credit is allowed, negative weights subtract, floor 0.
 */
import { z } from 'zod';
import type { Question, QuestionOf } from '../packs/schema';

/** A learner's response, discriminated on the question type it answers. Plain JSON, so it can be stored. */
export const responseSchema = z.discriminatedUnion('type', [
  /** Index into `options`. */
  z.object({ type: z.literal('attribution'), choice: z.number().int() }),
  z.object({ type: z.literal('fact-opinion'), label: z.enum(['fact', 'opinion']) }),
  z.object({ type: z.literal('spot-error'), verdict: z.enum(['holds-up', 'contradicted']) }),
  /** Index into `options`. */
  z.object({ type: z.literal('altered-detail'), choice: z.number().int() }),
  /** `values[i]` is the index in the question's `values` picked for `outlets[i]`; null when left empty. */
  z.object({ type: z.literal('discrepancy'), values: z.array(z.number().int().nullable()) }),
  /** Indices into `options`; exactly one for single choice. */
  z.object({ type: z.literal('choice'), choices: z.array(z.number().int()) }),
  z.object({ type: z.literal('true-false'), value: z.boolean() }),
  z.object({ type: z.literal('short-answer'), text: z.string() }),
  z.object({ type: z.literal('numerical'), value: z.number() }),
  /** Key: index of a pair in `pairs` (its left side); value: the right-hand text the learner matched to it. */
  z.object({ type: z.literal('matching'), matches: z.record(z.string(), z.string()) }),
  z.object({ type: z.literal('description') }),
  z.object({ type: z.literal('open-response'), text: z.string() })
]);

export type Response = z.infer<typeof responseSchema>;
export type ResponseOf<T extends Response['type']> = Extract<Response, { type: T }>;

export interface Grade {
  /** Fully right (the best score this question allows). */
  correct: boolean;
  /** 0..1; partial credit from GIFT weights, negative weights subtract, never below 0. */
  score: number;
  /** False for description cards and open responses, which are not auto-graded (and not scheduled). */
  graded: boolean;
  /** Author feedback attached to the chosen option or matched answer, if any. */
  feedback?: string;
}

export const gradeSchema = z.object({
  correct: z.boolean(),
  score: z.number().min(0).max(1),
  graded: z.boolean(),
  feedback: z.string().optional()
});

const EPSILON = 1e-9;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const right = (correct: boolean): Grade => ({ correct, score: correct ? 1 : 0, graded: true });
const ungraded: Grade = { correct: false, score: 0, graded: false };

/**
 * Grades a response. A response of the wrong type for the question (a stale saved session, a UI bug)
 * scores 0 rather than throwing, so a learner never loses a session to it.
 */
export function grade(question: Question, response: Response): Grade {
  if (question.type === 'description' || question.type === 'open-response') return ungraded;
  if (response.type !== question.type) return right(false);
  switch (question.type) {
    case 'attribution':
    case 'altered-detail':
      return right((response as ResponseOf<'attribution'>).choice === question.answer);
    case 'fact-opinion':
      return right((response as ResponseOf<'fact-opinion'>).label === question.answer);
    case 'spot-error':
      return right((response as ResponseOf<'spot-error'>).verdict === question.answer);
    case 'discrepancy':
      return gradeDiscrepancy(question, response as ResponseOf<'discrepancy'>);
    case 'choice':
      return gradeChoice(question, response as ResponseOf<'choice'>);
    case 'true-false':
      return gradeTrueFalse(question, response as ResponseOf<'true-false'>);
    case 'short-answer':
      return gradeShortAnswer(question, response as ResponseOf<'short-answer'>);
    case 'numerical':
      return gradeNumerical(question, response as ResponseOf<'numerical'>);
    case 'matching':
      return gradeMatching(question, response as ResponseOf<'matching'>);
  }
}

/** One point per outlet matched to what it reported; right only when all are. */
function gradeDiscrepancy(q: QuestionOf<'discrepancy'>, r: ResponseOf<'discrepancy'>): Grade {
  const hits = q.answer.filter((value, i) => r.values[i] === value).length;
  const score = hits / q.answer.length;
  return { correct: hits === q.answer.length, score, graded: true };
}

function gradeChoice(q: QuestionOf<'choice'>, r: ResponseOf<'choice'>): Grade {
  const picked = [...new Set(r.choices)].filter((i) => i >= 0 && i < q.options.length);
  const weights = q.options.map((o) => o.weight);
  const feedback = joinFeedback(picked.map((i) => q.options[i].feedback));
  if (!q.multiple) {
    // Single choice: more than one pick is not a valid answer, so it earns nothing.
    const best = Math.max(...weights);
    const w = picked.length === 1 ? weights[picked[0]] : 0;
    return withFeedback({ correct: w >= best - EPSILON, score: clamp01(w / best), graded: true }, feedback);
  }
  // Multiple answer: chosen weights add up; the positive weights (capped at 100) are the most one can earn.
  const attainable = Math.min(
    100,
    weights.filter((w) => w > 0).reduce((a, b) => a + b, 0)
  );
  const total = picked.reduce((sum, i) => sum + weights[i], 0);
  const score = clamp01(total / attainable);
  return withFeedback({ correct: score >= 1 - EPSILON, score, graded: true }, feedback);
}

/** `feedbackTrue` is shown to a learner who answered "true", `feedbackFalse` to one who answered "false". */
function gradeTrueFalse(q: QuestionOf<'true-false'>, r: ResponseOf<'true-false'>): Grade {
  return withFeedback(right(r.value === q.answer), r.value ? q.feedbackTrue : q.feedbackFalse);
}

/**
 * Trims, folds runs of whitespace to one space, folds typographic quotes and apostrophes to plain ones
 * (phone keyboards type “don’t” for "don't") and, unless case matters, lower-cases.
 */
export function normalizeAnswerText(text: string, caseSensitive = false): string {
  const folded = text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .trim()
    .replace(/\s+/g, ' ');
  return caseSensitive ? folded : folded.toLocaleLowerCase();
}

/** A GIFT short answer pattern as a RegExp: `*` matches any run of characters, `\*` a literal asterisk. */
export function answerPattern(answer: string, caseSensitive = false): RegExp {
  const normalized = normalizeAnswerText(answer, caseSensitive);
  const parts = normalized.split(/(\\\*|\*)/);
  const source = parts
    .map((part) =>
      part === '*' ? '.*' : part === '\\*' ? '\\*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    )
    .join('');
  return new RegExp(`^${source}$`, 'su');
}

function gradeShortAnswer(q: QuestionOf<'short-answer'>, r: ResponseOf<'short-answer'>): Grade {
  const given = normalizeAnswerText(r.text, q.caseSensitive);
  const matched = given ? q.answers.filter((a) => answerPattern(a.text, q.caseSensitive).test(given)) : [];
  return bestWeighted(matched, q.answers);
}

/** True when `value` falls inside one numerical answer (value ± tolerance, or min..max inclusive). */
export function numberMatches(answer: QuestionOf<'numerical'>['answers'][number], value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if ('value' in answer) {
    // A little slack so that 0.1 + 0.2 still counts as 0.3.
    const slack = EPSILON * Math.max(1, Math.abs(answer.value));
    return Math.abs(value - answer.value) <= answer.tolerance + slack;
  }
  return value >= answer.min && value <= answer.max;
}

function gradeNumerical(q: QuestionOf<'numerical'>, r: ResponseOf<'numerical'>): Grade {
  return bestWeighted(
    q.answers.filter((a) => numberMatches(a, r.value)),
    q.answers
  );
}

/**
 * Reads a number as a learner types it: trims, accepts a decimal comma ("2,5") and thousands
 * separators ("1,000" / "1 000"); returns null when it is not a number.
 */
export function parseNumberInput(text: string): number | null {
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!t) return null;
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else if (/^[-+]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** The left-hand items of a matching question: pairs with an empty `left` are only distractors. */
export function matchingItems(q: QuestionOf<'matching'>): number[] {
  return q.pairs.flatMap((p, i) => (p.left.trim() ? [i] : []));
}

/** Partial credit per pair; comparing right-hand text lets duplicate texts count either way. */
function gradeMatching(q: QuestionOf<'matching'>, r: ResponseOf<'matching'>): Grade {
  const items = matchingItems(q);
  const hits = items.filter((i) => r.matches[String(i)] === q.pairs[i].right).length;
  return { correct: hits === items.length, score: hits / items.length, graded: true };
}

type Weighted = { weight: number; feedback?: string };

/** Best weight among the matched answers wins; right means reaching the best weight any answer offers. */
function bestWeighted(matched: Weighted[], all: Weighted[]): Grade {
  const top = Math.max(...all.map((a) => a.weight));
  if (matched.length === 0 || top <= 0) return right(false);
  const best = matched.reduce((a, b) => (b.weight > a.weight ? b : a));
  return withFeedback(
    { correct: best.weight >= top - EPSILON, score: clamp01(best.weight / top), graded: true },
    best.feedback
  );
}

function joinFeedback(parts: (string | undefined)[]): string | undefined {
  const text = parts.filter((p): p is string => !!p && !!p.trim()).join(' ');
  return text || undefined;
}

function withFeedback(g: Grade, feedback: string | undefined): Grade {
  return feedback ? { ...g, feedback } : g;
}

/** True for questions the app grades itself (everything but description cards and open responses). */
export function isAutoGraded(question: Pick<Question, 'type'>): boolean {
  return question.type !== 'description' && question.type !== 'open-response';
}
