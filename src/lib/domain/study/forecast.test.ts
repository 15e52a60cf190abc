import { describe, expect, it } from 'vitest';
import { dueForecast } from './forecast';
import { skillChanges } from './session-report';
import type { Attempt } from './progress';

const HOUR = 3_600_000;
// 22:00 UTC is 23:00 at UTC+1: tomorrow begins in an hour.
const now = new Date(Date.UTC(2026, 2, 2, 22));
const T = now.getTime();

describe('dueForecast', () => {
  it('counts due now, today, tomorrow and the week in local days', () => {
    const cards = [
      T - 48 * HOUR,
      T - HOUR,
      T + 0.5 * HOUR,
      T + 2 * HOUR,
      T + 20 * HOUR,
      T + 5 * 24 * HOUR,
      T + 9 * 24 * HOUR
    ].map((due) => ({ due }));
    const f = dueForecast(cards, now, 60);
    expect(f).toMatchObject({ now: 2, today: 3, tomorrow: 2, week: 6, nextAt: T + 0.5 * HOUR });
    expect(f.days).toHaveLength(7);
    expect(f.days[0]).toEqual({ day: '2026-03-02', count: 3 });
    expect(f.days[1].day).toBe('2026-03-03');
    // Two hours behind UTC, the review at 00:00 UTC still falls today.
    expect(dueForecast(cards, now, -120).today).toBe(4);
  });

  it('is empty without cards', () => {
    expect(dueForecast([], now, 0)).toMatchObject({ now: 0, today: 0, week: 0, nextAt: null });
  });
});

describe('skillChanges', () => {
  const attempt = (skill: string, at: number, score: number): Attempt => ({
    questionId: `${skill}-${at}`,
    packId: 'p',
    skill,
    type: 'choice',
    correct: score === 1,
    score,
    at,
    durationMs: 1000,
    response: { type: 'choice', choices: [0] }
  });

  it('shows mastery before and after the session, and marks weak skills', () => {
    const start = T - HOUR;
    const attempts = [
      attempt('detail', start - 24 * HOUR, 0),
      attempt('detail', start + 1000, 1),
      attempt('attribution', start + 2000, 0)
    ];
    const summary = {
      bySkill: {
        detail: { answered: 1, correct: 1, score: 1, graded: 1 },
        attribution: { answered: 1, correct: 0, score: 0, graded: 1 }
      }
    };
    const [detail, attribution] = skillChanges(summary, attempts, start, now);
    expect(detail).toMatchObject({ skill: 'detail', before: 0, session: 1 });
    expect(detail.after).toBeGreaterThan(0.4);
    expect(detail.weak).toBe(true); // still below the line over all answers
    expect(attribution).toMatchObject({ before: null, after: 0, session: 0, weak: true });
  });
});
