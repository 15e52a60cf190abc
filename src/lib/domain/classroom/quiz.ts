/**
 * A classroom quiz: which questions of which pack, in what order, with what timer and feedback.
 * The definition travels in the quiz link, so everything a student's device needs is in here (or in a built-in pack).
 */
import { z } from 'zod';
import { hash53, seededRandom, shuffled } from '../hash';
import { upgradeOlderPack } from '../formats/json/format-migrate';
import { LIMITS, packSchema, type Pack, type Question } from '../packs/schema';
import { encodeRef, packFingerprint, randomSet, REF_TITLE_BYTES, scoredIds, type QuizRef } from './quiz-ref';
import { normalizeName } from './names';
import { isScored, MAX_QUIZ_QUESTIONS } from './scored';
import { quizIdOfRef, SHORT_SEED_LIMIT } from './short-code';

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

export interface QuizSettings {
  title?: string;
  /** Whether the pack is one of the app's own (then only its id travels) or the teacher's (then it travels too). */
  builtIn: boolean;
  selection: 'all' | 'random' | 'picked';
  /** How many questions a random selection takes. */
  count?: number;
  /** The hand-picked question ids, in the order the teacher wants them. */
  picked?: string[];
  /** Seeds the random subset and the per-student shuffle; a fresh one is drawn when absent. */
  seed?: number;
  order: 'fixed' | 'shuffled';
  secondsPerQuestion: number;
  feedback: 'each' | 'end';
  /**
   * Exam mode (feedback at the end, answers sealed): explanations are kept for the feedback the students see once the
   * teacher shows the answers; `sealQuiz` (exam.ts) then hides the keys.
   */
  exam?: boolean;
}

export type QuizSetup = { ok: true; quiz: Quiz } | { ok: false; field: string; message: string };

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const draw = (alphabet: string, length: number, random: () => number): string =>
  Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');

/** A per-attempt nonce (12 base64url characters) from a random source; the page passes a cryptographic one. */
export const drawNonce = (random: () => number): string => draw(TOKEN_CHARS, 12, random);

/**
 * The pack cut down to what a student's device needs to run the quiz, so that the link stays small enough for a
 * QR code: only the quiz's questions, without sources, provenance, tags or generator scores (the quiz page shows
 * none of them), and with explanations only when feedback comes after each question. Authors and licence stay.
 */
export function packForQuiz(pack: Pack, questionIds: readonly string[], { explanations = true } = {}): Pack {
  const wanted = new Set(questionIds);
  const questions = pack.questions
    .filter((q) => wanted.has(q.id))
    .map((q): Question => {
      const { source: _source, tags: _tags, confidence: _confidence, difficulty: _difficulty, ...rest } = q;
      const slim = { ...rest, explanation: explanations ? q.explanation : '' } as Question;
      if (slim.type === 'fact-opinion' && !explanations) return { ...slim, cues: [] };
      if (slim.type === 'discrepancy')
        return { ...slim, outlets: slim.outlets.map(({ sourceId, outlet }) => ({ sourceId, outlet })) };
      return slim;
    });
  const { generated: _generated, tags: _tags, ...rest } = pack;
  return { ...rest, description: '', sources: [], questions };
}

function chooseQuestions(pack: Pack, settings: QuizSettings, seed: number): QuizSetup | string[] {
  const scored = scoredIds(pack);
  if (settings.selection === 'all') {
    if (scored.length > MAX_QUIZ_QUESTIONS)
      return { ok: false, field: 'selection', message: tooMany(scored.length) };
    return scored;
  }
  if (settings.selection === 'random') {
    const count = settings.count ?? 0;
    if (!Number.isInteger(count) || count < 1)
      return { ok: false, field: 'count', message: 'say how many questions to draw (1 or more)' };
    if (count > scored.length)
      return {
        ok: false,
        field: 'count',
        message: `asked for ${count} questions but the pack has ${scored.length} that can be marked`
      };
    if (count > MAX_QUIZ_QUESTIONS) return { ok: false, field: 'count', message: tooMany(count) };
    return randomSet(scored, count, seed);
  }
  const byId = new Map(pack.questions.map((q) => [q.id, q]));
  const picked = [...new Set(settings.picked ?? [])];
  if (picked.length === 0) return { ok: false, field: 'picked', message: 'pick at least one question' };
  for (const qid of picked) {
    const q = byId.get(qid);
    if (!q) return { ok: false, field: 'picked', message: `question "${qid}" is not in the pack` };
    if (!isScored(q))
      return {
        ok: false,
        field: 'picked',
        message: `question "${qid}" (${q.type}) cannot be marked in a quiz`
      };
  }
  if (picked.length > MAX_QUIZ_QUESTIONS)
    return { ok: false, field: 'picked', message: tooMany(picked.length) };
  return picked;
}

