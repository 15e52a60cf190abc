import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  interleave,
  newStartedToday,
  planSession,
  recentlyMissed,
  startOfLocalDay,
  type PlanCandidate
} from './plan';
import { seededRandom, shuffled } from '../hash';

const now = new Date(Date.UTC(2026, 2, 2, 12));
const T = now.getTime();
const HOUR = 3_600_000;

const candidateArb = fc.record({
  type: fc.constantFrom('choice', 'numerical', 'matching', 'true-false'),
  skill: fc.constantFrom('attribution', 'detail', 'general'),
  // undefined: never scheduled; otherwise hours from now (negative: due)
  dueIn: fc.option(fc.integer({ min: -100, max: 100 }), { nil: undefined }),
  seen: fc.boolean()
});
const candidatesArb = fc.array(candidateArb, { maxLength: 40 }).map((cs) =>
  cs.map((c, i): PlanCandidate => ({
    id: `q${i}`,
    type: c.type,
    skill: c.skill,
    seen: c.seen || c.dueIn !== undefined,
    ...(c.dueIn === undefined ? {} : { due: T + c.dueIn * HOUR })
  }))
);
const lengthArb = fc.constantFrom(10, 20, 'all' as const);

/** Two neighbours of the same type where a later item of another type could have gone between them. */
function avoidableRepeat(items: readonly { type: string }[]): boolean {
  return items.some(
    (item, i) =>
      i > 0 && items[i - 1].type === item.type && items.slice(i).some((later) => later.type !== item.type)
  );
}

describe('interleave', () => {
  it('never puts two of the same type side by side while another type is left', () => {
    fc.assert(
      fc.property(candidatesArb, fc.integer(), (cs, seed) => {
        const out = interleave(cs, seededRandom(seed));
        expect(out.map((c) => c.id).sort()).toEqual(cs.map((c) => c.id).sort());
        expect(avoidableRepeat(out)).toBe(false);
      })
    );
  });

  it('spreads three types of a grouped pack so that no type repeats', () => {
    const grouped = [
      'choice',
      'choice',
      'choice',
      'numerical',
      'numerical',
      'numerical',
      'matching',
      'matching'
    ].map((type, i) => ({ id: `q${i}`, type, skill: 'general' }));
    const out = interleave(grouped, seededRandom(7)).map((c) => c.type);
    expect(out.every((type, i) => i === 0 || out[i - 1] !== type)).toBe(true);
  });

  it('prefers another skill within the same type', () => {
    const items = [
      { id: 'a', type: 'choice', skill: 'detail' },
      { id: 'b', type: 'choice', skill: 'detail' },
      { id: 'c', type: 'choice', skill: 'attribution' }
    ];
    const out = interleave(items, seededRandom(1), { type: 'numerical', skill: 'detail' });
    expect(out[0].skill).toBe('attribution');
  });

  it('orders as the rule reads, item by item, so sessions planned before keep their order', () => {
    // The rule stated plainly (every step scans every item left): what interleave did before it looked at types.
    const plainly = <T extends { type: string; skill: string }>(
      items: readonly T[],
      random: () => number,
      previous?: { type: string; skill: string }
    ): T[] => {
      const left = shuffled(items, random);
      const out: T[] = [];
      let last = previous;
      while (left.length) {
        const counts = new Map<string, number>();
        for (const item of left) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
        let type: string | undefined;
        for (const item of left) {
          if (item.type === last?.type && counts.size > 1) continue;
          if (type === undefined || counts.get(item.type)! > counts.get(type)!) type = item.type;
        }
        const ofType = left.filter((item) => item.type === type);
        const pick = ofType.find((item) => item.skill !== last?.skill) ?? ofType[0];
        left.splice(left.indexOf(pick), 1);
        out.push(pick);
        last = pick;
      }
      return out;
    };
    fc.assert(
      fc.property(
        candidatesArb,
        fc.integer(),
        fc.option(candidateArb, { nil: undefined }),
        fc.nat(45),
        (cs, seed, previous, limit) => {
          const expected = plainly(cs, seededRandom(seed), previous).map((c) => c.id);
          expect(interleave(cs, seededRandom(seed), previous).map((c) => c.id)).toEqual(expected);
          expect(interleave(cs, seededRandom(seed), previous, limit).map((c) => c.id)).toEqual(
            expected.slice(0, limit)
          );
        }
      )
    );
  });

  it('takes a session from a pack of thousands without looking at every question at every step', () => {
    const types = ['choice', 'numerical', 'matching', 'true-false', 'ordering'];
    const many = Array.from({ length: 5000 }, (_, i) => ({
      id: `q${i}`,
      type: types[i % types.length],
      skill: `skill-${i % 7}`
    }));
    const start = performance.now();
    const out = interleave(many, seededRandom(3));
    // The item-by-item rule took seconds here; a step per item over the types takes milliseconds.
    expect(performance.now() - start).toBeLessThan(1000);
    expect(avoidableRepeat(out)).toBe(false);
  });
});

