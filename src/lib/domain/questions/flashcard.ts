/**
 * A flashcard (pack format version 2): a front, a back, and the learner's own verdict, "knew it" or "didn't". FSRS
 * schedules it like any other question. Its passage, when it has one, is the `source` every question may carry.
 */
import { z } from 'zod';
import { questionBase, text } from './shared/fields';
import { right } from './shared/grade';
import { defineKind } from './shared/kind';

export const flashcardQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('flashcard'),
  front: text.min(1, 'a card needs a front: what the learner sees'),
  back: text.min(1, 'a card needs a back: what the learner tries to recall')
});

/** The learner's verdict in the words of its button (also how a result code's answer is described). */
export const FLASHCARD_VERDICTS = { knew: 'Knew it', missed: "Didn't know it" } as const;

export const flashcard = defineKind({
  schema: flashcardQuestionSchema,
  response: z.object({ type: z.literal('flashcard'), knew: z.boolean() }),
  label: 'Flashcard',
  skill: 'general',
  origin: 'authored',
  autoGraded: true,
  grade: (_q, r) => right(r.knew),
  describe: (_q, response) =>
    response === true ? FLASHCARD_VERDICTS.knew : response === false ? FLASHCARD_VERDICTS.missed : undefined
});
