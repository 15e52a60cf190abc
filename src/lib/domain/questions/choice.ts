/** Multiple choice (GIFT): one right answer, or several with weights that add up. */
import { z } from 'zod';
import { at } from './shared/describe';
import { feedback, LIMITS, questionBase, shortText, weight } from './shared/fields';
import { clamp01, EPSILON, joinFeedback, withFeedback, type Grade } from './shared/grade';
import { defineKind } from './shared/kind';

export const choiceQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal('choice'),
    /** Several answers may be picked (GIFT multiple answer); otherwise exactly one. */
    multiple: z.boolean().default(false),
    options: z
      .array(z.object({ text: shortText.min(1), weight, feedback }))
      .min(1)
      .max(LIMITS.options),
    shuffle: z.boolean().optional()
  })
  .refine((q) => q.options.some((o) => o.weight > 0), {
    message: 'at least one option must have a positive weight (be right)',
    path: ['options']
  });

type ChoiceQuestion = z.output<typeof choiceQuestionSchema>;

function gradeChoice(q: ChoiceQuestion, choices: number[]): Grade {
  const picked = [...new Set(choices)].filter((i) => i >= 0 && i < q.options.length);
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

export const choice = defineKind({
  schema: choiceQuestionSchema,
  /** Indices into `options`; exactly one for single choice. */
  response: z.object({ type: z.literal('choice'), choices: z.array(z.number().int()) }),
  label: 'Multiple choice',
  skill: 'general',
  origin: 'authored',
  autoGraded: true,
  grade: (q, r) => gradeChoice(q, r.choices),
  describe: (q, response) => {
    const texts = q.options.map((o) => o.text);
    return Array.isArray(response) ? response.map((r) => at(texts, r)).join('; ') : at(texts, response);
  }
});
