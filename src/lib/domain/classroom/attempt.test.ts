import { describe, expect, it } from 'vitest';
import {
  answerCurrent,
  currentQuestionId,
  next,
  resultOf,
  resumeAttempt,
  scoreOf,
  secondsFor,
  secondsLeft,
  startAttempt,
  timeOut,
  timerSummary
} from './attempt';
import { type Quiz } from './quiz';
import { createQuiz, type QuizSettings } from './quiz-create';
import { decodeResult, encodeResult } from './result-code';
import { counterRandom, NONCE, samplePack } from './test-fixtures';
import type { Response } from '../study';

const pack = samplePack();
const question = (id: string) => pack.questions.find((q) => q.id === id)!;
const t0 = new Date('2026-03-02T09:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function quizWith(settings: Partial<QuizSettings>): Quiz {
  const setup = createQuiz(
    pack,
    {
      builtIn: false,
      selection: 'picked',
      picked: ['q-attr', 'q-tf'],
      order: 'fixed',
      secondsPerQuestion: 0,
      feedback: 'end',
      ...settings
    },
    { now: t0, random: counterRandom(4) }
  );
  if (!setup.ok) throw new Error(setup.message);
  return setup.quiz;
}

const right: Record<string, Response> = {
  'q-attr': { type: 'attribution', choice: 0 },
  'q-tf': { type: 'true-false', value: true }
};

