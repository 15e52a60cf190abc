/**
 * The pack schema: one source of truth for built-in, generated, authored and imported packs.
 * Questions are a union discriminated on `type`; every importer and the generator validate against it.
 */
import { z } from 'zod';
import {
  idSchema as id,
  imageSchema,
  LIMITS,
  provenanceSchema,
  questionSchema,
  shortTextSchema as shortText,
  textSchema as text
} from '../questions';

// What other code imports from here about questions: the question types' own room holds it.
export {
  alteredDetailQuestionSchema,
  attributionQuestionSchema,
  choiceQuestionSchema,
  descriptionQuestionSchema,
  DETAIL_KINDS,
  discrepancyQuestionSchema,
  factOpinionQuestionSchema,
  FLASHCARD_VERDICTS,
  flashcardQuestionSchema,
  GENERATED_TYPES,
  IMAGE_LIMITS,
  IMAGE_TYPES,
  imageSchema,
  isSkill,
  KAHOOT_TIME_LIMITS,
  LIMITS,
  matchingQuestionSchema,
  numericalQuestionSchema,
  openResponseQuestionSchema,
  provenanceSchema,
  QUESTION_TYPES,
  questionKinds,
  questionSchema,
  shortAnswerQuestionSchema,
  SKILL_LABELS,
  SKILLS,
  SPOT_ERROR_LABELS,
  SPOT_ERROR_VERDICTS,
  spotErrorQuestionSchema,
  TIME_LIMIT,
  trueFalseQuestionSchema,
  type Question,
  type QuestionOf,
  type QuestionType,
  type Skill
} from '../questions';

export const PACK_FORMAT = 'sourcewise-pack';
/**
 * The pack format version this app writes. Version 2 (from 1): spot-the-error may answer `unsupported`, the
 * `flashcard` type, and skills from one list (checked when a pack is imported, never when stored data is read).
 * `formats/json/format-migrate.ts` brings older packs up to it.
 */
export const PACK_VERSION = 2;

export const SOURCE_KINDS = ['news', 'liveblog', 'opinion', 'advocacy'] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS);

/** A marked part of an article whose kind differs from the article's own (an advocacy essay appended to news). */
export const sourceSectionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: sourceKindSchema,
  label: shortText.optional()
});

export const sourceSchema = z.object({
  id,
  title: z.string().min(1).max(LIMITS.title),
  /** Absent when the article did not say which outlet published it. */
  outlet: z.string().min(1).max(LIMITS.title).optional(),
  author: z.string().max(LIMITS.title).optional(),
  url: z.url().max(LIMITS.shortText).optional(),
  published: z.string().max(40).optional(),
  kind: sourceKindSchema,
  text: z.string().max(LIMITS.articleText).optional(),
  sections: z.array(sourceSectionSchema).max(100).optional()
});

export const packSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    id,
    title: z.string().min(1).max(LIMITS.title),
    description: text.default(''),
    language: z.string().min(2).max(20).default('en'),
    license: shortText.optional(),
    authors: z.array(shortText).max(50).optional(),
    tags: z.array(z.string().max(100)).max(LIMITS.tags).optional(),
    sources: z.array(sourceSchema).max(LIMITS.sources).default([]),
    questions: z.array(questionSchema).max(LIMITS.questions),
    generated: z
      .object({
        generator: shortText,
        seed: z.number().int(),
        articles: z.number().int().nonnegative().optional()
      })
      .optional()
  })
  .superRefine((pack, ctx) => {
    const sourceIds = new Set(pack.sources.map((s) => s.id));
    const seen = new Set<string>();
    pack.questions.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate question id "${q.id}"`,
          path: ['questions', i, 'id']
        });
      seen.add(q.id);
      if (q.source && !sourceIds.has(q.source.sourceId))
        ctx.addIssue({
          code: 'custom',
          message: `source "${q.source.sourceId}" is not in the pack's sources`,
          path: ['questions', i, 'source', 'sourceId']
        });
    });
  });

export type Pack = z.infer<typeof packSchema>;
export type PackInput = z.input<typeof packSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type QuestionImage = z.infer<typeof imageSchema>;
