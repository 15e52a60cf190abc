/** "Fact or opinion?": one statement to label. */
import { z } from 'zod';
import { labelWord } from './shared/describe';
import { questionBase, shortText, text } from './shared/fields';
import { right } from './shared/grade';
import { defineKind } from './shared/kind';

const label = z.enum(['fact', 'opinion']);

export const factOpinionQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('fact-opinion'),
  statement: text.min(1),
  answer: label,
  /** The words that explain the label ("crucial", "in February 2022"). */
  cues: z.array(shortText).max(20).default([])
});

export const factOpinion = defineKind({
  schema: factOpinionQuestionSchema,
  response: z.object({ type: z.literal('fact-opinion'), label }),
  label: 'Fact or opinion?',
  skill: 'fact-opinion',
  origin: 'generated',
  autoGraded: true,
  grade: (q, r) => right(r.label === q.answer),
  describe: (_q, response) => labelWord(response)
});
