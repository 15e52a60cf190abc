/** "Does this claim hold up?": a claim checked against the evidence in the reporting. */
import { z } from 'zod';
import { provenanceSchema, questionBase, shortText, text } from './shared/fields';
import { right } from './shared/grade';
import { defineKind } from './shared/kind';

/**
 * `contradicted`: the sources say otherwise; `unsupported` (pack format version 2): the sources only report it as
 * someone's claim, or call it unconfirmed. Version 1 packs hold only the first two.
 */
export const SPOT_ERROR_VERDICTS = ['holds-up', 'contradicted', 'unsupported'] as const;
const verdict = z.enum(SPOT_ERROR_VERDICTS);

/** Each verdict in the words of its answer button (also how a result code's answer is described). */
export const SPOT_ERROR_LABELS = {
  'holds-up': 'It holds up',
  contradicted: 'The sources say otherwise',
  unsupported: 'The sources do not back it up'
} as const satisfies Record<(typeof SPOT_ERROR_VERDICTS)[number], string>;

type Verdict = z.infer<typeof verdict>;

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
  describe: (_q, response) =>
    SPOT_ERROR_VERDICTS.find((v) => v === response) ? SPOT_ERROR_LABELS[response as Verdict] : undefined
});
