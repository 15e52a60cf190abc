/**
 * The question-type registry: the one list of types and, for each, its module. The pack schema's union, the
 * response union, grading, descriptions and labels all come from here, so a new type is one module plus one line
 * in each of the two tables below, and the compiler names every place that must handle it.
 */
import { z } from 'zod';
import { alteredDetail } from './altered-detail';
import { attribution } from './attribution';
import { choice } from './choice';
import { description } from './description';
import { discrepancy } from './discrepancy';
import { factOpinion } from './fact-opinion';
import { flashcard } from './flashcard';
import { matching } from './matching';
import { numerical } from './numerical';
import { openResponse } from './open-response';
import type { WireResponse } from './shared/describe';
import { right, ungraded, type Grade } from './shared/grade';
import type { Origin, QuestionKind } from './shared/kind';
import { shortAnswer } from './short-answer';
import { spotError } from './spot-error';
import { trueFalse } from './true-false';

/**
 * Every question type, in the order of the pack schema's union (and so of its JSON Schema). Stored answers name their
 * type by its place here (storage's attempt codec): add new types at the end.
 */
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
  'open-response',
  'flashcard'
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A module registered under its own type: its question and its response both carry that `type`. */
type KindOf<T extends QuestionType> = QuestionKind<z.ZodType<{ type: T }>, z.ZodType<{ type: T }>>;

export const questionKinds = {
  attribution,
  'fact-opinion': factOpinion,
  'spot-error': spotError,
  'altered-detail': alteredDetail,
  discrepancy,
  choice,
  'true-false': trueFalse,
  'short-answer': shortAnswer,
  numerical,
  matching,
  description,
  'open-response': openResponse,
  flashcard
} satisfies { [T in QuestionType]: KindOf<T> };

type Kinds = typeof questionKinds;
type NonEmpty<T> = readonly [T, ...T[]];

export const questionSchema = z.discriminatedUnion(
  'type',
  QUESTION_TYPES.map((t) => questionKinds[t].schema) as unknown as NonEmpty<Kinds[QuestionType]['schema']>
);

/** A learner's response, discriminated on the question type it answers. Plain JSON, so it can be stored. */
export const responseSchema = z.discriminatedUnion(
  'type',
  QUESTION_TYPES.map((t) => questionKinds[t].response) as unknown as NonEmpty<Kinds[QuestionType]['response']>
);

export type Question = z.infer<typeof questionSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type Response = z.infer<typeof responseSchema>;
export type ResponseOf<T extends Response['type']> = Extract<Response, { type: T }>;

type TypesFrom<O extends Origin> = {
  [T in QuestionType]: Kinds[T]['origin'] extends O ? T : never;
}[QuestionType];
export type GeneratedType = TypesFrom<'generated'>;
export type AuthoredType = TypesFrom<'authored'>;

/** Types the generator makes from an article. */
export const GENERATED_TYPES = QUESTION_TYPES.filter(
  (t) => questionKinds[t].origin === 'generated'
) as readonly GeneratedType[];
/** Types a teacher can add by hand. */
export const AUTHORED_TYPES = QUESTION_TYPES.filter(
  (t) => questionKinds[t].origin === 'authored'
) as readonly AuthoredType[];

/** The teacher-facing name of each type. */
export const TYPE_LABELS = Object.fromEntries(
  QUESTION_TYPES.map((t) => [t, questionKinds[t].label])
) as Record<QuestionType, string>;

/**
 * A question's module, seen through the question union: the one place the correlation between a question's type
 * and its module's functions is asserted rather than proven.
 */
function kindOf(
  question: Pick<Question, 'type'>
): QuestionKind<typeof questionSchema, typeof responseSchema> {
  return questionKinds[question.type] as unknown as QuestionKind<
    typeof questionSchema,
    typeof responseSchema
  >;
}

/** True for questions the app grades itself (everything but description cards and open responses). */
export function isAutoGraded(question: Pick<Question, 'type'>): boolean {
  return kindOf(question).autoGraded;
}

/**
 * Grades a response. A response of the wrong type for the question (a stale saved session, a UI bug)
 * scores 0 rather than throwing, so a learner never loses a session to it.
 */
export function grade(question: Question, response: Response): Grade {
  const kind = kindOf(question);
  if (!kind.autoGraded) return ungraded;
  if (response.type !== question.type) return right(false);
  return kind.grade(question, response);
}

/** A result code's response in the question's words, or undefined when it does not fit the question. */
export function describeAnswer(question: Question, response: WireResponse): string | undefined {
  return kindOf(question).describe(question, response);
}
