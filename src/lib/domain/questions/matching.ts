/** Matching (GIFT): pair each left-hand item with a right-hand text; extra right-hand texts are distractors. */
import { z } from 'zod';
import { LIMITS, questionBase, shortText } from './shared/fields';
import { partsRight } from './shared/grade';
import { defineKind } from './shared/kind';

export const matchingQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal('matching'),
    /** Pairs with an empty `left` are extra distractors on the right. */
    pairs: z
      .array(z.object({ left: shortText, right: shortText.min(1) }))
      .min(2)
      .max(LIMITS.options)
  })
  .refine((q) => q.pairs.filter((p) => p.left.trim()).length >= 2, {
    message: 'matching needs at least two pairs',
    path: ['pairs']
  });

/** The left-hand items of a matching question: pairs with an empty `left` are only distractors. */
export function matchingItems(q: z.output<typeof matchingQuestionSchema>): number[] {
  return q.pairs.flatMap((p, i) => (p.left.trim() ? [i] : []));
}

export const matching = defineKind({
  schema: matchingQuestionSchema,
  /** Key: index of a pair in `pairs` (its left side); value: the right-hand text the learner matched to it. */
  response: z.object({ type: z.literal('matching'), matches: z.record(z.string(), z.string()) }),
  label: 'Matching',
  skill: 'general',
  origin: 'authored',
  autoGraded: true,
  /** Partial credit per pair; comparing right-hand text lets duplicate texts count either way. */
  grade: (q, r) => {
    const items = matchingItems(q);
    return partsRight(items.filter((i) => r.matches[String(i)] === q.pairs[i].right).length, items.length);
  },
  // study responses map a pair's index (its left side) to the right-hand text chosen for it
  describe: (q, response) =>
    typeof response === 'object' && response !== null && !Array.isArray(response)
      ? Object.entries(response)
          .map(([k, right]) => `${q.pairs[Number(k)]?.left ?? k} → ${String(right)}`)
          .join('; ')
      : undefined
});
