/**
 * A study session as a pure state machine: `asking` → `answered` (feedback shown) → `asking` … → `finished`.
 * Every state is plain JSON, so the app can store it after each step and resume after a reload.
 * Transitions that do not apply (a double click, a stale question id) return the state unchanged.
 */
import { z } from 'zod';
import { gradeSchema, responseSchema, type Grade, type Response } from './grading';

export const SESSION_VERSION = 1;
/** The pseudo pack id of the review queue (due cards across all packs). */
export const REVIEW = 'review';

const resultSchema = z.object({
  questionId: z.string(),
  skill: z.string(),
  response: responseSchema,
  grade: gradeSchema,
  at: z.number(),
  durationMs: z.number().nonnegative()
});

export const sessionStateSchema = z.object({
  version: z.literal(SESSION_VERSION),
  /** The pack studied, or `'review'`. */
  packId: z.string().min(1),
  questionIds: z.array(z.string()),
  /** Skill of each question id, for the summary (questions without one count as `general`). */
  skills: z.record(z.string(), z.string()),
  /** Index of the current question in `questionIds`. */
  index: z.number().int().nonnegative(),
  phase: z.enum(['asking', 'answered', 'finished']),
  startedAt: z.number(),
  /** When the current question was shown (for answer durations). */
  askedAt: z.number(),
  updatedAt: z.number(),
  results: z.array(resultSchema),
  /** Questions answered wrong and asked once more later in the session (the learning step). Absent: none. */
  relearn: z.array(z.string()).optional()
});

export type SessionState = z.infer<typeof sessionStateSchema>;
export type SessionResult = z.infer<typeof resultSchema>;

export interface SkillScore {
  answered: number;
  /** Answers that were fully right. */
  correct: number;
  /** Sum of scores (partial credit), so `score / graded` is the average. */
  score: number;
  graded: number;
}

export interface SessionSummary {
  /** Distinct questions in the session. */
  total: number;
  /** Distinct questions answered; a question asked again (learning step) counts once, by its first answer. */
  answered: number;
  graded: number;
  correct: number;
  /** Average score over graded answers, 0..1 (0 when nothing was graded). */
  accuracy: number;
  bySkill: Record<string, SkillScore>;
  /** Graded questions that were not fully right, in the order asked ("Review these"). */
  missed: string[];
  /** Missed questions that were right when asked again (the learning step). */
  relearned: number;
  durationMs: number;
}

export interface StartOptions {
  packId: string;
  questionIds: readonly string[];
  now: Date;
  skills?: Readonly<Record<string, string>>;
}

export function startSession({ packId, questionIds, now, skills = {} }: StartOptions): SessionState {
  const ids = [...new Set(questionIds)];
  const t = now.getTime();
  return {
    version: SESSION_VERSION,
    packId,
    questionIds: ids,
    skills: Object.fromEntries(ids.map((id) => [id, skills[id] ?? 'general'])),
    index: 0,
    phase: ids.length ? 'asking' : 'finished',
    startedAt: t,
    askedAt: t,
    updatedAt: t,
    results: []
  };
}

/** The id of the question on screen, or null when the session is finished. */
export function currentQuestionId(state: SessionState): string | null {
  return state.phase === 'finished' ? null : (state.questionIds[state.index] ?? null);
}

/** The result of the current question once it has been answered (for the feedback view). */
export function currentResult(state: SessionState): SessionResult | null {
  if (state.phase !== 'answered') return null;
  const id = currentQuestionId(state);
  return state.results.findLast((r) => r.questionId === id) ?? null;
}

/** A question answered wrong comes back this many questions later (or last, when fewer are left). */
export const LEARNING_GAP = 3;

/**
 * Records the answer to the current question; the caller grades it and writes it to storage. A scored answer that is
 * not fully right puts the question back into the session once (the learning step), `LEARNING_GAP` questions on.
 */
export function answer(
  state: SessionState,
  questionId: string,
  response: Response,
  grade: Grade,
  now: Date
): SessionState {
  if (state.phase !== 'asking' || currentQuestionId(state) !== questionId) return state;
  const at = now.getTime();
  const result: SessionResult = {
    questionId,
    skill: state.skills[questionId] ?? 'general',
    response,
    grade,
    at,
    durationMs: Math.max(0, at - state.askedAt)
  };
  const relearn = state.relearn ?? [];
  const again = grade.graded && !grade.correct && !relearn.includes(questionId);
  const questionIds = [...state.questionIds];
  if (again) questionIds.splice(Math.min(questionIds.length, state.index + 1 + LEARNING_GAP), 0, questionId);
  return {
    ...state,
    questionIds,
    ...(again ? { relearn: [...relearn, questionId] } : {}),
    phase: 'answered',
    updatedAt: at,
    results: [...state.results, result]
  };
}

