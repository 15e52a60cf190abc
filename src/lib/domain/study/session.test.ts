import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grade, Response } from './grading';
import {
  answer,
  currentQuestionId,
  currentResult,
  finish,
  next,
  progressOf,
  resume,
  skip,
  startSession,
  summarize,
  type SessionState
} from './session';

const t = (s: number) => new Date(Date.UTC(2026, 2, 2, 9, 0, s));
const right: Grade = { correct: true, score: 1, graded: true };
const wrong: Grade = { correct: false, score: 0, graded: true };
const half: Grade = { correct: false, score: 0.5, graded: true };
const fact: Response = { type: 'fact-opinion', label: 'fact' };
const skills = { a: 'attribution', b: 'fact-opinion', c: 'fact-opinion', d: 'general' };

function started(): SessionState {
  return startSession({ packId: 'alaska', questionIds: ['a', 'b', 'c'], now: t(0), skills });
}

describe('a study session', () => {
  it('asks, shows feedback, moves on and finishes with a summary per skill', () => {
    let s = started();
    expect(s.phase).toBe('asking');
    expect(currentQuestionId(s)).toBe('a');
    expect(progressOf(s)).toEqual({ position: 1, total: 3 });

    s = answer(s, 'a', { type: 'attribution', choice: 1 }, right, t(5));
    expect(s.phase).toBe('answered');
    expect(currentResult(s)).toMatchObject({ questionId: 'a', durationMs: 5000, skill: 'attribution' });

    s = next(s, t(8));
    expect(currentQuestionId(s)).toBe('b');
    s = next(answer(s, 'b', fact, wrong, t(20)), t(21));
    s = answer(s, 'c', fact, half, t(30));
    expect(currentResult(s)?.durationMs).toBe(9000);
    s = next(s, t(31));
    // The learning step: b and c were not right, so each comes back once before the session ends.
    expect(progressOf(s)).toEqual({ position: 4, total: 5 });
    expect(currentQuestionId(s)).toBe('b');
    s = next(answer(s, 'b', fact, right, t(35)), t(36));
    expect(currentQuestionId(s)).toBe('c');
    s = next(answer(s, 'c', fact, wrong, t(40)), t(41));

    expect(s.phase).toBe('finished');
    expect(currentQuestionId(s)).toBeNull();
    const summary = summarize(s);
    // The score counts each question's first answer; b was learnt on its second try.
    expect(summary).toMatchObject({
      total: 3,
      answered: 3,
      graded: 3,
      correct: 1,
      missed: ['b', 'c'],
      relearned: 1
    });
    expect(summary.accuracy).toBeCloseTo(1.5 / 3);
    expect(summary.bySkill['fact-opinion']).toEqual({ answered: 2, correct: 0, score: 0.5, graded: 2 });
    expect(summary.bySkill.attribution.correct).toBe(1);
    expect(summary.durationMs).toBe(41_000);
  });

  it('asks a wrong answer again once, LEARNING_GAP questions later, and never a third time', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    let s = startSession({ packId: 'p', questionIds: ids, now: t(0), skills });
    s = next(answer(s, 'a', fact, wrong, t(1)), t(2));
    expect(s.questionIds).toEqual(['a', 'b', 'c', 'd', 'a', 'e', 'f']);
    for (const id of ['b', 'c', 'd']) s = next(answer(s, id, fact, right, t(3)), t(4));
    expect(currentQuestionId(s)).toBe('a');
    s = next(answer(s, 'a', fact, wrong, t(5)), t(6));
    expect(s.questionIds).toHaveLength(7);
    expect(currentQuestionId(s)).toBe('e');
  });

  it('keeps the learning step across a reload that drops a removed question', () => {
    let s = startSession({ packId: 'p', questionIds: ['a', 'b', 'c'], now: t(0), skills });
    s = next(answer(s, 'a', fact, wrong, t(1)), t(2));
    expect(s.questionIds).toEqual(['a', 'b', 'c', 'a']);
    const r = resume(JSON.parse(JSON.stringify(s)), new Set(['a', 'c']));
    expect(r.ok && currentQuestionId(r.state)).toBe('c');
    expect(r.ok && r.state.questionIds).toEqual(['a', 'c', 'a']);
  });

  it('ignores a second answer, an answer to another question and "next" before answering', () => {
    let s = started();
    expect(next(s)).toBe(s);
    expect(answer(s, 'b', fact, right, t(1))).toBe(s);
    s = answer(s, 'a', fact, right, t(1));
    expect(answer(s, 'a', fact, wrong, t(2))).toBe(s);
    expect(s.results).toHaveLength(1);
  });

  it('leaves ungraded items out of accuracy and the missed list', () => {
    let s = startSession({ packId: 'p', questionIds: ['d', 'a'], now: t(0), skills });
    s = next(
      answer(s, 'd', { type: 'description' }, { correct: false, score: 0, graded: false }, t(1)),
      t(1)
    );
    s = next(answer(s, 'a', { type: 'attribution', choice: 0 }, right, t(2)), t(2));
    expect(summarize(s)).toMatchObject({ answered: 2, graded: 1, correct: 1, accuracy: 1, missed: [] });
  });

  it('can skip questions or stop early', () => {
    let s = skip(started(), t(1));
    expect(currentQuestionId(s)).toBe('b');
    s = finish(s, t(2));
    expect(s.phase).toBe('finished');
    expect(summarize(s)).toMatchObject({ total: 3, answered: 0, missed: [] });
  });

  it('finishes at once when there is nothing to ask, and drops duplicate ids', () => {
    expect(startSession({ packId: 'review', questionIds: [], now: t(0) }).phase).toBe('finished');
    expect(startSession({ packId: 'p', questionIds: ['a', 'a', 'b'], now: t(0) }).questionIds).toEqual([
      'a',
      'b'
    ]);
  });
});

