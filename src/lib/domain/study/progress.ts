/**
 * Progress from the attempt log: mastery per skill, weekly accuracy, streak, recent history, due count.
 * Calendar questions (which day, which week) use an explicit UTC offset so results do not depend on the machine.
 */
import { z } from 'zod';
import { responseSchema } from './grading';
import type { StudyCard } from './scheduling';

/**
 * The fields of one logged answer (the `attempts` store); use `attemptSchema`, which also checks that an attempt
 * has a response unless its time ran out. Storage extends these fields (the record's `id`) and adds that check.
 */
export const attemptFieldsSchema = z.object({
  /** Assigned by storage (auto-increment). */
  id: z.number().int().positive().optional(),
  questionId: z.string().min(1),
  packId: z.string().min(1),
  skill: z.string().min(1),
  type: z.string().min(1),
  correct: z.boolean(),
  score: z.number().min(0).max(1),
  /** False for open responses and description cards (not auto-graded). Absent means graded. */
  graded: z.boolean().optional(),
  /** What the learner answered; absent only when the time ran out first (`timedOut`). */
  response: responseSchema.optional(),
  /** The time of a timed classroom quiz ran out before an answer: wrong, unanswered, scheduled like a miss. */
  timedOut: z.literal(true).optional(),
  /** When the answer was given (epoch ms). */
  at: z.number(),
  durationMs: z.number().nonnegative(),
  /** Set when answered as part of a classroom quiz. */
  quizId: z.string().optional(),
  /**
   * Whether the learner opened the source passage before answering; set only for questions that offer one to
   * check (`passagesToCheck`), absent on every other attempt and on attempts logged before it was recorded.
   */
  sourceOpened: z.boolean().optional()
});

/** Every attempt answers the question, except one whose time ran out. */
export function answeredOrTimedOut(
  attempt: { response?: unknown; timedOut?: true },
  ctx: z.RefinementCtx
): void {
  if (attempt.response === undefined && !attempt.timedOut)
    ctx.addIssue({
      code: 'custom',
      message: 'an attempt needs a response unless its time ran out',
      path: ['response']
    });
  if (attempt.response !== undefined && attempt.timedOut)
    ctx.addIssue({ code: 'custom', message: 'a timed-out attempt has no response', path: ['response'] });
}

/** One answer as it is logged (the `attempts` store). */
export const attemptSchema = attemptFieldsSchema.superRefine(answeredOrTimedOut);

export type Attempt = z.infer<typeof attemptSchema>;

const DAY_MS = 86_400_000;
const isGraded = (a: Pick<Attempt, 'graded'>) => a.graded !== false;

/**
 * Minutes east of UTC: a fixed number (`-new Date().getTimezoneOffset()`), or a function of the instant
 * (`(ms) => -new Date(ms).getTimezoneOffset()`) so days before a daylight-saving change fall right too.
 */
export type UtcOffset = number | ((atMs: number) => number);

/** The local calendar day number (days since 1970-01-01 local) of an instant. */
export function localDay(atMs: number, utcOffset: UtcOffset): number {
  const minutes = typeof utcOffset === 'function' ? utcOffset(atMs) : utcOffset;
  return Math.floor((atMs + minutes * 60_000) / DAY_MS);
}

/** `YYYY-MM-DD` of a local day number. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export interface SkillMastery {
  skill: string;
  /** Recency-weighted average score, 0..1. */
  mastery: number;
  attempts: number;
  lastAt: number;
}

/**
 * Mastery per skill: the average score where each attempt counts half as much every `halfLifeDays`,
 * so old mistakes fade once the learner gets things right. Sorted by skill name.
 * `skillOf` names the skill an answer counts under: the question's skill today where the question still exists
 * (a corrected pack moves old answers with it), else the skill the attempt was stored with.
 */
export function masteryBySkill(
  attempts: readonly Attempt[],
  now: Date,
  halfLifeDays = 14,
  skillOf: (attempt: Attempt) => string = (a) => a.skill
): SkillMastery[] {
  const acc = new Map<string, { sum: number; weight: number; n: number; last: number }>();
  for (const a of attempts) {
    if (!isGraded(a)) continue;
    const ageDays = Math.max(0, (now.getTime() - a.at) / DAY_MS);
    const w = Math.pow(0.5, ageDays / halfLifeDays);
    const skill = skillOf(a);
    const s = acc.get(skill) ?? { sum: 0, weight: 0, n: 0, last: 0 };
    s.sum += w * a.score;
    s.weight += w;
    s.n++;
    s.last = Math.max(s.last, a.at);
    acc.set(skill, s);
  }
  return masteryRows(acc);
}

/** Running sums per skill, as mastery rows in skill order (shared with the tallies, which sum the same terms). */
export function masteryRows(
  acc: ReadonlyMap<string, { sum: number; weight: number; n: number; last: number }>
): SkillMastery[] {
  return [...acc.entries()]
    .filter(([, s]) => s.n > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([skill, s]) => ({
      skill,
      mastery: s.weight > 0 ? s.sum / s.weight : 0,
      attempts: s.n,
      lastAt: s.last
    }));
}

