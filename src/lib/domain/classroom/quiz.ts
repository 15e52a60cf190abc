/**
 * A classroom quiz: which questions of which pack, in what order, with what timer and feedback.
 * The definition travels in the quiz link, so everything a student's device needs is in here (or in a built-in pack).
 */
import { z } from 'zod';
import { hash53, seededRandom, shuffled } from '../hash';
import { upgradeOlderPack } from '../formats/json/format-migrate';
import { LIMITS, packSchema, type Pack, type Question } from '../packs/schema';

export const QUIZ_VERSION = 1;
/** A quiz this long is already a full lesson; the cap also keeps links and result codes small. */
export const MAX_QUIZ_QUESTIONS = 100;
export const MIN_SECONDS = 5;
export const MAX_SECONDS = 240;
export const MAX_NAME_LENGTH = 60;

/** Description cards and open responses cannot be marked on the student's device, so quizzes leave them out. */
// A flashcard's score is the learner's own verdict: no score for a class to be ranked by.
const UNSCORED_TYPES = new Set<Question['type']>(['description', 'open-response', 'flashcard']);
export const isScored = (q: Question): boolean => !UNSCORED_TYPES.has(q.type);

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
    /** Keys the result-code checksum. It is in the link, so it only catches edits, not a determined forger. */
    secret: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)
  })
  .superRefine((quiz, ctx) => {
    if (new Set(quiz.questionIds).size !== quiz.questionIds.length)
      ctx.addIssue({ code: 'custom', message: 'a question is listed twice', path: ['questionIds'] });
    if (!quiz.builtIn && !quiz.pack)
      ctx.addIssue({ code: 'custom', message: 'a quiz on an own pack must carry the pack', path: ['pack'] });
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
}

export type QuizSetup = { ok: true; quiz: Quiz } | { ok: false; field: string; message: string };

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const SECRET_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const draw = (alphabet: string, length: number, random: () => number): string =>
  Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');

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
  const scored = pack.questions.filter(isScored);
  if (settings.selection === 'all') return scored.map((q) => q.id).slice(0, MAX_QUIZ_QUESTIONS);
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
    return shuffled(scored, seededRandom(seed))
      .slice(0, Math.min(count, MAX_QUIZ_QUESTIONS))
      .map((q) => q.id);
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
    return { ok: false, field: 'picked', message: `a quiz holds at most ${MAX_QUIZ_QUESTIONS} questions` };
  return picked;
}

/** Builds and validates a quiz; `now` and `random` are arguments so tests are deterministic. */
export function createQuiz(
  pack: Pack,
  settings: QuizSettings,
  { now, random }: { now: Date; random: () => number }
): QuizSetup {
  const seed = settings.seed ?? Math.floor(random() * 2 ** 31);
  const chosen = chooseQuestions(pack, settings, seed);
  if (!Array.isArray(chosen)) return chosen;
  if (chosen.length === 0)
    return { ok: false, field: 'pack', message: 'this pack has no questions that can be marked' };
  const candidate = {
    quizId: `qz-${draw(ID_CHARS, 10, random)}`,
    title: settings.title?.trim() || pack.title,
    packId: pack.id,
    builtIn: settings.builtIn,
    pack: settings.builtIn
      ? undefined
      : packForQuiz(pack, chosen, { explanations: settings.feedback === 'each' }),
    questionIds: chosen,
    selection: settings.selection,
    seed,
    order: settings.order,
    secondsPerQuestion: settings.secondsPerQuestion,
    feedback: settings.feedback,
    createdAt: now.getTime(),
    secret: draw(SECRET_CHARS, 16, random)
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

/** Two submissions belong to the same student when their names match ignoring case and spacing. */
export function studentKey(name: string): string {
  return cleanName(name).normalize('NFKC').toLocaleLowerCase('en');
}

/** The order one student sees: fixed, or shuffled from the quiz seed and the student's name (stable on reload). */
export function questionOrderFor(quiz: Pick<Quiz, 'questionIds' | 'order' | 'seed'>, name: string): string[] {
  if (quiz.order === 'fixed') return [...quiz.questionIds];
  return shuffled(quiz.questionIds, seededRandom(hash53(studentKey(name), quiz.seed)));
}
