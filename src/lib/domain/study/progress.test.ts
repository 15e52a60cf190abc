import { describe, expect, it } from 'vitest';
import {
  dueCount,
  localDay,
  masteryBySkill,
  packProgress,
  questionSkills,
  recentHistory,
  sourceChecking,
  streakDays,
  weeklyAccuracy,
  type Attempt
} from './progress';

const DAY = 86_400_000;
// Wednesday 4 March 2026, 10:00 UTC.
const now = new Date('2026-03-04T10:00:00Z');
let nextId = 1;

function at(when: Date | number, over: Partial<Attempt> = {}): Attempt {
  const correct = over.correct ?? true;
  return {
    id: nextId++,
    questionId: 'q1',
    packId: 'alaska',
    skill: 'attribution',
    type: 'attribution',
    correct,
    score: correct ? 1 : 0,
    response: { type: 'attribution', choice: 0 },
    at: typeof when === 'number' ? when : when.getTime(),
    durationMs: 3000,
    ...over
  };
}

describe('mastery per skill', () => {
  it('weights recent answers more, so old mistakes fade', () => {
    const improving = [
      ...Array.from({ length: 4 }, () => at(now.getTime() - 60 * DAY, { correct: false })),
      ...Array.from({ length: 4 }, () => at(now.getTime() - DAY, { correct: true }))
    ];
    const declining = improving.map((a) => ({ ...a, correct: !a.correct, score: 1 - a.score }));
    const [up] = masteryBySkill(improving, now);
    const [down] = masteryBySkill(declining, now);
    expect(up.mastery).toBeGreaterThan(0.8);
    expect(down.mastery).toBeLessThan(0.2);
    expect(up.attempts).toBe(8);
  });

  it('keeps skills apart, sorted by name, and leaves ungraded answers out', () => {
    const list = masteryBySkill(
      [
        at(now, { skill: 'fact-opinion', correct: false }),
        at(now, { skill: 'attribution' }),
        at(now, { skill: 'general', graded: false, correct: false })
      ],
      now
    );
    expect(list.map((s) => [s.skill, s.mastery])).toEqual([
      ['attribution', 1],
      ['fact-opinion', 0]
    ]);
  });

  it("counts old answers under the question's corrected skill while the question exists", () => {
    // Answers stored while the hand-written pack called a percentage question `detail`; the pack now says `verification`.
    const attempts = [
      at(now, { questionId: 'percent', packId: 'basics', skill: 'detail', correct: false }),
      at(now, { questionId: 'gone', packId: 'basics', skill: 'detail' }),
      at(now, { questionId: 'percent', packId: 'elsewhere', skill: 'detail' })
    ];
    const skillOf = questionSkills([{ id: 'basics', questions: [{ id: 'percent', skill: 'verification' }] }]);
    expect(masteryBySkill(attempts, now, 14, skillOf).map((s) => [s.skill, s.attempts, s.mastery])).toEqual([
      ['detail', 2, 1],
      ['verification', 1, 0]
    ]);
  });

  it('counts partial credit as part of the score', () => {
    const [s] = masteryBySkill([at(now, { correct: false, score: 0.5 })], now);
    expect(s.mastery).toBe(0.5);
  });
});

describe('weekly accuracy', () => {
  it('gives one point per week, Monday first, with gaps where nothing was answered', () => {
    const weeks = weeklyAccuracy(
      [
        at(new Date('2026-03-02T08:00:00Z')), // Monday this week
        at(new Date('2026-03-04T09:00:00Z'), { correct: false }),
        at(new Date('2026-02-20T12:00:00Z')), // two weeks ago
        at(new Date('2025-12-01T12:00:00Z')) // too old
      ],
      now,
      4
    );
    expect(weeks.map((w) => w.weekStart)).toEqual(['2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02']);
    expect(weeks.map((w) => w.accuracy)).toEqual([null, 1, null, 0.5]);
    expect(weeks[3]).toMatchObject({ attempts: 2, correct: 1 });
  });

  it('puts an answer late on Sunday evening in the week of the learner’s own time zone', () => {
    // 23:30 on Sunday 1 March in New York (UTC-5) is already Monday 04:30 UTC.
    const sundayNight = at(new Date('2026-03-02T04:30:00Z'));
    const utc = weeklyAccuracy([sundayNight], now, 2, 0);
    const newYork = weeklyAccuracy([sundayNight], now, 2, -300);
    expect(utc.map((w) => w.attempts)).toEqual([0, 1]);
    expect(newYork.map((w) => w.attempts)).toEqual([1, 0]);
  });
});