/** The skill each question of `packs` trains today, for `masteryBySkill`'s `skillOf`. */
export function questionSkills(
  packs: readonly { id: string; questions: readonly { id: string; skill: string }[] }[]
): (attempt: Pick<Attempt, 'packId' | 'questionId' | 'skill'>) => string {
  const skills = new Map<string, string>();
  for (const pack of packs) for (const q of pack.questions) skills.set(`${pack.id}\u0000${q.id}`, q.skill);
  return (a) => skills.get(`${a.packId}\u0000${a.questionId}`) ?? a.skill;
}

export interface WeekAccuracy {
  /** Monday of the week, `YYYY-MM-DD` local. */
  weekStart: string;
  attempts: number;
  correct: number;
  /** Average score 0..1, or null in a week without graded answers (a gap in the line chart). */
  accuracy: number | null;
}

/** Accuracy per calendar week (Monday start) over the last `weeks` weeks, oldest first, current week last. */
export function weeklyAccuracy(
  attempts: readonly Attempt[],
  now: Date,
  weeks = 8,
  utcOffsetMinutes: UtcOffset = 0
): WeekAccuracy[] {
  const today = localDay(now.getTime(), utcOffsetMinutes);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday.
  const thisMonday = today - ((today + 3) % 7);
  const firstMonday = thisMonday - 7 * (weeks - 1);
  const buckets = Array.from({ length: weeks }, () => ({ attempts: 0, correct: 0, score: 0 }));
  for (const a of attempts) {
    if (!isGraded(a)) continue;
    const i = Math.floor((localDay(a.at, utcOffsetMinutes) - firstMonday) / 7);
    if (i < 0 || i >= weeks) continue;
    buckets[i].attempts++;
    buckets[i].score += a.score;
    if (a.correct) buckets[i].correct++;
  }
  return weeksOf(buckets, firstMonday);
}

/** Week figures from per-week sums of graded answers, the first week starting on `firstMonday` (a local day). */
export function weeksOf(
  buckets: readonly { attempts: number; correct: number; score: number }[],
  firstMonday: number
): WeekAccuracy[] {
  return buckets.map((b, i) => ({
    weekStart: dayLabel(firstMonday + 7 * i),
    attempts: b.attempts,
    correct: b.correct,
    accuracy: b.attempts ? b.score / b.attempts : null
  }));
}

/**
 * Consecutive local days with at least one answer, ending today — or yesterday, since a streak
 * is not lost before the day is over.
 */
export function streakDays(attempts: readonly Attempt[], now: Date, utcOffsetMinutes: UtcOffset = 0): number {
  const days = new Set(attempts.map((a) => localDay(a.at, utcOffsetMinutes)));
  return streakOf(days, localDay(now.getTime(), utcOffsetMinutes));
}

/** Consecutive active local days ending `today`, or yesterday while today has none yet. */
export function streakOf(active: ReadonlySet<number>, today: number): number {
  let day = active.has(today) ? today : today - 1;
  let streak = 0;
  while (active.has(day)) {
    streak++;
    day--;
  }
  return streak;
}

/** The latest attempts, newest first. */
export function recentHistory(attempts: readonly Attempt[], limit = 20): Attempt[] {
  return [...attempts].sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0)).slice(0, limit);
}

export interface SourceChecking {
  /** Answers given after opening the source passage. */
  checked: number;
  /** Answers to questions that offered a source to check. */
  of: number;
}

/**
 * How often the learner checked the source before answering, over the answers to questions that offered one
 * (spot the error, which version matches, the outlets disagree): the lateral-reading habit. Answers logged before
 * this was recorded, and answers whose time ran out, do not count either way.
 */
export function sourceChecking(attempts: readonly Attempt[]): SourceChecking {
  let checked = 0;
  let of = 0;
  for (const a of attempts) {
    if (a.sourceOpened === undefined || a.timedOut) continue;
    of++;
    if (a.sourceOpened) checked++;
  }
  return { checked, of };
}

export function dueCount(cards: readonly Pick<StudyCard, 'due'>[], now: Date): number {
  const t = now.getTime();
  return cards.filter((c) => c.due <= t).length;
}

export interface PackProgress {
  /** Distinct questions answered at least once. */
  seen: number;
  total: number;
  /** Share of the pack's questions whose latest graded answer was right, 0..1. */
  mastered: number;
  lastStudiedAt: number | null;
}

/** Progress of one pack for its card on the home screen (the progress ring, "last studied"). */
export function packProgress(attempts: readonly Attempt[], questionIds: readonly string[]): PackProgress {
  const ids = new Set(questionIds);
  const latest = new Map<string, Attempt>();
  let last: number | null = null;
  for (const a of attempts) {
    if (!ids.has(a.questionId)) continue;
    last = Math.max(last ?? 0, a.at);
    const prev = latest.get(a.questionId);
    if (!prev || a.at >= prev.at) latest.set(a.questionId, a);
  }
  const right = [...latest.values()].filter((a) => isGraded(a) && a.correct).length;
  return {
    seen: latest.size,
    total: ids.size,
    mastered: ids.size ? right / ids.size : 0,
    lastStudiedAt: last
  };
}
