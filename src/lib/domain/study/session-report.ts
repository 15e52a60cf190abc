/**
 * The end of a session beyond its score: how each skill's mastery moved, and which skills are weak enough to get a
 * line of advice. Pure: the attempts and the time are arguments.
 */
import { masteryBySkill, type Attempt } from './progress';
import type { SessionSummary } from './session';

/** Below this (session score or mastery), a skill counts as weak. */
export const WEAK_SKILL = 0.7;

export interface SkillChange {
  skill: string;
  /** Mastery (0..1) before the session, or null when the skill had no scored answer before it. */
  before: number | null;
  after: number;
  /** This session's average score for the skill, or null when none of its answers was scored. */
  session: number | null;
  weak: boolean;
}

/**
 * Mastery of each skill the session touched, before it started (`startedAt`) and now. `attempts` are the learner's
 * answers (those of the session included); skills are listed in the order of the summary.
 */
export function skillChanges(
  summary: Pick<SessionSummary, 'bySkill'>,
  attempts: readonly Attempt[],
  startedAt: number,
  now: Date
): SkillChange[] {
  const before = new Map(
    masteryBySkill(
      attempts.filter((a) => a.at < startedAt),
      now
    ).map((m) => [m.skill, m.mastery])
  );
  const after = new Map(masteryBySkill(attempts, now).map((m) => [m.skill, m.mastery]));
  return Object.entries(summary.bySkill).map(([skill, s]) => {
    const session = s.graded ? s.score / s.graded : null;
    const now = after.get(skill) ?? session ?? 0;
    return {
      skill,
      before: before.get(skill) ?? null,
      after: now,
      session,
      weak: session !== null && (session < WEAK_SKILL || now < WEAK_SKILL)
    };
  });
}