describe('planSession', () => {
  it('respects the length, puts due reviews first and caps only new questions', () => {
    fc.assert(
      fc.property(
        candidatesArb,
        lengthArb,
        fc.integer({ min: 0, max: 30 }),
        fc.integer(),
        (cs, length, newAllowed, seed) => {
          const plan = planSession({ candidates: cs, now, seed, length, newAllowed });
          const byId = new Map(cs.map((c) => [c.id, c]));
          const asked = plan.questionIds.map((id) => byId.get(id)!);
          const isDue = (c: PlanCandidate) => c.due !== undefined && c.due <= T;
          const dueTotal = cs.filter(isDue).length;
          // Length respected; no question twice.
          if (length !== 'all') expect(asked.length).toBeLessThanOrEqual(length);
          expect(new Set(plan.questionIds).size).toBe(asked.length);
          // Due first: no due question after a new one, and as many due ones as fit.
          const firstNew = asked.findIndex((c) => !isDue(c));
          if (firstNew >= 0) expect(asked.slice(firstNew).some(isDue)).toBe(false);
          expect(plan.due).toBe(Math.min(dueTotal, length === 'all' ? Infinity : length));
          // The daily limit caps new questions only; nothing seen and not due is asked.
          expect(plan.fresh).toBeLessThanOrEqual(newAllowed);
          expect(asked.every((c) => isDue(c) || !c.seen)).toBe(true);
          // Seeded determinism.
          expect(planSession({ candidates: cs, now, seed, length, newAllowed })).toEqual(plan);
        }
      )
    );
  });

  it('takes the most overdue reviews when more are due than fit', () => {
    const cs: PlanCandidate[] = Array.from({ length: 15 }, (_, i) => ({
      id: `d${i}`,
      type: i % 2 ? 'choice' : 'numerical',
      skill: 'general',
      seen: true,
      due: T - i * HOUR
    }));
    const plan = planSession({ candidates: cs, now, seed: 3, length: 10, newAllowed: 20 });
    expect([...plan.questionIds].sort()).toEqual(
      cs
        .slice(5)
        .map((c) => c.id)
        .sort()
    );
  });

  it('reports new questions held back by the daily limit, and practises ahead only when asked', () => {
    const cs: PlanCandidate[] = [
      ...Array.from({ length: 8 }, (_, i) => ({
        id: `n${i}`,
        type: 'choice',
        skill: 'general',
        seen: false
      })),
      { id: 'later', type: 'numerical', skill: 'detail', seen: true, due: T + 5 * HOUR }
    ];
    const limited = planSession({ candidates: cs, now, seed: 1, length: 10, newAllowed: 3 });
    expect(limited).toMatchObject({ fresh: 3, heldBack: 5, due: 0, notDue: 1 });
    expect(limited.questionIds).not.toContain('later');
    const none = planSession({ candidates: cs, now, seed: 1, length: 10, newAllowed: 0 });
    expect(none.questionIds).toEqual([]);
    const ahead = planSession({ candidates: cs, now, seed: 1, length: 10, newAllowed: 0, ahead: true });
    expect(ahead.questionIds).toEqual(['later']);
  });

  it('asks a reading card before the new questions it introduces', () => {
    const cs: PlanCandidate[] = [
      { id: 'q1', type: 'choice', skill: 'general', seen: false },
      { id: 'q2', type: 'numerical', skill: 'general', seen: false },
      { id: 'intro', type: 'description', skill: 'general', seen: false, intro: true }
    ];
    for (const seed of [1, 2, 3])
      expect(planSession({ candidates: cs, now, seed, length: 'all', newAllowed: 20 }).questionIds[0]).toBe(
        'intro'
      );
  });

  it('gives other orders for other seeds', () => {
    const cs: PlanCandidate[] = Array.from({ length: 12 }, (_, i) => ({
      id: `q${i}`,
      type: ['choice', 'numerical', 'matching'][i % 3],
      skill: 'general',
      seen: false
    }));
    const orders = new Set(
      [1, 2, 3, 4, 5].map((seed) =>
        planSession({ candidates: cs, now, seed, length: 'all', newAllowed: 20 }).questionIds.join()
      )
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('daily counting and missed questions', () => {
  const offset = 60; // UTC+1
  const today = startOfLocalDay(now, offset);

  it('counts questions first answered today, not those seen before', () => {
    const attempts = [
      { questionId: 'old', at: today - HOUR },
      { questionId: 'old', at: today + HOUR },
      { questionId: 'a', at: today + HOUR },
      { questionId: 'a', at: today + 2 * HOUR },
      { questionId: 'b', at: today + 3 * HOUR }
    ];
    expect(newStartedToday(attempts, now, offset)).toBe(2);
    expect(new Date(today).toISOString()).toBe('2026-03-01T23:00:00.000Z');
  });

  it('lists questions whose latest scored answer was wrong, latest first', () => {
    const attempts = [
      { questionId: 'a', at: 1, correct: false },
      { questionId: 'b', at: 2, correct: false },
      { questionId: 'a', at: 3, correct: true },
      { questionId: 'c', at: 4, correct: false },
      { questionId: 'd', at: 5, correct: false, graded: false },
      { questionId: 'e', at: 0, correct: false }
    ];
    expect(recentlyMissed(attempts, 1)).toEqual(['c', 'b']);
    expect(recentlyMissed(attempts, 1, 1)).toEqual(['c']);
  });
});
