import { describe, expect, it } from 'vitest';
import { grade } from '../questions';
import { makeQuestion } from '../questions/testing';
import { convertFlashcards } from './flashcards';
import { questionSchema } from './schema';

const card = (id: string, front: string, back: string, extra: Record<string, unknown> = {}) =>
  makeQuestion({ id, type: 'flashcard', prompt: '', front, back, ...extra });

const deck = [
  card('hund', 'der Hund', 'the dog', { tags: ['animals'] }),
  card('katze', 'die Katze', 'the cat'),
  card('kuli', 'der Kuli', 'the pen'),
  card('heft', 'das Heft', 'the notebook'),
  card('tuer', 'die Tür', 'the door'),
  makeQuestion({ id: 'tf', type: 'true-false', answer: true })
];

describe('flashcards as questions', () => {
  it("makes a choice of each card's back and three other cards' backs, the same for the same seed", () => {
    const { questions, converted, kept } = convertFlashcards(deck, 'choice', 7);
    expect([converted, kept]).toEqual([5, []]);
    const [first] = questions;
    if (first.type !== 'choice') throw new Error(first.type);
    expect(first).toMatchObject({
      id: 'hund-choice',
      prompt: 'der Hund',
      multiple: false,
      tags: ['animals']
    });
    expect(first.options).toHaveLength(4);
    expect(first.options.filter((o) => o.weight === 100).map((o) => o.text)).toEqual(['the dog']);
    expect(new Set(first.options.map((o) => o.text)).size).toBe(4);
    for (const o of first.options)
      expect(deck.some((q) => q.type === 'flashcard' && q.back === o.text)).toBe(true);
    expect(questions.at(-1)).toEqual(deck.at(-1));
    for (const q of questions) expect(questionSchema.safeParse(q).success, q.id).toBe(true);
    expect(convertFlashcards(deck, 'choice', 7)).toEqual({ questions, converted, kept });
    const other = convertFlashcards(deck, 'choice', 8).questions;
    expect(other.map((q) => q.type === 'choice' && q.options.map((o) => o.text))).not.toEqual(
      questions.map((q) => q.type === 'choice' && q.options.map((o) => o.text))
    );
    // Picking the card's back is right; any other option is wrong.
    const right = first.options.findIndex((o) => o.text === 'the dog');
    expect(grade(first, { type: 'choice', choices: [right] }).correct).toBe(true);
    expect(grade(first, { type: 'choice', choices: [(right + 1) % 4] }).correct).toBe(false);
  });

  it('keeps a lone card a card, saying why', () => {
    const { questions, kept } = convertFlashcards([deck[0]], 'choice', 1);
    expect(questions).toEqual([deck[0]]);
    expect(kept).toEqual([
      { id: 'hund', why: 'no other card has a different back to offer as a wrong option' }
    ]);
  });

  it('asks for the shorter side as a typed answer, and keeps a card with no side short enough', () => {
    const lede = 'The opening paragraph of a news story, which gives the most important facts first.';
    const definition = card('lede', 'lede', lede);
    const long = card('essay', 'Explain why a headline can mislead even when each word is true.', lede);
    const { questions, kept } = convertFlashcards([deck[0], definition, long], 'short-answer', 1);
    expect(questions.slice(0, 2)).toMatchObject([
      { id: 'hund-typed', type: 'short-answer', prompt: 'der Hund', answers: [{ text: 'the dog' }] },
      { id: 'lede-typed', type: 'short-answer', prompt: lede, answers: [{ text: 'lede' }] }
    ]);
    expect(questions[2]).toEqual(long);
    expect(kept).toEqual([{ id: 'essay', why: 'neither side is short enough to type as an answer' }]);
    expect(grade(questions[0], { type: 'short-answer', text: 'The dog.' }).correct).toBe(true);
  });
});
