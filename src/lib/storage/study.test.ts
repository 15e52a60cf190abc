import { describe, expect, it } from 'vitest';
import { newCard, reviewCard } from '../domain/study/scheduling';
import type { Attempt } from '../domain/study/progress';
import { countDue, dueCards, getCard, listAttempts, recordAnswer } from './study';
import { freshDb } from './test-helpers';

const t0 = new Date('2026-03-02T09:00:00Z');

function attempt(over: Partial<Attempt> = {}): Omit<Attempt, 'id'> {
  return {
    questionId: 'q1',
    packId: 'alaska',
    skill: 'fact-opinion',
    type: 'fact-opinion',
    correct: true,
    score: 1,
    response: { type: 'fact-opinion', label: 'fact' },
    at: t0.getTime(),
    durationMs: 4000,
    ...over
  };
}

describe('recordAnswer', () => {
  it('stores the attempt and the updated card together', async () => {
    const { db } = await freshDb();
    const card = reviewCard(newCard(t0), { correct: true, score: 1, graded: true }, t0, 12000);
    const id = await recordAnswer(db, attempt(), card);
    expect(id).toBeGreaterThan(0);
    const [stored] = await listAttempts(db);
    expect(stored).toMatchObject({ id, questionId: 'q1', correct: true });
    expect((await getCard(db, 'q1'))?.card).toEqual(card);
    expect(await countDue(db, t0)).toBe(0);
    expect((await dueCards(db, new Date(card.due))).map((c) => c.questionId)).toEqual(['q1']);
  });
});