describe('streak', () => {
  const days = (...offsets: number[]) => offsets.map((d) => at(now.getTime() - d * DAY));

  it('counts consecutive days up to today', () => {
    expect(streakDays(days(0, 1, 2, 4), now)).toBe(3);
  });

  it('is still alive when today has no answer yet, and broken after a missed day', () => {
    expect(streakDays(days(1, 2), now)).toBe(2);
    expect(streakDays(days(2, 3), now)).toBe(0);
    expect(streakDays([], now)).toBe(0);
  });

  it('uses the learner’s calendar day, not UTC', () => {
    // 10:00 UTC on Wednesday and 23:00 UTC on Tuesday: in Tokyo (UTC+9) both are Wednesday.
    const attempts = [at(now), at(new Date('2026-03-03T23:00:00Z'))];
    expect(streakDays(attempts, now, 0)).toBe(2);
    expect(streakDays(attempts, now, 540)).toBe(1);
    expect(localDay(now.getTime(), 540) - localDay(now.getTime(), 0)).toBe(0);
  });

  it('can follow daylight saving: the offset may depend on the instant', () => {
    // Berlin is UTC+1 until 01:00 UTC on 29 March 2026, UTC+2 after. An answer at 23:30 on Saturday (winter
    // time) read with Sunday's summer offset would land on Sunday and cut a two-day streak to one.
    const berlin = (ms: number) => (ms >= Date.UTC(2026, 2, 29, 1) ? 120 : 60);
    const lateSaturday = Date.UTC(2026, 2, 28, 22, 30);
    const sunday = new Date(Date.UTC(2026, 2, 29, 10));
    const attempts = [at(lateSaturday), at(sunday)];
    expect(streakDays(attempts, sunday, berlin)).toBe(2);
    expect(streakDays(attempts, sunday, 120)).toBe(1);
  });
});

describe('history, due count and pack progress', () => {
  it('lists the latest answers first', () => {
    const a = at(now.getTime() - 2000);
    const b = at(now.getTime() - 1000);
    const c = at(now.getTime() - 3000);
    expect(recentHistory([a, b, c], 2)).toEqual([b, a]);
  });

  it('counts cards due now', () => {
    expect(
      dueCount([{ due: now.getTime() }, { due: now.getTime() - 1 }, { due: now.getTime() + 1 }], now)
    ).toBe(2);
  });

  it('summarises a pack by its latest answer per question', () => {
    const p = packProgress(
      [
        at(now.getTime() - 2 * DAY, { questionId: 'q1', correct: false }),
        at(now.getTime() - DAY, { questionId: 'q1', correct: true }),
        at(now.getTime() - 3 * DAY, { questionId: 'q2', correct: false }),
        at(now, { questionId: 'elsewhere' })
      ],
      ['q1', 'q2', 'q3', 'q4']
    );
    expect(p).toEqual({ seen: 2, total: 4, mastered: 0.25, lastStudiedAt: now.getTime() - DAY });
  });
});

describe('checking the source before answering', () => {
  it('counts the answers given after opening the source, out of those that offered one', () => {
    const attempts = [
      at(now, { type: 'spot-error', sourceOpened: true }),
      at(now, { type: 'altered-detail', sourceOpened: false }),
      at(now, { type: 'discrepancy', sourceOpened: true, correct: false }),
      at(now, { type: 'attribution' }),
      at(now, { type: 'fact-opinion' })
    ];
    expect(sourceChecking(attempts)).toEqual({ checked: 2, of: 3 });
  });

  it('leaves out answers logged before it was recorded and answers whose time ran out', () => {
    const timedOut = at(now, { type: 'spot-error', sourceOpened: false, timedOut: true });
    delete timedOut.response;
    expect(sourceChecking([at(now, { type: 'spot-error' }), timedOut])).toEqual({ checked: 0, of: 0 });
  });
});
