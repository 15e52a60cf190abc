/**
 * What a grade is and the scoring rules types share. Scores follow GIFT: weights are percentages, partial credit is
 * allowed, negative weights subtract, floor 0.
 */
import { z } from 'zod';

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

export const EPSILON = 1e-9;
export const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
export const right = (correct: boolean): Grade => ({ correct, score: correct ? 1 : 0, graded: true });
export const ungraded: Grade = { correct: false, score: 0, graded: false };

/** Partial credit: the share of `hits` among `total` parts, right only when all are. */
export function partsRight(hits: number, total: number): Grade {
  return { correct: hits === total, score: hits / total, graded: true };
}

type Weighted = { weight: number; feedback?: string };

/** Best weight among the matched answers wins; right means reaching the best weight any answer offers. */
export function bestWeighted(matched: Weighted[], all: Weighted[]): Grade {
  const top = Math.max(...all.map((a) => a.weight));
  if (matched.length === 0 || top <= 0) return right(false);
  const best = matched.reduce((a, b) => (b.weight > a.weight ? b : a));
  return withFeedback(
    { correct: best.weight >= top - EPSILON, score: clamp01(best.weight / top), graded: true },
    best.feedback
  );
}

export function joinFeedback(parts: (string | undefined)[]): string | undefined {
  const text = parts.filter((p): p is string => !!p && !!p.trim()).join(' ');
  return text || undefined;
}

export function withFeedback(g: Grade, feedback: string | undefined): Grade {
  return feedback ? { ...g, feedback } : g;
}
