/**
 * The pack schema: one source of truth for built-in, generated, authored and imported packs.
 * Questions are a union discriminated on `type`; every importer and the generator validate against it.
 */
import { z } from 'zod';

export const PACK_FORMAT = 'sourcewise-pack';
export const PACK_VERSION = 1;

/** Caps keep a hostile or broken pack from exhausting memory or the screen. */
export const LIMITS = {
  questions: 5000,
  sources: 500,
  id: 200,
  title: 300,
  shortText: 2000,
  text: 20_000,
  articleText: 500_000,
  options: 50,
  tags: 50
} as const;

/** A question's own time limit in seconds, the range live-quiz tools allow (Kahoot offers 5 … 240). */
export const TIME_LIMIT = { min: 5, max: 240 } as const;
/**
 * The time limits Kahoot offers. Here rather than in kahoot.ts, which is teacher-only code left out of the precache:
 * the question editor suggests these values and must load offline without it.
 */
export const KAHOOT_TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 240] as const;
const timeLimitMessage = `a time limit is whole seconds from ${TIME_LIMIT.min} to ${TIME_LIMIT.max}`;

const id = z.string().trim().min(1).max(LIMITS.id);
const shortText = z.string().max(LIMITS.shortText);
const text = z.string().max(LIMITS.text);

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
  outlet: z.string().min(1).max(LIMITS.title),
  author: z.string().max(LIMITS.title).optional(),
  url: z.url().max(LIMITS.shortText).optional(),
  published: z.string().max(40).optional(),
  kind: sourceKindSchema,
  text: z.string().max(LIMITS.articleText).optional(),
  sections: z.array(sourceSectionSchema).max(100).optional()
});

/** Where a question comes from: the article and the character span of its passage. */
export const provenanceSchema = z
  .object({
    sourceId: id,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    excerpt: text
  })
  .refine((p) => p.end >= p.start, { message: 'end must not be before start', path: ['end'] });

const base = {
  id,
  prompt: text,
  explanation: text.default(''),
  skill: z.string().min(1).max(60),
  difficulty: z.number().min(0).max(1).optional(),
  tags: z.array(z.string().max(100)).max(LIMITS.tags).optional(),
  title: z.string().max(LIMITS.title).optional(),
  source: provenanceSchema.optional(),
  /** The generator's confidence in the answer key, 0–1; absent on hand-written questions. */
  confidence: z.number().min(0).max(1).optional(),
  /** Seconds to answer in a timed live quiz; absent: the quiz's own time per question applies. */
  timeLimit: z
    .number(timeLimitMessage)
    .int(timeLimitMessage)
    .min(TIME_LIMIT.min, timeLimitMessage)
    .max(TIME_LIMIT.max, timeLimitMessage)
    .meta({
      description:
        "Seconds to answer this question in a timed live quiz (a Sourcewise classroom quiz with its timer on, or Kahoot): a whole number from 5 to 240. Leave it out to use the quiz's own time per question."
    })
    .optional()
};

const optionList = z.array(shortText.min(1)).min(2).max(LIMITS.options);
const indexIn = (field: string) => ({
  message: `answer must point at one of the ${field}`,
  path: ['answer']
});

export const attributionQuestionSchema = z
  .object({
    ...base,
    type: z.literal('attribution'),
    quote: text.min(1),
    options: optionList.max(6),
    answer: z.number().int().nonnegative()
  })
  .refine((q) => q.answer < q.options.length, indexIn('options'));

export const factOpinionQuestionSchema = z.object({
  ...base,
  type: z.literal('fact-opinion'),
  statement: text.min(1),
  answer: z.enum(['fact', 'opinion']),
  /** The words that explain the label ("crucial", "in February 2022"). */
  cues: z.array(shortText).max(20).default([])
});

export const spotErrorQuestionSchema = z.object({
  ...base,
  type: z.literal('spot-error'),
  claim: text.min(1),
  /** Who made the claim, as the reporting says ("Trump, on Fox News"). */
  claimant: shortText.optional(),
  answer: z.enum(['holds-up', 'contradicted']),
  evidence: provenanceSchema
});

export const DETAIL_KINDS = ['number', 'duration', 'date', 'name', 'place', 'quantity'] as const;

