/**
 * A student's discernment checks as stored on the device: finished checks (each answer with the key it had, so a
 * result stays readable when the forms are rebuilt) and the check in progress. Pure data and rules; the storage
 * layer keeps the record, the pages show it.
 */
import { z } from 'zod';
import { ITEM_KEYS, type CheckItem, type ItemKey } from './forms';
import { FORMS, nextForm, type CheckForm, type Judgement } from './scores';

/** How sure the student was: 1 guessing, 2 unsure, 3 fairly sure, 4 certain. */
export const SURE_LEVELS = [1, 2, 3, 4] as const;

export const checkAnswerSchema = z.strictObject({
  itemId: z.string().min(1),
  key: z.enum(ITEM_KEYS),
  said: z.enum(ITEM_KEYS),
  sure: z.number().int().min(1).max(4).optional()
});
export type CheckAnswer = z.infer<typeof checkAnswerSchema>;

const formEnum = z.enum(FORMS);

export const checkResultSchema = z.strictObject({
  id: z.string().min(1),
  form: formEnum,
  /** The forms edition answered (see the forms file). */
  edition: z.string().min(1),
  startedAt: z.number(),
  finishedAt: z.number(),
  answers: z.array(checkAnswerSchema).min(1)
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const checkInProgressSchema = z.strictObject({
  form: formEnum,
  edition: z.string().min(1),
  startedAt: z.number(),
  answers: z.array(checkAnswerSchema)
});
export type CheckInProgress = z.infer<typeof checkInProgressSchema>;

export const CHECK_RECORD_VERSION = 1;
export const checkRecordSchema = z.strictObject({
  version: z.literal(CHECK_RECORD_VERSION),
  results: z.array(checkResultSchema),
  current: checkInProgressSchema.optional()
});
export type CheckRecord = z.infer<typeof checkRecordSchema>;

export const emptyCheckRecord = (): CheckRecord => ({ version: CHECK_RECORD_VERSION, results: [] });

/** The answers in the scorer's terms. */
export function judgementsOf(answers: readonly CheckAnswer[]): Judgement[] {
  return answers.map((a) => ({
    altered: a.key === 'altered',
    saidAltered: a.said === 'altered',
    sure: a.sure
  }));
}

/** Records (or changes) the answer to one item of the check in progress. */
export function withAnswer(
  current: CheckInProgress,
  item: Pick<CheckItem, 'id' | 'key'>,
  said: ItemKey,
  sure?: number
): CheckInProgress {
  const answer: CheckAnswer = { itemId: item.id, key: item.key, said, ...(sure ? { sure } : {}) };
  const others = current.answers.filter((a) => a.itemId !== item.id);
  return { ...current, answers: [...others, answer] };
}

/** The form the student takes next: counterbalanced (A first for some, B first for others, then the other one). */
export function formToTake(record: CheckRecord, random: () => number): CheckForm {
  return (
    record.current?.form ??
    nextForm(
      record.results.map((r) => r.form),
      random
    )
  );
}

export interface PostCheckRule {
  /** Days after the first check before the next one is offered. */
  afterDays: number;
  /** Practice answers after the first check before the next one is offered. */
  afterAnswers: number;
}

export const DEFAULT_POST_CHECK: PostCheckRule = { afterDays: 7, afterAnswers: 50 };
const DAY = 24 * 60 * 60 * 1000;

export type CheckStage =
  { stage: 'first' } | { stage: 'waiting'; daysLeft: number; answersLeft: number } | { stage: 'next' };

/**
 * Where the student is: no check yet (take the first), practising until the next check opens (so many days and
 * answers to go), or the next check is open. `answersSince` counts practice answers after the latest check.
 */
export function checkStage(
  record: CheckRecord,
  answersSince: number,
  now: number,
  rule: PostCheckRule = DEFAULT_POST_CHECK
): CheckStage {
  const last = record.results.at(-1);
  if (!last) return { stage: 'first' };
  const daysLeft = Math.max(0, Math.ceil((last.finishedAt + rule.afterDays * DAY - now) / DAY));
  const answersLeft = Math.max(0, rule.afterAnswers - answersSince);
  return daysLeft === 0 && answersLeft === 0
    ? { stage: 'next' }
    : { stage: 'waiting', daysLeft, answersLeft };
}
