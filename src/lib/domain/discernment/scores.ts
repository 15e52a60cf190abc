/**
 * Scores of a discernment check: items that are either reported accurately or altered, each judged "accurate" or
 * "altered" by the student. The MIST-style scores (Maertens et al., 2023) count: r, accurate items trusted; f,
 * altered items caught; V = r + f, veracity discernment; d, distrust (judging more items altered than there are);
 * n, naivety (judging more accurate than there are). Signal detection treats an altered item as the signal: the
 * hit rate is altered items caught, the false-alarm rate is accurate items called altered; d′ is how well the two
 * are told apart, and the criterion c which way the student leans (c < 0: towards "altered", distrust).
 */
import { inverseNormal } from './normal';

/** One item: whether it was altered, and what the student said. */
export interface Judgement {
  altered: boolean;
  saidAltered: boolean;
  /** How sure the student was, 1 (guessing) to 4 (certain); optional and not part of the scores. */
  sure?: number;
}

export interface DiscernmentScores {
  accurateItems: number;
  alteredItems: number;
  /** Accurate items judged accurate. */
  r: number;
  /** Altered items judged altered. */
  f: number;
  /** r + f. */
  V: number;
  /** Items judged altered beyond the number of altered items (0 or more). */
  d: number;
  /** Items judged accurate beyond the number of accurate items (0 or more). */
  n: number;
  hitRate: number;
  falseAlarmRate: number;
  /** Sensitivity: z(hit rate) − z(false-alarm rate), rates corrected away from 0 and 1. */
  dPrime: number;
  /** Criterion: −(z(hit rate) + z(false-alarm rate)) / 2; negative leans towards "altered". */
  c: number;
}

/**
 * A rate of 0 or 1 has no finite z: it is moved half an item inwards (0 → 1/(2N), 1 → 1 − 1/(2N)), the usual
 * correction (Macmillan & Kaplan, 1985).
 */
function corrected(count: number, total: number): number {
  if (count === 0) return 1 / (2 * total);
  if (count === total) return 1 - 1 / (2 * total);
  return count / total;
}

export function scoreDiscernment(judgements: readonly Judgement[]): DiscernmentScores {
  const accurate = judgements.filter((j) => !j.altered);
  const altered = judgements.filter((j) => j.altered);
  if (!accurate.length || !altered.length)
    throw new RangeError('a discernment check needs both accurate and altered items');
  const r = accurate.filter((j) => !j.saidAltered).length;
  const f = altered.filter((j) => j.saidAltered).length;
  const saidAltered = judgements.filter((j) => j.saidAltered).length;
  const saidAccurate = judgements.length - saidAltered;
  const hitRate = f / altered.length;
  const falseAlarmRate = (accurate.length - r) / accurate.length;
  const zHit = inverseNormal(corrected(f, altered.length));
  const zFalseAlarm = inverseNormal(corrected(accurate.length - r, accurate.length));
  return {
    accurateItems: accurate.length,
    alteredItems: altered.length,
    r,
    f,
    V: r + f,
    d: Math.max(0, saidAltered - altered.length),
    n: Math.max(0, saidAccurate - accurate.length),
    hitRate,
    falseAlarmRate,
    dPrime: zHit - zFalseAlarm,
    c: -(zHit + zFalseAlarm) / 2
  };
}

/** Criterion within this of 0 counts as no lean either way (a quarter of a standard deviation). */
const NEUTRAL_CRITERION = 0.25;

/** The result in plain words for the student. */
export function describeScores(s: DiscernmentScores): string {
  const lean =
    s.c < -NEUTRAL_CRITERION
      ? 'you lean towards distrust: you called some accurate reporting altered'
      : s.c > NEUTRAL_CRITERION
        ? 'you lean towards trust: some altered items got past you'
        : 'you lean neither way';
  return `You trusted ${s.r} of ${s.accurateItems} accurate items and caught ${s.f} of ${s.alteredItems} altered ones; ${lean}.`;
}

/** Change from a first check to a later one: what grew, in the same plain words. */
export function compareChecks(before: DiscernmentScores, after: DiscernmentScores) {
  const change = {
    V: after.V - before.V,
    dPrime: after.dPrime - before.dPrime,
    c: after.c - before.c
  };
  const verdict =
    change.V > 0
      ? `You told accurate from altered better: ${after.V} of ${after.accurateItems + after.alteredItems} right, up from ${before.V}.`
      : change.V < 0
        ? `This time ${after.V} of ${after.accurateItems + after.alteredItems} were right, down from ${before.V}.`
        : `The same number right as before: ${after.V}.`;
  return { ...change, verdict };
}

/** The two parallel forms of the check. */
export const FORMS = ['A', 'B'] as const;
export type CheckForm = (typeof FORMS)[number];

/**
 * Counterbalancing: a student's first form is drawn (half get A, half B), and the next check is the other form.
 * `random` is an argument (a seeded generator in tests).
 */
export function nextForm(taken: readonly CheckForm[], random: () => number): CheckForm {
  if (!taken.length) return random() < 0.5 ? 'A' : 'B';
  return taken[taken.length - 1] === 'A' ? 'B' : 'A';
}