/** How long the learner has been on the current question (for the answer's `durationMs`). */
export function elapsedOnQuestion(state: SessionState, now: Date): number {
  return Math.max(0, now.getTime() - state.askedAt);
}

/** Moves on from the feedback to the next question, or to `finished` after the last one. */
export function next(state: SessionState, now?: Date): SessionState {
  if (state.phase !== 'answered') return state;
  const t = now?.getTime() ?? state.updatedAt;
  const index = state.index + 1;
  if (index >= state.questionIds.length) return { ...state, phase: 'finished', updatedAt: t };
  return { ...state, index, phase: 'asking', askedAt: t, updatedAt: t };
}

/** Skips the current question without answering (it is not counted as missed). */
export function skip(state: SessionState, now: Date): SessionState {
  if (state.phase !== 'asking') return state;
  const t = now.getTime();
  const index = state.index + 1;
  if (index >= state.questionIds.length) return { ...state, phase: 'finished', updatedAt: t };
  return { ...state, index, askedAt: t, updatedAt: t };
}

/** Ends the session early; the summary covers what was answered. */
export function finish(state: SessionState, now: Date): SessionState {
  return state.phase === 'finished' ? state : { ...state, phase: 'finished', updatedAt: now.getTime() };
}

export type ResumeResult = { ok: true; state: SessionState } | { ok: false; problem: string };

/**
 * Checks a stored session before using it. With `knownIds`, questions removed from the pack since
 * are dropped; the learner continues at the current question, or the next one that still exists.
 * A session that is broken or no longer makes sense gives a problem message instead of a crash.
 */
export function resume(saved: unknown, knownIds?: ReadonlySet<string>): ResumeResult {
  const parsed = sessionStateSchema.safeParse(saved);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: `saved session is unreadable: ${issue.path.join('.') || '(root)'}: ${issue.message}`
    };
  }
  let state = parsed.data;
  if (state.phase !== 'finished' && state.index >= state.questionIds.length)
    return { ok: false, problem: 'saved session points past its last question' };
  if (knownIds && state.questionIds.some((id) => !knownIds.has(id))) {
    const kept = state.questionIds.filter((id) => knownIds.has(id));
    // Continue at the current question if it still exists, else at the next one that does (by position: a question
    // in its learning step is in the list twice).
    const nextAt = state.questionIds.findIndex((id, i) => i >= state.index && knownIds.has(id));
    const done = nextAt < 0 || state.phase === 'finished';
    const index = state.questionIds.slice(0, nextAt).filter((id) => knownIds.has(id)).length;
    state = {
      ...state,
      questionIds: kept,
      results: state.results.filter((r) => knownIds.has(r.questionId)),
      ...(state.relearn ? { relearn: state.relearn.filter((id) => knownIds.has(id)) } : {}),
      index: done ? Math.max(0, kept.length - 1) : index,
      phase: done ? 'finished' : nextAt === state.index ? state.phase : 'asking'
    };
  }
  return { ok: true, state };
}

export function progressOf(state: SessionState): { position: number; total: number } {
  const total = state.questionIds.length;
  return { position: state.phase === 'finished' ? total : Math.min(total, state.index + 1), total };
}

export function summarize(state: SessionState): SessionSummary {
  const bySkill: Record<string, SkillScore> = {};
  const missed: string[] = [];
  let graded = 0;
  let correct = 0;
  let score = 0;
  const firsts = new Map<string, SessionResult>();
  for (const r of state.results) if (!firsts.has(r.questionId)) firsts.set(r.questionId, r);
  for (const r of firsts.values()) {
    const s = (bySkill[r.skill] ??= { answered: 0, correct: 0, score: 0, graded: 0 });
    s.answered++;
    if (!r.grade.graded) continue;
    s.graded++;
    graded++;
    s.score += r.grade.score;
    score += r.grade.score;
    if (r.grade.correct) {
      s.correct++;
      correct++;
    } else if (!missed.includes(r.questionId)) missed.push(r.questionId);
  }
  const relearned = missed.filter((id) => state.results.findLast((r) => r.questionId === id)?.grade.correct);
  return {
    total: new Set(state.questionIds).size,
    answered: firsts.size,
    graded,
    correct,
    accuracy: graded ? score / graded : 0,
    bySkill,
    missed,
    relearned: relearned.length,
    durationMs: Math.max(0, state.updatedAt - state.startedAt)
  };
}
