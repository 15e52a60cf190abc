/** A text to read, with no answer: the learner moves on with "Got it". */
import { z } from 'zod';
import { questionBase } from './shared/fields';
import { ungraded } from './shared/grade';
import { defineKind } from './shared/kind';

export const descriptionQuestionSchema = z.object({ ...questionBase, type: z.literal('description') });

export const description = defineKind({
  schema: descriptionQuestionSchema,
  response: z.object({ type: z.literal('description') }),
  label: 'Text to read (no answer)',
  skill: 'general',
  origin: 'authored',
  autoGraded: false,
  grade: () => ungraded,
  describe: () => undefined
});
