/** "Does this claim hold up?": a claim checked against the evidence in the reporting. */
import { z } from 'zod';
import { labelWord } from './shared/describe';
import { provenanceSchema, questionBase, shortText, text } from './shared/fields';
import { right } from './shared/grade';
import { defineKind } from './shared/kind';

const verdict = z.enum(['holds-up', 'contradicted']);

export const spotErrorQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('spot-error'),
  claim: text.min(1),
  /** Who made the claim, as the reporting says ("Trump, on Fox News"). */
  claimant: shortText.optional(),
  answer: verdict,
  evidence: provenanceSchema
});

export const spotError = defineKind({
  schema: spotErrorQuestionSchema,
  response: z.object({ type: z.literal('spot-error'), verdict }),
  label: 'Does this claim hold up?',
  skill: 'verification',
  origin: 'generated',
  autoGraded: true,
  grade: (q, r) => right(r.verdict === q.answer),
  describe: (_q, response) => labelWord(response)
});