export const alteredDetailQuestionSchema = z
  .object({
    ...base,
    type: z.literal('altered-detail'),
    options: optionList.max(6),
    answer: z.number().int().nonnegative(),
    detailKind: z.enum(DETAIL_KINDS)
  })
  .refine((q) => q.answer < q.options.length, indexIn('options'));

export const discrepancyQuestionSchema = z
  .object({
    ...base,
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

const feedback = shortText.optional();
/** GIFT-style weight in percent: 100 is fully right, negative values penalise. */
const weight = z.number().min(-100).max(100);

export const choiceQuestionSchema = z
  .object({
    ...base,
    type: z.literal('choice'),
    /** Several answers may be picked (GIFT multiple answer); otherwise exactly one. */
    multiple: z.boolean().default(false),
    options: z
      .array(z.object({ text: shortText.min(1), weight, feedback }))
      .min(1)
      .max(LIMITS.options),
    shuffle: z.boolean().optional()
  })
  .refine((q) => q.options.some((o) => o.weight > 0), {
    message: 'at least one option must have a positive weight (be right)',
    path: ['options']
  });

export const trueFalseQuestionSchema = z.object({
  ...base,
  type: z.literal('true-false'),
  answer: z.boolean(),
  feedbackTrue: feedback,
  feedbackFalse: feedback
});

export const shortAnswerQuestionSchema = z.object({
  ...base,
  type: z.literal('short-answer'),
  answers: z
    .array(z.object({ text: shortText.min(1), weight: weight.default(100), feedback }))
    .min(1)
    .max(LIMITS.options),
  caseSensitive: z.boolean().default(false)
});

const numericalAnswer = z.union([
  z.object({
    value: z.number(),
    tolerance: z.number().nonnegative().default(0),
    weight: weight.default(100),
    feedback
  }),
  z
    .object({ min: z.number(), max: z.number(), weight: weight.default(100), feedback })
    .refine((r) => r.max >= r.min, { message: 'max must not be below min', path: ['max'] })
]);

export const numericalQuestionSchema = z.object({
  ...base,
  type: z.literal('numerical'),
  answers: z.array(numericalAnswer).min(1).max(LIMITS.options)
});

export const matchingQuestionSchema = z
  .object({
    ...base,
    type: z.literal('matching'),
    /** Pairs with an empty `left` are extra distractors on the right. */
    pairs: z
      .array(z.object({ left: shortText, right: shortText.min(1) }))
      .min(2)
      .max(LIMITS.options)
  })
  .refine((q) => q.pairs.filter((p) => p.left.trim()).length >= 2, {
    message: 'matching needs at least two pairs',
    path: ['pairs']
  });

export const descriptionQuestionSchema = z.object({ ...base, type: z.literal('description') });

export const openResponseQuestionSchema = z.object({ ...base, type: z.literal('open-response') });

export const questionSchema = z.discriminatedUnion('type', [
  attributionQuestionSchema,
  factOpinionQuestionSchema,
  spotErrorQuestionSchema,
  alteredDetailQuestionSchema,
  discrepancyQuestionSchema,
  choiceQuestionSchema,
  trueFalseQuestionSchema,
  shortAnswerQuestionSchema,
  numericalQuestionSchema,
  matchingQuestionSchema,
  descriptionQuestionSchema,
  openResponseQuestionSchema
]);

export const QUESTION_TYPES = [
  'attribution',
  'fact-opinion',
  'spot-error',
  'altered-detail',
  'discrepancy',
  'choice',
  'true-false',
  'short-answer',
  'numerical',
  'matching',
  'description',
  'open-response'
] as const;

export const GENERATED_TYPES = [
  'attribution',
  'fact-opinion',
  'spot-error',
  'altered-detail',
  'discrepancy'
] as const;

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
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** The learner-facing label of each skill. */
export const SKILL_LABELS: Record<string, string> = {
  attribution: 'Who said this?',
  'fact-opinion': 'Fact or opinion?',
  verification: 'Does this claim hold up?',
  detail: 'Which version matches the reporting?',
  sources: 'The outlets disagree. Who reported what?',
  general: 'Quiz'
};
