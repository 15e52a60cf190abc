/** True or false, with feedback for each answer. */
import { z } from 'zod';
import { feedback, questionBase } from './shared/fields';
import { right, withFeedback } from './shared/grade';
import { defineKind } from './shared/kind';

export const trueFalseQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('true-false'),
  answer: z.boolean(),
  feedbackTrue: feedback,
  feedbackFalse: feedback
});

export const trueFalse = defineKind({
  schema: trueFalseQuestionSchema,
  response: z.object({ type: z.literal('true-false'), value: z.boolean() }),
  label: 'True or false',
  skill: 'general',
  origin: 'authored',
  autoGraded: true,
  /** `feedbackTrue` is shown to a learner who answered "true", `feedbackFalse` to one who answered "false". */
  grade: (q, r) => withFeedback(right(r.value === q.answer), r.value ? q.feedbackTrue : q.feedbackFalse),
  describe: (_q, response) => (response === true ? 'True' : response === false ? 'False' : String(response))
});
