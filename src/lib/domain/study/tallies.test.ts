import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recentlyMissed } from './plan';
import {
  masteryBySkill,
  packProgress,
  questionSkills,
  sourceChecking,
  streakDays,
  weeklyAccuracy,
  type Attempt
} from './progress';
import {
  buildTallies,
  masteryFromTallies,
  missedFromTallies,
  packProgressFromTallies,
  sourceCheckingFromTallies,
  streakFromTallies,
  tallyDay,
  tallyOverall,
  tallyQuestion,
  weekWindowDays,
  weeklyFromTallies,
  emptyOverall,
  type DayTally,
  type QuestionTally,
  type TalliedAttempt
} from './tallies';

const DAY = 86_400_000;
const now = new Date('2026-03-04T10:00:00Z');

/** A generated history: answers over the last 3 years (bunched into the last weeks), a few dated after now. */
const attemptArb = fc.record({
  packId: fc.constantFrom('alaska', 'budget'),
  questionId: fc.constantFrom('q1', 'q2', 'q3', 'q4'),
  skill: fc.constantFrom('attribution', 'sources', 'detail'),
  type: fc.constant('attribution'),
  correct: fc.boolean(),
  score: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
  graded: fc.option(fc.boolean(), { nil: undefined }),
  timedOut: fc.option(fc.constant(true as const), { nil: undefined }),
  sourceOpened: fc.option(fc.boolean(), { nil: undefined }),
  at: fc.oneof(
    fc.integer({ min: now.getTime() - 3 * 365 * DAY, max: now.getTime() }),
    fc.integer({ min: now.getTime() - 70 * DAY, max: now.getTime() }),
    // Every day of the last fortnight, so streaks are long.
    fc.integer({ min: 0, max: 14 }).map((d) => now.getTime() - d * DAY),
    fc.integer({ min: now.getTime() + 1, max: now.getTime() + 3 * DAY })
  ),
  durationMs: fc.constant(1000)
});
const historyArb = fc.array(attemptArb, { maxLength: 120 }).map((list) =>
  list.map((a, i): Attempt & { id: number } => ({
    ...a,
    id: i + 1,
    response: a.timedOut ? undefined : { type: 'attribution', choice: 0 }
  }))
);
/** Whole quarters of an hour, as every time zone's offset is. */
const offsetArb = fc.integer({ min: -48, max: 56 }).map((q) => q * 15);

/** The log in the order storage lists it (by instant, then id). */
const inLogOrder = (attempts: readonly (Attempt & { id: number })[]) =>
  [...attempts].sort((a, b) => a.at - b.at || a.id - b.id);

describe('progress figures from tallies', () => {
  it('equal the figures computed from the whole log, for any history and time zone', () => {
    fc.assert(
      fc.property(historyArb, offsetArb, fc.boolean(), (history, offset, movedSkill) => {
        const log = inLogOrder(history);
        const { overall, questions, days } = buildTallies(history);
        // A pack corrected since: q2 of alaska now trains another skill, so its answers count there.
        const skillOf = questionSkills(
          movedSkill ? [{ id: 'alaska', questions: [{ id: 'q2', skill: 'verification' }] }] : []
        );
        const future = log.filter((a) => a.at > now.getTime());
        const tallied = masteryFromTallies(questions, now, future, skillOf);
        const direct = masteryBySkill(log, now, 14, skillOf);
        expect(tallied.map(({ mastery: _, ...s }) => s)).toEqual(direct.map(({ mastery: _, ...s }) => s));
        tallied.forEach((s, i) => expect(s.mastery).toBeCloseTo(direct[i].mastery, 9));

        const weeks = weeklyFromTallies(days, now, 8, offset);
        const directWeeks = weeklyAccuracy(log, now, 8, offset);
        expect(weeks.map(({ accuracy: _, ...w }) => w)).toEqual(
          directWeeks.map(({ accuracy: _, ...w }) => w)
        );
        weeks.forEach((w, i) =>
          w.accuracy === null
            ? expect(directWeeks[i].accuracy).toBeNull()
            : expect(w.accuracy).toBeCloseTo(directWeeks[i].accuracy!, 9)
        );
        // Only the days of the window are read from storage, and they are enough.
        const [first, last] = weekWindowDays(now, 8, offset);
        expect(
          weeklyFromTallies(
            days.filter((d) => d.day >= first && d.day <= last),
            now,
            8,
            offset
          )
        ).toEqual(weeks);

        expect(streakFromTallies(overall, now, offset)).toBe(streakDays(log, now, offset));
        expect(sourceCheckingFromTallies(overall)).toEqual(sourceChecking(log));
        expect(overall.answers).toBe(log.length);
        const since = now.getTime() - 14 * DAY;
        expect(missedFromTallies(questions, since)).toBe(recentlyMissed(log, since).length);

        const byPack = new Map<string, Set<string>>();
        for (const a of log) byPack.set(a.packId, (byPack.get(a.packId) ?? new Set()).add(a.questionId));
        expect(packProgressFromTallies(questions)).toEqual(
          Object.fromEntries([...byPack].map(([id, ids]) => [id, packProgress(log, [...ids])]))
        );
      }),
      { numRuns: 300 }
    );
  });

  it('come out the same whether answers are tallied one by one (as they are stored) or all at once', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        let overall = emptyOverall();
        const questions = new Map<string, QuestionTally>();
        const days = new Map<number, DayTally>();
        for (const a of history as TalliedAttempt[]) {
          overall = tallyOverall(overall, a);
          const key = `${a.packId} ${a.questionId} ${a.skill}`;
          questions.set(key, tallyQuestion(questions.get(key), a));
          const day = Math.floor(a.at / DAY);
          days.set(day, tallyDay(days.get(day), a));
        }
        const built = buildTallies(history);
        expect(overall).toEqual(built.overall);
        expect(masteryFromTallies([...questions.values()], now)).toEqual(
          masteryFromTallies(built.questions, now)
        );
        expect(weeklyFromTallies([...days.values()], now)).toEqual(weeklyFromTallies(built.days, now));
      }),
      { numRuns: 100 }
    );
  });

  it('keep weighing answers years apart without overflowing', () => {
    const answer = (at: number, score: number, id: number): TalliedAttempt => ({
      id,
      packId: 'p',
      questionId: 'q',
      skill: 'detail',
      correct: score === 1,
      score,
      at
    });
    // 40 years of answers, one a month: the sums are moved to a newer reference as they go.
    const start = now.getTime() - 40 * 365 * DAY;
    const log = Array.from({ length: 480 }, (_, i) => answer(start + i * 30 * DAY, i % 3 ? 1 : 0, i + 1));
    const [mastery] = masteryFromTallies(buildTallies(log).questions, now);
    const [direct] = masteryBySkill(log as Attempt[], now);
    expect(Number.isFinite(mastery.mastery)).toBe(true);
    expect(mastery.mastery).toBeCloseTo(direct.mastery, 9);
    expect(mastery.attempts).toBe(480);
  });
});
