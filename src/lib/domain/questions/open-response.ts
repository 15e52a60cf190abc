/** An open answer (essay): saved and compared with the explanation, not graded by the app. */
import { z } from 'zod';
import { questionBase } from './shared/fields';
import { ungraded } from './shared/grade';
import { defineKind } from './shared/kind';

export const openResponseQuestionSchema = z.object({ ...questionBase, type: z.literal('open-response') });

export const openResponse = defineKind({
  schema: openResponseQuestionSchema,
  response: z.object({ type: z.literal('open-response'), text: z.string() }),
  label: 'Open answer (essay)',
  skill: 'general',
  origin: 'authored',
  autoGraded: false,
  grade: () => ungraded,
  describe: () => undefined
});
