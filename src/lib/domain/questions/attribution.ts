/** "Who said this?": a quote and the people who might have said it; the answer is an index into `options`. */
import { z } from 'zod';
import { at } from './shared/describe';
import { indexIn, optionList, questionBase, text } from './shared/fields';
import { right } from './shared/grade';
import { defineKind } from './shared/kind';

export const attributionQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal('attribution'),
    quote: text.min(1),
    options: optionList.max(6),
    answer: z.number().int().nonnegative()
  })
  .refine((q) => q.answer < q.options.length, indexIn('options'));

export const attribution = defineKind({
  schema: attributionQuestionSchema,
  /** Index into `options`. */
  response: z.object({ type: z.literal('attribution'), choice: z.number().int() }),
  label: 'Who said this?',
  skill: 'attribution',
  origin: 'generated',
  autoGraded: true,
  grade: (q, r) => right(r.choice === q.answer),
  describe: (q, response) => at(q.options, response)
});
