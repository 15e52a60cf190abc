import { describe, expect, it } from 'vitest';
import { ratingFor } from '../study';
import { attemptSchema, masteryBySkill, weeklyAccuracy } from '../study';
import { answerCurrent, startAttempt, timeOut } from './attempt';
import { createQuiz } from './quiz-create';
import { studyEntryFor } from './study-log';
import { counterRandom, NONCE, samplePack } from './test-fixtures';

const pack = samplePack();
const question = pack.questions.find((q) => q.id === 'q-tf')!;
const t0 = new Date('2026-03-02T09:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const setup = createQuiz(
  pack,
  {
    builtIn: false,
    selection: 'picked',
    picked: ['q-tf'],
    order: 'fixed',
    secondsPerQuestion: 10,
    feedback: 'each'
  },
  { now: t0, random: counterRandom(2) }
);
if (!setup.ok) throw new Error(setup.message);
const quiz = setup.quiz;

describe('quiz answers in the student’s own study history', () => {
  it('a timed-out question becomes a wrong, unanswered attempt, rated like a miss', () => {
    const timed = timeOut(startAttempt(quiz, 'Hana', t0, NONCE), quiz, question, at(10));
    expect(timed.attempt.answers[0]).toMatchObject({ timedOut: true });
    const entry = studyEntryFor(quiz, question, { timedOut: true }, timed.seconds * 1000, at(10));
    expect(entry.attempt).toEqual({
      questionId: 'q-tf',
      packId: 'sample-pack',
      skill: 'general',
      type: 'true-false',
      correct: false,
      score: 0,
      graded: true,
      timedOut: true,
      at: at(10).getTime(),
      durationMs: 10_000,
      quizId: quiz.quizId
    });
    expect(entry.attempt).not.toHaveProperty('response');
    expect(attemptSchema.parse(entry.attempt)).toEqual(entry.attempt);
    expect(ratingFor(entry.grade, entry.attempt.durationMs)).toBe('again');
    // It counts as a miss in mastery and accuracy.
    expect(masteryBySkill([entry.attempt], at(10))[0]).toMatchObject({ skill: 'general', mastery: 0 });
    expect(weeklyAccuracy([entry.attempt], at(10), 1).at(-1)).toMatchObject({ attempts: 1, correct: 0 });
  });

  it('an answer in time keeps its response and grade', () => {
    const response = { type: 'true-false', value: true } as const;
    const answered = answerCurrent(startAttempt(quiz, 'Ivo', t0, NONCE), quiz, question, response, at(4));
    const entry = studyEntryFor(quiz, question, { response, grade: answered.grade }, 4000, at(4));
    expect(entry.attempt).toMatchObject({ response, correct: true, score: 1, quizId: quiz.quizId });
    expect(entry.attempt).not.toHaveProperty('timedOut');
    expect(attemptSchema.safeParse(entry.attempt).success).toBe(true);
  });

  it('refuses an attempt with neither a response nor a timeout, and one with both', () => {
    const { attempt } = studyEntryFor(quiz, question, { timedOut: true }, 0, t0);
    expect(attemptSchema.safeParse({ ...attempt, timedOut: undefined }).success).toBe(false);
    const both = { ...attempt, response: { type: 'true-false', value: true } };
    expect(attemptSchema.safeParse(both).error?.issues[0]).toMatchObject({ path: ['response'] });
  });
});