describe('resuming a saved session', () => {
  it('continues exactly where the learner was after a trip through JSON', () => {
    let s = started();
    s = next(answer(s, 'a', { type: 'attribution', choice: 1 }, right, t(5)), t(6));
    s = answer(s, 'b', fact, wrong, t(9));
    const restored = resume(JSON.parse(JSON.stringify(s)));
    expect(restored).toEqual({ ok: true, state: s });
    if (!restored.ok) return;
    const finished = next(next(answer(next(restored.state, t(10)), 'c', fact, right, t(12)), t(13)));
    expect(summarize(finished).answered).toBe(3);
  });

  it('drops questions removed from the pack and moves on to the next unanswered one', () => {
    let s = started();
    s = next(answer(s, 'a', fact, right, t(1)), t(2));
    const r = resume(s, new Set(['a', 'c']));
    expect(r.ok && r.state.questionIds).toEqual(['a', 'c']);
    expect(r.ok && currentQuestionId(r.state)).toBe('c');
    expect(r.ok && r.state.phase).toBe('asking');
  });

  it('does not send the learner back to a question skipped earlier', () => {
    let s = skip(started(), t(1));
    s = answer(s, 'b', fact, right, t(2));
    const r = resume(s, new Set(['a', 'c']));
    expect(r.ok && currentQuestionId(r.state)).toBe('c');
    expect(r.ok && r.state.phase).toBe('asking');
  });

  it('finishes a session whose remaining questions are all gone', () => {
    let s = started();
    s = next(answer(s, 'a', fact, right, t(1)), t(2));
    const r = resume(s, new Set(['a']));
    expect(r.ok && r.state.phase).toBe('finished');
    expect(r.ok && summarize(r.state).answered).toBe(1);
  });

  it('reports a damaged saved session instead of crashing', () => {
    expect(resume(null)).toMatchObject({ ok: false });
    const broken = { ...started(), phase: 'thinking' };
    const r = resume(broken);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(/phase/);
    expect(resume({ ...started(), index: 7 })).toMatchObject({ ok: false });
    expect(resume({ ...started(), index: 3 })).toMatchObject({ ok: false });
  });
});

describe('session invariants', () => {
  const action = fc.oneof(
    fc.record({
      kind: fc.constant('answer' as const),
      right: fc.boolean(),
      ids: fc.constantFrom('a', 'b', 'c', 'x')
    }),
    fc.record({ kind: fc.constantFrom('next' as const, 'skip' as const, 'finish' as const, 'save' as const) })
  );

  it('stays consistent and resumable through any sequence of taps, reloads included', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        let s = started();
        let clock = 0;
        for (const a of actions) {
          const now = t(++clock);
          if (a.kind === 'answer') s = answer(s, a.ids, fact, a.right ? right : wrong, now);
          else if (a.kind === 'next') s = next(s, now);
          else if (a.kind === 'skip') s = skip(s, now);
          else if (a.kind === 'finish') s = finish(s, now);
          else {
            const r = resume(JSON.parse(JSON.stringify(s)));
            expect(r.ok).toBe(true);
            if (r.ok) s = r.state;
          }
          // A question is answered at most as often as the session asks it: once, or twice after a wrong first
          // answer (the learning step puts it back once).
          const ids = s.results.map((r) => r.questionId);
          const times = (list: readonly string[], id: string) => list.filter((x) => x === id).length;
          for (const id of new Set(ids)) {
            expect(times(ids, id)).toBeLessThanOrEqual(times(s.questionIds, id));
            expect(times(s.questionIds, id)).toBeLessThanOrEqual(2);
          }
          expect(s.index).toBeLessThan(s.questionIds.length);
          if (s.phase === 'answered') expect(currentResult(s)?.questionId).toBe(currentQuestionId(s));
          const summary = summarize(s);
          expect(summary.correct + summary.missed.length).toBe(summary.graded);
        }
      })
    );
  });
});
