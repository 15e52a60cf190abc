import { describe, expect, it } from 'vitest';
import { questionOrderFor, studentKey } from './quiz';
import { createQuiz, type QuizSettings } from './quiz-create';
import { counterRandom, samplePack } from './test-fixtures';

const now = new Date('2026-03-02T09:00:00Z');
const base: QuizSettings = {
  builtIn: false,
  selection: 'all',
  order: 'fixed',
  secondsPerQuestion: 0,
  feedback: 'each'
};
const make = (settings: Partial<QuizSettings>, seed = 7) =>
  createQuiz(samplePack(10), { ...base, ...settings }, { now, random: counterRandom(seed) });

describe('createQuiz', () => {
  it('takes every question that can be marked, leaving out description and open-response', () => {
    const setup = make({});
    if (!setup.ok) throw new Error(setup.message);
    expect(setup.quiz.questionIds).toHaveLength(14);
    expect(setup.quiz.questionIds).not.toContain('q-desc');
    expect(setup.quiz.questionIds).not.toContain('q-open');
    expect(setup.quiz.title).toBe('Sample pack');
    expect(setup.quiz.createdAt).toBe(now.getTime());
  });

  it('draws a random subset of N that the same seed reproduces and another seed changes', () => {
    const a = make({ selection: 'random', count: 5, seed: 42 }, 1);
    const b = make({ selection: 'random', count: 5, seed: 42 }, 2);
    const c = make({ selection: 'random', count: 5, seed: 43 }, 1);
    if (!a.ok || !b.ok || !c.ok) throw new Error('setup failed');
    expect(a.quiz.questionIds).toHaveLength(5);
    expect(new Set(a.quiz.questionIds).size).toBe(5);
    expect(b.quiz.questionIds).toEqual(a.quiz.questionIds);
    expect(c.quiz.questionIds).not.toEqual(a.quiz.questionIds);
    expect(a.quiz.quizId).not.toBe(b.quiz.quizId);
  });

  it('refuses a subset larger than the pack with a message naming the count', () => {
    const setup = make({ selection: 'random', count: 50 });
    expect(setup).toMatchObject({ ok: false, field: 'count' });
    if (!setup.ok) expect(setup.message).toContain('14 that can be marked');
  });

  it('keeps hand-picked questions in the picked order and refuses unknown or unmarkable ones', () => {
    const setup = make({ selection: 'picked', picked: ['q-tf', 'q-attr'] });
    expect(setup.ok && setup.quiz.questionIds).toEqual(['q-tf', 'q-attr']);
    expect(make({ selection: 'picked', picked: ['nope'] })).toMatchObject({ ok: false, field: 'picked' });
    expect(make({ selection: 'picked', picked: ['q-desc'] })).toMatchObject({ ok: false, field: 'picked' });
    expect(make({ selection: 'picked', picked: [] })).toMatchObject({ ok: false, field: 'picked' });
  });

  it('accepts a timer of 0 or 5–240 seconds only', () => {
    expect(make({ secondsPerQuestion: 0 }).ok).toBe(true);
    expect(make({ secondsPerQuestion: 5 }).ok).toBe(true);
    expect(make({ secondsPerQuestion: 240 }).ok).toBe(true);
    expect(make({ secondsPerQuestion: 3 })).toMatchObject({ ok: false, field: 'secondsPerQuestion' });
    expect(make({ secondsPerQuestion: 241 })).toMatchObject({ ok: false, field: 'secondsPerQuestion' });
  });

  it('carries an own pack trimmed to what the quiz shows: chosen questions, no sources or provenance', () => {
    const setup = make({ selection: 'picked', picked: ['q-attr', 'q-tf'] });
    if (!setup.ok) throw new Error(setup.message);
    const pack = setup.quiz.pack!;
    expect(pack.questions.map((q) => q.id)).toEqual(['q-attr', 'q-tf']);
    expect(pack.sources).toEqual([]);
    expect(pack.questions[0]).not.toHaveProperty('source');
    expect(pack.questions[0]).toMatchObject({ quote: 'Gotta make a deal', answer: 0 });
  });

  it('keeps explanations only when feedback comes after each question', () => {
    const withPack = (feedback: 'each' | 'end') => {
      const setup = createQuiz(
        {
          ...samplePack(),
          questions: samplePack().questions.map((q) => ({ ...q, explanation: 'Because.' }))
        },
        { ...base, feedback },
        { now, random: counterRandom(3) }
      );
      if (!setup.ok) throw new Error(setup.message);
      return setup.quiz.pack!.questions.map((q) => q.explanation);
    };
    expect(withPack('each').every((e) => e === 'Because.')).toBe(true);
    expect(withPack('end').every((e) => e === '')).toBe(true);
  });

  it('carries no pack for a built-in one', () => {
    const setup = make({ builtIn: true });
    expect(setup.ok && setup.quiz.pack).toBeUndefined();
  });
});

describe('questionOrderFor', () => {
  const setup = make({ order: 'shuffled' });
  if (!setup.ok) throw new Error(setup.message);
  const quiz = setup.quiz;

  it('gives each student a stable order of all the questions, differing between students', () => {
    const anna = questionOrderFor(quiz, 'Anna');
    expect(questionOrderFor(quiz, '  anna ')).toEqual(anna);
    expect([...anna].sort()).toEqual([...quiz.questionIds].sort());
    const names = ['Ben', 'Chloé', 'Dev', 'Emil'];
    expect(names.some((n) => questionOrderFor(quiz, n).join() !== anna.join())).toBe(true);
  });

  it('keeps the teacher order when the order is fixed', () => {
    expect(questionOrderFor({ ...quiz, order: 'fixed' }, 'Anna')).toEqual(quiz.questionIds);
  });

  it('treats names differing only in case and spacing as the same student', () => {
    expect(studentKey(' Anna  Lee ')).toBe(studentKey('anna lee'));
    expect(studentKey('Anna')).not.toBe(studentKey('Anne'));
  });
});
