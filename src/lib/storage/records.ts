/**
 * The shape of every stored record, checked each time it is read: IndexedDB outlives app versions,
 * and a record written by an old or broken build must be skipped with a message, not crash a page.
 */
import { z } from 'zod';
import { upgradeOlderPack } from '../domain/formats/json/format-migrate';
import { packSchema } from '../domain/packs/schema';
import { answeredOrTimedOut, attemptFieldsSchema } from '../domain/study/progress';
import { studyCardSchema } from '../domain/study/card';
import type { StorageProblem } from './errors';
import { SCOPE_PATTERN, type Scope } from './scope';

export const PACK_ORIGINS = ['authored', 'imported', 'generated'] as const;
export type PackOrigin = (typeof PACK_ORIGINS)[number];

export const packRecordSchema = z.object({
  /** Same as `pack.id`. */
  id: z.string().min(1),
  origin: z.enum(PACK_ORIGINS),
  /** Epoch ms of the last save. */
  updatedAt: z.number(),
  /**
   * A pack of an older format version (one the database upgrade could not rewrite, or from a restored backup) is
   * read as the current version: stored data is never refused for its age.
   */
  pack: z.preprocess(upgradeOlderPack, packSchema),
  /** `PACK_CHECK` when the pack passed this schema as it was written (see `trustedPackRecordSchema`). */
  checked: z.number().optional()
});
export type PackRecord = z.infer<typeof packRecordSchema>;

/**
 * The version of the pack check a stored pack passed when it was written. savePack and restorePack check a pack in
 * full and stamp it with this number, so reading it back need not check its thousands of questions again: an own
 * pack of 2,000 questions took longer to check than the rest of a cold start. Every other path that writes a pack
 * record (a backup's restore, a database upgrade) checks it in full with `packRecordSchema` first, so a stamp it
 * keeps is one the pack still deserves; a record without the current stamp is checked in full each time it is read. Raise it whenever the pack schema changes (records.test.ts pins
 * the schema's fingerprint to it): packs stamped by an older check are then checked in full when read, as before.
 */
export const PACK_CHECK = 1;

/**
 * A pack record stamped with the current `PACK_CHECK`, read back without its questions being checked again: the
 * record's own fields and the pack's outline still are, so a record damaged some other way is refused as before.
 */
export const trustedPackRecordSchema = z.object({
  id: z.string().min(1),
  origin: z.enum(PACK_ORIGINS),
  updatedAt: z.number(),
  checked: z.literal(PACK_CHECK),
  pack: z.looseObject({
    id: z.string().min(1),
    title: z.string(),
    questions: z.custom<unknown[]>(
      (questions) => Array.isArray(questions) && questions.every(hasIdAndType),
      'every question needs an id and a type'
    )
  })
});

/**
 * The outline of a stored question, checked with a loop: an array schema of loose objects copies every question to
 * look at two fields, 30 ms of a slow phone's cold start for a 2,000-question pack (`npm run bench -- app`).
 */
function hasIdAndType(question: unknown): boolean {
  if (typeof question !== 'object' || question === null) return false;
  const { id, type } = question as { id?: unknown; type?: unknown };
  return typeof id === 'string' && typeof type === 'string';
}

export const scopeSchema = z
  .string()
  .regex(SCOPE_PATTERN, 'scope must be "builtin", "pack:<pack id>" or "quiz:<quiz id>"')
  .transform((s) => s as Scope);

/** An attempt as version 3 of the database (and backup version 1) stored it: without a scope. */
export const legacyAttemptRecordSchema = attemptFieldsSchema
  .extend({ id: z.number().int().positive() })
  .superRefine(answeredOrTimedOut);

export const attemptRecordSchema = attemptFieldsSchema
  .extend({ id: z.number().int().positive(), scope: scopeSchema })
  .superRefine(answeredOrTimedOut);
export type AttemptRecord = z.infer<typeof attemptRecordSchema>;

const cardFields = z.object({
  questionId: z.string().min(1),
  /** The pack it was last studied in (the review queue loads the question from there). */
  packId: z.string().min(1),
  /** Copy of `card.due`, for the `by-due` index (the review queue). */
  due: z.number(),
  card: studyCardSchema
});
const dueIsCopy = (r: { due: number; card: { due: number } }) => r.due === r.card.due;
const DUE_COPY = { message: 'due must equal card.due', path: ['due'] };

/** Scheduling before scopes (store `cards`, keyed by question id alone; read only to upgrade). */
export const cardRecordSchema = cardFields.refine(dueIsCopy, DUE_COPY);
export type CardRecord = z.infer<typeof cardRecordSchema>;

/** A question's scheduling in one scope (store `schedules`, keyed `[scope, questionId]`). */
export const scheduleRecordSchema = cardFields.extend({ scope: scopeSchema }).refine(dueIsCopy, DUE_COPY);
export type ScheduleRecord = z.infer<typeof scheduleRecordSchema>;

/** A teacher's collected quiz result; the classroom code owns the payload's shape. */
export const classRecordSchema = z.object({
  id: z.string().min(1),
  quizId: z.string().min(1),
  payload: z.unknown(),
  receivedAt: z.number()
});
export type ClassRecord = z.infer<typeof classRecordSchema>;

/** Readable "path: message" lines of a zod error, e.g. `pack.questions.3.answer: Invalid input`. */
export function describeZodError(error: z.ZodError, prefix = ''): string {
  return error.issues
    .slice(0, 3)
    .map((i) => {
      const path = [prefix, ...i.path.map(String)].filter(Boolean).join('.');
      return `${path || '(record)'}: ${i.message}`;
    })
    .join('; ');
}

/**
 * Parses records read from a store; invalid ones are reported through `onProblem` and left out.
 * `keyOf` names the record in the message (its key, or its position if it has none).
 */
export function keepValid<T>(
  schema: z.ZodType<T>,
  store: string,
  values: readonly unknown[],
  keyOf: (value: unknown, index: number) => string,
  onProblem: (problem: StorageProblem) => void
): T[] {
  const out: T[] = [];
  values.forEach((value, i) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
    else {
      const key = keyOf(value, i);
      onProblem({
        store,
        key,
        message: `${store} record ${key} was skipped: ${describeZodError(parsed.error)}`
      });
    }
  });
  return out;
}

/** The key of a record for messages: the named field if present, else its position. */
export function fieldKey(field: string) {
  return (value: unknown, index: number): string => {
    const v = value && typeof value === 'object' ? (value as Record<string, unknown>)[field] : undefined;
    return typeof v === 'string' || typeof v === 'number' ? String(v) : `#${index}`;
  };
}
