/**
 * Making a classroom quiz on the teacher's device (quiz.ts holds the definition every device reads): the questions
 * chosen from a pack and settings, checked, with nothing cut to fit. Teacher-only, so the student's page (and every
 * device's precache) does not carry it.
 */
import type { Pack, Question } from '../packs/schema';
import { encodeRef, packFingerprint, randomSet, REF_TITLE_BYTES, scoredIds, type QuizRef } from './quiz-ref';
import { draw, EXAM_NEEDS_OWN_PACK, quizFromRef, quizSchema, type Quiz } from './quiz';
import { isScored, MAX_QUIZ_QUESTIONS } from './scored';
import { SHORT_SEED_LIMIT } from './short-code';

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
