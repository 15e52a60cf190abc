/** "The outlets disagree": match each outlet to the value it reported. */
import { z } from 'zod';
import { at } from './shared/describe';
import { id, indexIn, optionList, provenanceSchema, questionBase, shortText } from './shared/fields';
import { partsRight } from './shared/grade';
import { defineKind } from './shared/kind';

export const discrepancyQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal('discrepancy'),
    /** What the outlets disagree about ("how long the talks lasted"). */
    topic: shortText.min(1),
    outlets: z
      .array(z.object({ sourceId: id, outlet: shortText.min(1), evidence: provenanceSchema.optional() }))
      .min(2)
      .max(8),
    values: optionList.max(8),
    /** answer[i] is the index in `values` of what outlets[i] reported. */
    answer: z.array(z.number().int().nonnegative()).min(2).max(8)
  })
  .refine((q) => q.answer.length === q.outlets.length, {
    message: 'answer needs one value per outlet',
    path: ['answer']
  })
  .refine((q) => q.answer.every((a) => a < q.values.length), indexIn('values'));

export const discrepancy = defineKind({
  schema: discrepancyQuestionSchema,
  /** `values[i]` is the index in the question's `values` picked for `outlets[i]`; null when left empty. */
  response: z.object({ type: z.literal('discrepancy'), values: z.array(z.number().int().nullable()) }),
  label: 'The outlets disagree',
  skill: 'sources',
  origin: 'generated',
  autoGraded: true,
  /** One point per outlet matched to what it reported; right only when all are. */
  grade: (q, r) => partsRight(q.answer.filter((value, i) => r.values[i] === value).length, q.answer.length),
  describe: (q, response) =>
    Array.isArray(response)
      ? response
          .map((v, i) => `${q.outlets[i]?.outlet ?? i + 1}: ${v === null ? '–' : at(q.values, v)}`)
          .join('; ')
      : undefined
});