describe('a student taking a quiz', () => {
  it('runs to the end with feedback only at the end, and the result code carries the answers', async () => {
    const quiz = quizWith({});
    let attempt = startAttempt(quiz, '  Anna ', t0, NONCE);
    expect(attempt.name).toBe('Anna');
    attempt = answerCurrent(
      attempt,
      quiz,
      question('q-attr'),
      { type: 'attribution', choice: 1 },
      at(12)
    ).attempt;
    expect(attempt).toMatchObject({ phase: 'asking', current: 1 });
    attempt = answerCurrent(attempt, quiz, question('q-tf'), right['q-tf'], at(20)).attempt;
    expect(attempt).toMatchObject({ phase: 'finished', finishedAt: at(20).getTime() });
    expect(scoreOf(attempt)).toEqual({ correct: 1, total: 2 });
    const decoded = await decodeResult(encodeResult(resultOf({ ...attempt, nonce: NONCE }), quiz), quiz);
    // The code carries the answers, not the marks: the teacher's device marks them (results.ts).
    expect(decoded.ok && decoded.result).toMatchObject({
      nonce: NONCE,
      answers: [
        { questionId: 'q-attr', response: 1, seconds: 12 },
        { questionId: 'q-tf', response: true, seconds: 8 }
      ]
    });
    expect(decoded.ok && decoded.result.answers.some((a) => 'correct' in a)).toBe(false);
  });

  it('stops on feedback after each answer when the teacher asked for it', () => {
    const quiz = quizWith({ feedback: 'each' });
    let attempt = startAttempt(quiz, 'Ben', t0, NONCE);
    const answered = answerCurrent(attempt, quiz, question('q-attr'), right['q-attr'], at(3));
    expect(answered.grade.correct).toBe(true);
    attempt = answered.attempt;
    expect(attempt.phase).toBe('feedback');
    attempt = next(attempt, at(9));
    expect(attempt).toMatchObject({ phase: 'asking', current: 1, shownAt: at(9).getTime() });
  });

  it('records no answer when the timer runs out, also when the answer comes too late', () => {
    const quiz = quizWith({ secondsPerQuestion: 10 });
    let attempt = startAttempt(quiz, 'Chloé', t0, NONCE);
    expect(secondsLeft(attempt, quiz, question('q-attr'), at(4))).toBe(6);
    expect(timeOut(attempt, quiz, question('q-attr'), at(9)).attempt).toBe(attempt);
    attempt = timeOut(attempt, quiz, question('q-attr'), at(10)).attempt;
    expect(attempt.answers[0]).toMatchObject({
      questionId: 'q-attr',
      response: null,
      correct: false,
      timedOut: true
    });
    const late = answerCurrent(attempt, quiz, question('q-tf'), right['q-tf'], at(45));
    expect(late.attempt.answers[1]).toMatchObject({ response: null, correct: false, seconds: 10 });
    expect(late.attempt.phase).toBe('finished');
  });

  it('gives a question with its own time limit that many seconds, when the teacher turned the timer on', () => {
    // q-tf carries 30 s of its own (as a Kahoot sheet or the editor would give it); q-attr has none.
    const timed = { ...question('q-tf'), timeLimit: 30 };
    const quiz = quizWith({ secondsPerQuestion: 10 });
    expect(secondsFor(quiz, question('q-attr'))).toBe(10);
    expect(secondsFor(quiz, timed)).toBe(30);
    expect(secondsFor(quizWith({}), timed)).toBe(0);

    let attempt = answerCurrent(
      startAttempt(quiz, 'Fay', t0, NONCE),
      quiz,
      question('q-attr'),
      right['q-attr'],
      at(2)
    ).attempt;
    expect(attempt.shownAt).toBe(at(2).getTime());
    expect(secondsLeft(attempt, quiz, timed, at(12))).toBe(20);
    // Past the quiz's 10 seconds, the question's own 30 are still running.
    expect(timeOut(attempt, quiz, timed, at(20)).attempt).toBe(attempt);
    const inTime = answerCurrent(attempt, quiz, timed, right['q-tf'], at(27));
    expect(inTime.grade.correct).toBe(true);
    expect(inTime.attempt.answers[1]).toMatchObject({ correct: true, seconds: 25 });
    attempt = timeOut(attempt, quiz, timed, at(32)).attempt;
    expect(attempt.answers[1]).toMatchObject({ questionId: 'q-tf', timedOut: true, seconds: 30 });
  });

  it('runs without a timer when the teacher left it off, whatever the questions say', () => {
    const quiz = quizWith({});
    const attempt = startAttempt(quiz, 'Gus', t0, NONCE);
    const timed = { ...question('q-attr'), timeLimit: 5 };
    expect(secondsLeft(attempt, quiz, timed, at(60))).toBeNull();
    expect(timeOut(attempt, quiz, timed, at(60)).attempt).toBe(attempt);
  });

  it('sums up the timer for the start screen', () => {
    const quiz = quizWith({ secondsPerQuestion: 20 });
    expect(timerSummary(quiz, [{}, {}])).toBe('20 seconds each');
    expect(timerSummary(quiz, [{}, { timeLimit: 60 }, { timeLimit: 10 }])).toBe('10–60 seconds each');
    expect(timerSummary(quizWith({}), [{ timeLimit: 60 }])).toBeNull();
  });

  it('refuses an answer to a question that is not on screen', () => {
    const quiz = quizWith({});
    const attempt = startAttempt(quiz, 'Dev', t0, NONCE);
    expect(() => answerCurrent(attempt, quiz, question('q-tf'), right['q-tf'], at(1))).toThrow('not the one');
    expect(() => startAttempt(quiz, '   ', t0, NONCE)).toThrow('display name');
  });

  it('resumes a saved attempt of the same quiz after a reload, and ignores one of another quiz', () => {
    const quiz = quizWith({ order: 'shuffled' });
    const first = currentQuestionId(startAttempt(quiz, 'Emil', t0, NONCE))!;
    const attempt = answerCurrent(
      startAttempt(quiz, 'Emil', t0, NONCE),
      quiz,
      question(first),
      right[first],
      at(5)
    ).attempt;
    const saved = JSON.parse(JSON.stringify(attempt));
    expect(resumeAttempt(saved, quiz)).toEqual(attempt);
    expect(resumeAttempt(saved, quizWith({ seed: 1 }))).toBeNull();
    expect(resumeAttempt({ ...saved, current: 'x' }, quiz)).toBeNull();
  });
});
