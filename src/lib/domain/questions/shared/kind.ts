/** What one question type module provides: the shape every entry of the registry has. */
import type { z } from 'zod';
import type { Skill } from '../skills';
import type { WireResponse } from './describe';
import type { Grade } from './grade';

/** Teachers write `authored` types by hand; the generator makes `generated` ones from an article. */
export type Origin = 'authored' | 'generated';

export interface QuestionKind<
  S extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
  O extends Origin = Origin
> {
  /** The question as a pack stores it. */
  schema: S;
  /** A learner's response to it: plain JSON, so it can be stored. */
  response: R;
  /** Its teacher-facing name. */
  label: string;
  /** The skill it trains when made by the generator or a blank editor. */
  skill: Skill;
  origin: O;
  /** False for types the app does not grade itself (description cards, open responses). */
  autoGraded: boolean;
  /** Called only with a response of this type. */
  grade(question: z.output<S>, response: z.output<R>): Grade;
  /** A result code's response in words; undefined when it does not fit the question (the raw value is shown). */
  describe(question: z.output<S>, response: WireResponse): string | undefined;
}

/** Types a module's entry against its own schemas, so each grade and describe sees its own question type. */
export function defineKind<S extends z.ZodType, R extends z.ZodType, O extends Origin>(
  kind: QuestionKind<S, R, O>
): QuestionKind<S, R, O> {
  return kind;
}
