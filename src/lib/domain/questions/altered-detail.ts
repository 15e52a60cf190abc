/** "Which version matches the reporting?": the original sentence among versions with one detail changed. */
import { z } from 'zod';
import { at } from './shared/describe';
import { indexIn, optionList, questionBase } from './shared/fields';
import { right } from './shared/grade';
import { defineKind } from './shared/kind';

export const DETAIL_KINDS = ['number', 'duration', 'date', 'name', 'place', 'quantity'] as const;

export const alteredDetailQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal('altered-detail'),
    options: optionList.max(6),
    answer: z.number().int().nonnegative(),
    detailKind: z.enum(DETAIL_KINDS)
  })
  .refine((q) => q.answer < q.options.length, indexIn('options'));

export const alteredDetail = defineKind({
  schema: alteredDetailQuestionSchema,
  /** Index into `options`. */
  response: z.object({ type: z.literal('altered-detail'), choice: z.number().int() }),
  label: 'Which version matches?',
  skill: 'detail',
  origin: 'generated',
  autoGraded: true,
  grade: (q, r) => right(r.choice === q.answer),
  describe: (q, response) => at(q.options, response)
});
