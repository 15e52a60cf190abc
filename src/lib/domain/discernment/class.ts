/**
 * A class's discernment checks side by side: per score the mean and spread (standard deviation, median and
 * quartiles) of a first check and a later one, the change per student, and how many students improved. Students are
 * paired by their normalised name; a student with only one of the two checks is named, not counted, so both columns
 * describe the same students.
 */
import type { DiscernmentScores } from './scores';

export interface CheckedStudent {
  /** The normalised name, which pairs a student's first and later check. */
  key: string;
  name: string;
  scores: DiscernmentScores;
}

/** The scores a class is compared on, in the order tables show them. */
export const CLASS_SCORES = ['r', 'f', 'V', 'd', 'n', 'dPrime', 'c'] as const;
export type ScoreKey = (typeof CLASS_SCORES)[number];

/** Which way is better: d and n count errors (lower is better); c is a lean, better neither way. */
export const SCORE_DIRECTION = {
  r: 'higher',
  f: 'higher',
  V: 'higher',
  d: 'lower',
  n: 'lower',
  dPrime: 'higher',
  c: 'neither'
} as const satisfies Record<ScoreKey, 'higher' | 'lower' | 'neither'>;

export interface Spread {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1); null for a single value. */
  sd: number | null;
  median: number;
  /** First and third quartiles, interpolated linearly between values (as spreadsheets' QUARTILE.INC). */
  q1: number;
  q3: number;
}

function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** Mean and spread of some values; null when there are none. */
export function spreadOf(values: readonly number[]): Spread | null {
  if (!values.length) return null;
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1)) : null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n,
    mean,
    sd,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75)
  };
}

/** One check's class figures: per score, the spread over the scored students (null with none). */
export function classSpread(students: readonly CheckedStudent[]): Record<ScoreKey, Spread | null> {
  const spreads = {} as Record<ScoreKey, Spread | null>;
  for (const key of CLASS_SCORES) spreads[key] = spreadOf(students.map((s) => s.scores[key]));
  return spreads;
}

export interface PairedStudent {
  key: string;
  /** As written on the later check. */
  name: string;
  before: DiscernmentScores;
  after: DiscernmentScores;
}

export interface ScoreChange {
  key: ScoreKey;
  before: Spread;
  after: Spread;
  /** Spread of each student's change (after − before). */
  change: Spread;
  /** Students whose score moved the better way, stayed, moved the worse way; null for a score with no better way. */
  improved: number | null;
  same: number;
  worse: number | null;
}

export interface ClassComparison {
  pairs: PairedStudent[];
  /** Students who took only the first check, or only the later one: named, left out of the figures. */
  onlyBefore: CheckedStudent[];
  onlyAfter: CheckedStudent[];
  /** One entry per score (empty when no student took both checks). */
  scores: ScoreChange[];
  /** Students who got more statements right (V) on the later check. */
  improved: number;
}

/** Below this a change is no change (d′ and c are computed, so equal answers must compare equal). */
const SAME = 1e-9;

/** Pairs the students of a first and a later check by name and compares them, score by score. */
export function compareClass(
  before: readonly CheckedStudent[],
  after: readonly CheckedStudent[]
): ClassComparison {
  const first = new Map(before.map((s) => [s.key, s]));
  const later = new Set(after.map((s) => s.key));
  const pairs = after.flatMap((s) => {
    const earlier = first.get(s.key);
    return earlier ? [{ key: s.key, name: s.name, before: earlier.scores, after: s.scores }] : [];
  });
  const scores: ScoreChange[] = pairs.length
    ? CLASS_SCORES.map((key) => {
        const deltas = pairs.map((p) => p.after[key] - p.before[key]);
        const direction = SCORE_DIRECTION[key];
        const better = deltas.filter((d) => (direction === 'lower' ? d < -SAME : d > SAME)).length;
        const same = deltas.filter((d) => Math.abs(d) <= SAME).length;
        return {
          key,
          before: spreadOf(pairs.map((p) => p.before[key])) as Spread,
          after: spreadOf(pairs.map((p) => p.after[key])) as Spread,
          change: spreadOf(deltas) as Spread,
          improved: direction === 'neither' ? null : better,
          same,
          worse: direction === 'neither' ? null : deltas.length - better - same
        };
      })
    : [];
  return {
    pairs,
    onlyBefore: before.filter((s) => !later.has(s.key)),
    onlyAfter: after.filter((s) => !first.has(s.key)),
    scores,
    improved: pairs.filter((p) => p.after.V > p.before.V).length
  };
}
