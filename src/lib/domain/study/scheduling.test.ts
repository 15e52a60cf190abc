import { describe, expect, it } from 'vitest';
import type { Grade } from './grading';
import {
  FAST_ANSWER_MS,
  isDue,
  isSchedulable,
  newCard,
  ratingFor,
  retrievability,
  reviewCard,
  studyCardSchema
} from './scheduling';

const now = new Date('2026-03-02T09:00:00Z');
const right: Grade = { correct: true, score: 1, graded: true };
const wrong: Grade = { correct: false, score: 0, graded: true };
const partial: Grade = { correct: false, score: 0.5, graded: true };
const HOUR = 3_600_000;

describe('rating an answer', () => {
  it('maps wrong, partial, right and right-and-fast to again, hard, good and easy', () => {
    expect(ratingFor(wrong, 1000)).toBe('again');
    expect(ratingFor(partial, 1000)).toBe('hard');
    expect(ratingFor(right, FAST_ANSWER_MS + 1)).toBe('good');
    expect(ratingFor(right)).toBe('good');
    expect(ratingFor(right, 2000)).toBe('easy');
  });
});

describe('reviewing a card', () => {
  it('starts due now and moves into the future after an answer', () => {
    const card = newCard(now);
    expect(isDue(card, now)).toBe(true);
    const after = reviewCard(card, right, now, 20_000);
    expect(isDue(after, now)).toBe(false);
    expect(after.reps).toBe(1);
    expect(after.lastReview).toBe(now.getTime());
  });

  it('brings a missed question back sooner than one answered right, and an easy one latest', () => {
    const card = newCard(now);
    const again = reviewCard(card, wrong, now, 20_000).due;
    const hard = reviewCard(card, partial, now, 20_000).due;
    const good = reviewCard(card, right, now, 20_000).due;
    const easy = reviewCard(card, right, now, 2_000).due;
    expect(again).toBeLessThan(good);
    expect(hard).toBeLessThanOrEqual(good);
    expect(good).toBeLessThan(easy);
    expect(again - now.getTime()).toBeLessThan(HOUR);
  });

  it('spaces reviews further apart as the learner keeps getting it right', () => {
    let card = newCard(now);
    let t = now;
    const gaps: number[] = [];
    for (let i = 0; i < 5; i++) {
      card = reviewCard(card, right, t, 20_000);
      gaps.push(card.due - t.getTime());
      t = new Date(card.due);
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThanOrEqual(gaps[i - 1]);
    expect(gaps.at(-1)!).toBeGreaterThan(7 * 24 * HOUR);
  });

  it('counts a lapse when a learned card is missed', () => {
    let card = newCard(now);
    let t = now;
    for (let i = 0; i < 3; i++) {
      card = reviewCard(card, right, t, 20_000);
      t = new Date(card.due);
    }
    const lapsed = reviewCard(card, wrong, t, 20_000);
    expect(lapsed.lapses).toBe(card.lapses + 1);
    expect(lapsed.due - t.getTime()).toBeLessThan(HOUR);
  });

  it('leaves the card alone for ungraded answers', () => {
    const card = newCard(now);
    expect(reviewCard(card, { correct: false, score: 0, graded: false }, now)).toBe(card);
  });

  it('gives the same schedule from a card that went through JSON (storage) as from the original', () => {
    const card = reviewCard(newCard(now), right, now, 20_000);
    const stored = studyCardSchema.parse(JSON.parse(JSON.stringify(card)));
    const later = new Date(card.due + HOUR);
    expect(reviewCard(stored, wrong, later)).toEqual(reviewCard(card, wrong, later));
  });

  it('reports how likely the learner still remembers, falling with time', () => {
    const card = reviewCard(newCard(now), right, now, 20_000);
    expect(retrievability(newCard(now), now)).toBe(0);
    const soon = retrievability(card, new Date(card.due));
    const late = retrievability(card, new Date(card.due + 30 * 24 * HOUR));
    expect(soon).toBeGreaterThan(late);
    expect(late).toBeGreaterThan(0);
  });

  it('schedules only auto-graded question types', () => {
    expect(isSchedulable({ type: 'attribution' })).toBe(true);
    expect(isSchedulable({ type: 'description' })).toBe(false);
    expect(isSchedulable({ type: 'open-response' })).toBe(false);
  });
});
