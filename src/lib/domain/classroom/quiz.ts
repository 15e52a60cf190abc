/**
 * A classroom quiz: which questions of which pack, in what order, with what timer and feedback.
 * Making one is quiz-create.ts (teacher only). The definition travels in the quiz link, so everything a student's device needs is in here (or in a built-in pack).
 */
import { z } from 'zod';
import { hash53, seededRandom, shuffled } from '../hash';
import { upgradeOlderPack } from '../formats/json/format-migrate';
import { LIMITS, packSchema, type Pack } from '../packs/schema';
import type { QuizRef } from './quiz-ref';
import { normalizeName } from './names';
import { isScored, MAX_QUIZ_QUESTIONS } from './scored';
import { quizIdOfRef } from './short-code';

export { isScored, MAX_QUIZ_QUESTIONS };
/** The format of a quiz carrying its own pack (`q1.`); a built-in pack's quiz travels as a reference (`q2.`). */
export const QUIZ_VERSION = 1;
export const MIN_SECONDS = 5;
export const MAX_SECONDS = 240;
export const MAX_NAME_LENGTH = 60;
/** Why a built-in pack has no exam mode: what the setup page says, and why such a quiz is refused. */
export const EXAM_NEEDS_OWN_PACK =
  "exam mode needs a pack of your own: a built-in pack's answers are in every copy of the app, so they cannot be kept from students";

const id = z.string().trim().min(1).max(LIMITS.id);

export const secondsPerQuestionSchema = z.union([
  z.literal(0),
  z
    .number()
    .int()
    .min(MIN_SECONDS, `time per question is off (0) or ${MIN_SECONDS}–${MAX_SECONDS} seconds`)
    .max(MAX_SECONDS, `time per question is off (0) or ${MIN_SECONDS}–${MAX_SECONDS} seconds`)
]);

export const quizSchema = z
  .object({
    quizId: z.string().regex(/^[a-z0-9-]{4,40}$/, 'quiz id must be 4–40 lowercase letters, digits or dashes'),
    title: z.string().trim().min(1, 'the quiz needs a title').max(LIMITS.title),
    packId: id,
    builtIn: z.boolean(),
    /** The pack itself, trimmed to the quiz's questions; travels in the link when the pack is not built in. */
    /** A link made by an older app carries an older pack version: it still opens. */
    pack: z.preprocess(upgradeOlderPack, packSchema).optional(),
    questionIds: z.array(id).min(1, 'the quiz needs at least one question').max(MAX_QUIZ_QUESTIONS),
    selection: z.enum(['all', 'random', 'picked']),
    seed: z.number().int(),
    order: z.enum(['fixed', 'shuffled']),
    secondsPerQuestion: secondsPerQuestionSchema,
    feedback: z.enum(['each', 'end']),
    createdAt: z.number().int().nonnegative(),
    /**
     * Keyed the checksum of version 1 result codes, and travelled in the link, so it caught edits, not forgers.
     * Version 2 codes carry answers that the teacher's device grades, so new quizzes have none.
     */
    secret: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/)
      .optional(),
    /** For a quiz on a built-in pack, the reference its link carries (`q2.` payload), so the link is made again. */
    ref: z
      .string()
      .regex(/^[A-Za-z0-9_-]{10,600}$/)
      .optional(),
    /**
     * Exam mode (exam.ts): the pack's questions travel without their answer keys, which are sealed here under a key
     * that stays on the teacher's device. Only in `q3.` links.
     */
    exam: z
      .object({ sealed: z.string().regex(/^[A-Za-z0-9_-]{40,}$/, 'the sealed answers are damaged') })
      .optional()
  })
  .superRefine((quiz, ctx) => {
    if (new Set(quiz.questionIds).size !== quiz.questionIds.length)
      ctx.addIssue({ code: 'custom', message: 'a question is listed twice', path: ['questionIds'] });
    if (!quiz.builtIn && !quiz.pack)
      ctx.addIssue({ code: 'custom', message: 'a quiz on an own pack must carry the pack', path: ['pack'] });
    if (quiz.exam && (quiz.builtIn || quiz.feedback !== 'end'))
      ctx.addIssue({ code: 'custom', message: EXAM_NEEDS_OWN_PACK, path: ['exam'] });
    if (!quiz.pack) return;
    if (quiz.pack.id !== quiz.packId)
      ctx.addIssue({
        code: 'custom',
        message: 'the pack inside does not match packId',
        path: ['pack', 'id']
      });
    const inPack = new Set(quiz.pack.questions.map((q) => q.id));
    quiz.questionIds.forEach((qid, i) => {
      if (!inPack.has(qid))
        ctx.addIssue({
          code: 'custom',
          message: `question "${qid}" is not in the pack`,
          path: ['questionIds', i]
        });
    });
  });

export type Quiz = z.infer<typeof quizSchema>;

const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const draw = (alphabet: string, length: number, random: () => number): string =>
  Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');

/** A per-attempt nonce (12 base64url characters) from a random source; the page passes a cryptographic one. */
export const drawNonce = (random: () => number): string => draw(TOKEN_CHARS, 12, random);

/**
 * The quiz a built-in pack's reference describes, given the questions it selects: built the same way on the
 * teacher's device (when it is made) and on each student's (when the link is opened), so both hold the same quiz.
 */
export function quizFromRef(payload: string, ref: QuizRef, pack: Pack, questionIds: string[]): Quiz {
  return {
    quizId: quizIdOfRef(payload, ref),
    title: ref.title || pack.title,
    packId: pack.id,
    builtIn: true,
    questionIds,
    selection: ref.selection.kind,
    seed: ref.seed,
    order: ref.order,
    secondsPerQuestion: ref.secondsPerQuestion,
    feedback: ref.feedback,
    createdAt: ref.createdAt * 1000,
    ref: payload
  };
}

/** Trimmed, single-spaced, without control characters; what the student typed, as shown to the teacher. */
export function cleanName(name: string): string {
  return name
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_LENGTH);
}

/** The name as the per-student shuffle reads it: the same for "Anna", "ANNA" and "An\u200Bna". */
export function studentKey(name: string): string {
  return normalizeName(cleanName(name));
}

/** The order one student sees: fixed, or shuffled from the quiz seed and the student's name (stable on reload). */
export function questionOrderFor(quiz: Pick<Quiz, 'questionIds' | 'order' | 'seed'>, name: string): string[] {
  if (quiz.order === 'fixed') return [...quiz.questionIds];
  return shuffled(quiz.questionIds, seededRandom(hash53(studentKey(name), quiz.seed)));
}
