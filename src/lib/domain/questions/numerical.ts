/** A number (GIFT numerical): a value with a tolerance, or a range. */
import { z } from 'zod';
import { feedback, LIMITS, questionBase, weight } from './shared/fields';
import { bestWeighted, EPSILON } from './shared/grade';
import { defineKind } from './shared/kind';

const numericalAnswer = z.union([
  z.object({
    value: z.number(),
    tolerance: z.number().nonnegative().default(0),
    weight: weight.default(100),
    feedback
  }),
  z
    .object({ min: z.number(), max: z.number(), weight: weight.default(100), feedback })
    .refine((r) => r.max >= r.min, { message: 'max must not be below min', path: ['max'] })
]);

export const numericalQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('numerical'),
  answers: z.array(numericalAnswer).min(1).max(LIMITS.options)
});

/** True when `value` falls inside one numerical answer (value ± tolerance, or min..max inclusive). */
export function numberMatches(answer: z.output<typeof numericalAnswer>, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if ('value' in answer) {
    // A little slack so that 0.1 + 0.2 still counts as 0.3.
    const slack = EPSILON * Math.max(1, Math.abs(answer.value));
    return Math.abs(value - answer.value) <= answer.tolerance + slack;
  }
  return value >= answer.min && value <= answer.max;
}

export const numerical = defineKind({
  schema: numericalQuestionSchema,
  response: z.object({ type: z.literal('numerical'), value: z.number() }),
  label: 'Number',
  skill: 'general',
  origin: 'authored',
  autoGraded: true,
  grade: (q, r) =>
    bestWeighted(
      q.answers.filter((a) => numberMatches(a, r.value)),
      q.answers
    ),
  describe: () => undefined
});
