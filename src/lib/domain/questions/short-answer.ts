/**
 * Short answer (GIFT): typed text matched against accepted answers, `*` as a wildcard. Both sides are folded the
 * same way (case, accents, spaces, quote marks, surrounding punctuation: see `normalizeAnswerText`).
 */
import { z } from 'zod';
import { answerPattern, normalizeAnswerText } from './shared/answer-text';
import { feedback, LIMITS, questionBase, shortText, weight } from './shared/fields';
import { bestWeighted } from './shared/grade';
import { defineKind } from './shared/kind';

export const shortAnswerQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('short-answer'),
  answers: z
    .array(z.object({ text: shortText.min(1), weight: weight.default(100), feedback }))
    .min(1)
    .max(LIMITS.options),
  caseSensitive: z.boolean().default(false),
  accentsMatter: z
    .boolean()
    .meta({
      description:
        'True when accents must be typed as written ("Zürich" is then not "Zurich"). Leave it out: accents are ignored.'
    })
    .optional()
});

export const shortAnswer = defineKind({
  schema: shortAnswerQuestionSchema,
  response: z.object({ type: z.literal('short-answer'), text: z.string() }),
  label: 'Short answer',
  skill: 'general',
  origin: 'authored',
  autoGraded: true,
  grade: (q, r) => {
    const options = { caseSensitive: q.caseSensitive, accentsMatter: q.accentsMatter };
    const given = normalizeAnswerText(r.text, options);
    const matched = given ? q.answers.filter((a) => answerPattern(a.text, options).test(given)) : [];
    return bestWeighted(matched, q.answers);
  },
  describe: () => undefined
});
