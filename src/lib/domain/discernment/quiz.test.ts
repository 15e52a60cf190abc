import { describe, expect, it } from 'vitest';
import { addCodes, createQuiz, emptyCollection, encodeResult, studentsOf } from '../classroom';
import { scoreCheckQuiz, scoreClassCheck } from './class-check';
import { checkFormOfPack, checkPack, checkPackId } from './quiz';
import { formsFixture } from './testing';

const file = formsFixture();
const pack = checkPack(file, 'A');
const ids = pack.questions.map((q) => q.id);
/** Form A of the fixture: even positions accurate, odd altered. A compact choice: [0] accurate, [1] altered. */
const answer = (id: string, said: 0 | 1 | null) => ({
  questionId: id,
  response: said === null ? null : [said]
});

describe('the check as a classroom pack', () => {
  it('asks each statement of the form, in order, with "Accurate" or "Altered" and no source or explanation', () => {
    expect(pack.id).toBe('discernment-check-a');
    expect(pack.title).toBe('Discernment check, form A');
    expect(pack.sources).toEqual([]);
    expect(pack.questions.map((q) => q.prompt)).toEqual(file.forms.A.map((i) => i.statement));
    const [first, second] = pack.questions;
    expect(first).toMatchObject({
      type: 'choice',
      explanation: '',
      options: [
        { text: 'Accurate', weight: 100 },
        { text: 'Altered', weight: 0 }
      ]
    });
    expect(second).toMatchObject({ options: [{ weight: 0 }, { weight: 100 }] });
  });

  it('knows its packs by id, and no other', () => {
    expect(checkFormOfPack(checkPackId('B'))).toBe('B');
    expect(checkFormOfPack('basics')).toBeNull();
  });
});

describe('scoring a student of a check quiz', () => {
  it('scores the answers as the check does: 8 of 10 accurate trusted, 4 of 10 altered caught', () => {
    // Accurate items (even): the first 8 called accurate; altered (odd): the first 4 called altered.
    const answers = ids.map((id, i) =>
      i % 2 === 0 ? answer(id, i / 2 < 8 ? 0 : 1) : answer(id, (i - 1) / 2 < 4 ? 1 : 0)
    );
    const scored = scoreCheckQuiz(ids, pack.questions, answers);
    expect(scored).toMatchObject({ ok: true, scores: { r: 8, f: 4, V: 12, d: 0, n: 4 } });
  });

  it('does not score a check with statements left open, and says how many were answered', () => {
    const answers = ids.map((id, i) => answer(id, i < 2 ? null : 0));
    expect(scoreCheckQuiz(ids, pack.questions, answers)).toEqual({
      ok: false,
      reason: 'answered 18 of 20 statements, so no score'
    });
  });

  it('does not score answers to questions that are not the check’s', () => {
    const other = checkPack(formsFixture(), 'B').questions;
    expect(
      scoreCheckQuiz(
        ids,
        other,
        ids.map((id) => answer(id, 0))
      )
    ).toMatchObject({ ok: false });
  });

  it('scores what a result code carries, once the teacher’s device has collected it', async () => {
    const setup = createQuiz(
      pack,
      { builtIn: true, selection: 'all', order: 'shuffled', secondsPerQuestion: 0, feedback: 'end' },
      { now: new Date(Date.UTC(2026, 0, 5)), random: () => 0.5 }
    );
    if (!setup.ok) throw new Error(setup.message);
    const quiz = setup.quiz;
    const code = (name: string, nonce: string, said: (i: number) => 0 | 1) =>
      encodeResult(
        {
          quizId: quiz.quizId,
          name,
          finishedAt: Date.UTC(2026, 0, 5, 10),
          nonce,
          answers: ids.map((id, i) => ({ questionId: id, response: [said(i)], seconds: 4 }))
        },
        quiz
      );
    const codes = [
      code('Anna', 'anna-0000001', (i) => (i % 2) as 0 | 1), // every statement right
      code('Ben', 'ben-00000001', () => 0), // everything accurate
      code('BEN', 'ben-00000002', () => 1) // the same student again: the teacher must choose
    ];
    const { collection } = await addCodes(
      emptyCollection(quiz),
      codes.join('\n'),
      new Date(Date.UTC(2026, 0, 5, 11)),
      pack.questions
    );
    const checked = scoreClassCheck(studentsOf(collection), quiz.questionIds, pack.questions);
    expect(checked.scored).toHaveLength(1);
    expect(checked.scored[0]).toMatchObject({ key: 'anna', name: 'Anna', scores: { V: 20, r: 10, f: 10 } });
    expect(checked.unscored).toEqual([
      { name: 'Ben', reason: 'sent more than one code: choose which counts' }
    ]);
  });
});