/** What the setup page says before a quiz is made too long (nothing is ever cut to fit). */
export const tooMany = (count: number): string =>
  `a quiz holds at most ${MAX_QUIZ_QUESTIONS} questions (this would be ${count}): draw a random set or pick them`;

/** Why a title cannot travel in a built-in pack's link, or null when it can. */
export function refTitleProblem(title: string): string | null {
  return new TextEncoder().encode(title).length > REF_TITLE_BYTES
    ? `keep the title to ${REF_TITLE_BYTES} characters or fewer (fewer with accented or non-Latin letters), so the QR code stays readable from the back of the room`
    : null;
}

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

function builtInQuiz(
  pack: Pack,
  settings: QuizSettings,
  chosen: string[],
  seed: number,
  now: Date
): QuizSetup {
  const title = settings.title?.trim() && settings.title.trim() !== pack.title ? settings.title.trim() : '';
  const titleProblem = refTitleProblem(title);
  if (titleProblem) return { ok: false, field: 'title', message: titleProblem };
  const wanted = new Set(chosen);
  const ref: QuizRef = {
    packId: pack.id,
    fingerprint: packFingerprint(pack),
    selection:
      settings.selection === 'picked'
        ? { kind: 'picked', picked: scoredIds(pack).map((id) => wanted.has(id)) }
        : settings.selection === 'random'
          ? { kind: 'random', count: chosen.length }
          : { kind: 'all' },
    seed,
    order: settings.order,
    secondsPerQuestion: settings.secondsPerQuestion,
    feedback: settings.feedback,
    createdAt: Math.floor(now.getTime() / 1000),
    title
  };
  // A reference keeps picked questions in the pack's order (a bitset has no order of its own).
  const questionIds =
    settings.selection === 'picked' ? scoredIds(pack).filter((id) => wanted.has(id)) : chosen;
  const parsed = quizSchema.safeParse(quizFromRef(encodeRef(ref), ref, pack, questionIds));
  if (parsed.success) return { ok: true, quiz: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, field: String(issue.path[0] ?? 'quiz'), message: issue.message };
}

/** Builds and validates a quiz; `now` and `random` are arguments so tests are deterministic. */
export function createQuiz(
  pack: Pack,
  settings: QuizSettings,
  { now, random }: { now: Date; random: () => number }
): QuizSetup {
  // A built-in pack's quiz keeps its seed short enough for a short quiz code.
  const seed = settings.seed ?? Math.floor(random() * (settings.builtIn ? SHORT_SEED_LIMIT : 2 ** 31));
  const chosen = chooseQuestions(pack, settings, seed);
  if (!Array.isArray(chosen)) return chosen;
  if (chosen.length === 0)
    return { ok: false, field: 'pack', message: 'this pack has no questions that can be marked' };
  if (settings.exam && settings.builtIn)
    return { ok: false, field: 'feedback', message: EXAM_NEEDS_OWN_PACK };
  if (settings.builtIn) return builtInQuiz(pack, settings, chosen, seed, now);
  const candidate = {
    quizId: `qz-${draw(ID_CHARS, 10, random)}`,
    title: settings.title?.trim() || pack.title,
    packId: pack.id,
    builtIn: false,
    pack: packForQuiz(pack, chosen, { explanations: settings.feedback === 'each' || !!settings.exam }),
    questionIds: chosen,
    selection: settings.selection,
    seed,
    order: settings.order,
    secondsPerQuestion: settings.secondsPerQuestion,
    feedback: settings.exam ? 'end' : settings.feedback,
    createdAt: now.getTime()
  };
  const parsed = quizSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, quiz: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, field: String(issue.path[0] ?? 'quiz'), message: issue.message };
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
