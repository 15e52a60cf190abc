import { describe, expect, it } from 'vitest';
import { newCard, reviewCard } from '../domain/study';
import { answer, startSession } from '../domain/study';
import {
  clearSession,
  countDue,
  dueCards,
  getCard,
  listAttempts,
  listCards,
  loadSession,
  recordAnswer,
  saveSession,
  type NewAttempt
} from './study';
import { BUILTIN_SCOPE, packScope, quizScope } from './scope';
import { answeredQuestions } from './tallies';
import { freshDb } from './test-helpers';

const t0 = new Date('2026-03-02T09:00:00Z');
const MIN = 60_000;
const right = { correct: true, score: 1, graded: true };

function attempt(over: Partial<NewAttempt> = {}): NewAttempt {
  return {
    scope: packScope(over.packId ?? 'alaska'),
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

describe('recording answers', () => {
  it('stores a classroom question whose time ran out as a wrong attempt without a response, due again soon', async () => {
    const { db, problems } = await freshDb();
    const miss = { correct: false, score: 0, graded: true };
    const card = reviewCard(newCard(t0), miss, t0, 30_000);
    const timedOut = attempt({
      correct: false,
      score: 0,
      response: undefined,
      timedOut: true,
      quizId: 'qz-1'
    });
    delete timedOut.response;
    await recordAnswer(db, timedOut, card);
    const [stored] = await listAttempts(db);
    expect(stored).toMatchObject({ timedOut: true, correct: false, score: 0, quizId: 'qz-1' });
    expect(stored).not.toHaveProperty('response');
    expect((await dueCards(db, new Date(t0.getTime() + 30 * MIN))).map((c) => c.questionId)).toEqual(['q1']);
    expect(problems).toEqual([]);
  });

  it('refuses an attempt with no response that did not time out, and skips such a record when reading', async () => {
    const { db, problems } = await freshDb();
    const broken = attempt();
    delete broken.response;
    await expect(recordAnswer(db, broken, null)).rejects.toMatchObject({ kind: 'invalid' });
    await db.add('attempts', { ...broken, id: 7 } as never);
    expect(await listAttempts(db)).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ store: 'attempts', key: '7', message: expect.stringContaining('response') })
    ]);
  });

  it("works out the card from the stored one in the answer's own transaction, within the answer's scope", async () => {
    const { db, problems } = await freshDb();
    const seen: unknown[] = [];
    const update = (at: Date) => (stored: Parameters<typeof reviewCard>[0] | undefined) => {
      seen.push(stored);
      return reviewCard(stored ?? newCard(at), right, at, 4000);
    };
    await recordAnswer(db, attempt(), update(t0));
    const first = await getCard(db, packScope('alaska'), 'q1');
    const later = new Date(t0.getTime() + 2 * 24 * 60 * MIN);
    await recordAnswer(db, attempt({ at: later.getTime() }), update(later));
    // A first answer finds no card; the second gets the one the first stored, and the reviews add up.
    expect(seen).toEqual([undefined, first?.card]);
    expect((await getCard(db, packScope('alaska'), 'q1'))?.card.reps).toBe(2);
    // The same question in another scope starts from nothing.
    await recordAnswer(db, attempt({ scope: quizScope('qz-1'), quizId: 'qz-1' }), update(t0));
    expect(seen[2]).toBeUndefined();
    expect(problems).toEqual([]);
    // A stored card that does not read is reported, and the question starts afresh.
    await db.put('schedules', {
      scope: packScope('alaska'),
      questionId: 'q3',
      packId: 'alaska',
      due: 'soon'
    } as never);
    await recordAnswer(db, attempt({ questionId: 'q3' }), update(t0));
    expect(seen[3]).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ store: 'schedules' })]);
    expect((await getCard(db, packScope('alaska'), 'q3'))?.card.reps).toBe(1);
  });

  it('refuses an answer whose worked-out card is broken, and writes nothing of it', async () => {
    const { db } = await freshDb();
    await recordAnswer(db, attempt(), reviewCard(newCard(t0), right, t0, 4000));
    const before = {
      attempts: await listAttempts(db),
      cards: await listCards(db),
      tallies: await db.getAll('tallies')
    };
    await expect(
      recordAnswer(db, attempt({ questionId: 'q2' }), (stored) => ({
        ...(stored ?? newCard(t0)),
        due: Number.NaN
      }))
    ).rejects.toMatchObject({ kind: 'invalid', message: expect.stringContaining('card') });
    expect({
      attempts: await listAttempts(db),
      cards: await listCards(db),
      tallies: await db.getAll('tallies')
    }).toEqual(before);
  });

  it('stores the attempt and the updated card together', async () => {
    const { db } = await freshDb();
    const card = reviewCard(newCard(t0), right, t0, 12000);
    const id = await recordAnswer(db, attempt(), card);
    expect(id).toBeGreaterThan(0);
    const [stored] = await listAttempts(db);
    expect(stored).toMatchObject({ id, questionId: 'q1', correct: true });
    expect(await getCard(db, packScope('alaska'), 'q1')).toEqual({
      scope: 'pack:alaska',
      questionId: 'q1',
      packId: 'alaska',
      due: card.due,
      card
    });
  });

  it('replaces the card on the next answer and keeps every attempt', async () => {
    const { db } = await freshDb();
    const first = reviewCard(newCard(t0), right, t0, 12000);
    await recordAnswer(db, attempt(), first);
    const later = new Date(first.due);
    const second = reviewCard(first, right, later, 12000);
    await recordAnswer(db, attempt({ at: later.getTime() }), second);
    expect(await listAttempts(db)).toHaveLength(2);
    expect((await getCard(db, packScope('alaska'), 'q1'))?.card.reps).toBe(2);
    expect(await listCards(db)).toHaveLength(1);
  });

  it('can save the session in the same transaction, or neither when the write fails', async () => {
    const { db } = await freshDb();
    const asked = startSession({ packId: 'alaska', questionIds: ['q1', 'q2'], now: t0 });
    const answered = answer(asked, 'q1', { type: 'fact-opinion', label: 'fact' }, right, t0);
    await recordAnswer(db, attempt(), newCard(t0), answered);
    expect((await loadSession(db, 'alaska'))?.phase).toBe('answered');

    // A session IndexedDB cannot store makes the whole answer fail: no attempt, no card, old session kept.
    const unstorable = { ...answered, packId: 'alaska', extra: () => 1 } as never;
    await expect(
      recordAnswer(db, attempt({ questionId: 'q2' }), newCard(t0), unstorable)
    ).rejects.toMatchObject({
      kind: 'invalid'
    });
    expect((await listAttempts(db)).map((a) => a.questionId)).toEqual(['q1']);
    expect(await getCard(db, packScope('alaska'), 'q2')).toBeUndefined();
    expect(await loadSession(db, 'alaska')).toEqual(answered);
  });

  it('records an ungraded answer without a card', async () => {
    const { db } = await freshDb();
    await recordAnswer(
      db,
      attempt({
        type: 'open-response',
        graded: false,
        correct: false,
        score: 0,
        response: { type: 'open-response', text: 'I think…' }
      }),
      null
    );
    expect(await listAttempts(db)).toHaveLength(1);
    expect(await listCards(db)).toEqual([]);
  });

  it('refuses a malformed answer with the field at fault, writing nothing', async () => {
    const { db } = await freshDb();
    await expect(recordAnswer(db, attempt({ score: 2 }), newCard(t0))).rejects.toMatchObject({
      kind: 'invalid'
    });
    await expect(recordAnswer(db, attempt({ score: 2 }), newCard(t0))).rejects.toThrow(/score/);
    expect(await db.count('attempts')).toBe(0);
    expect(await db.count('cards')).toBe(0);
  });
});

describe('reading attempts and cards', () => {
  it('filters attempts by pack, question and time, oldest first', async () => {
    const { db } = await freshDb();
    await recordAnswer(db, attempt({ at: t0.getTime() + 2 * MIN }), null);
    await recordAnswer(db, attempt({ at: t0.getTime(), questionId: 'q2' }), null);
    await recordAnswer(db, attempt({ at: t0.getTime() + MIN, packId: 'other', questionId: 'o1' }), null);
    expect((await listAttempts(db)).map((a) => a.questionId)).toEqual(['q2', 'o1', 'q1']);
    expect((await listAttempts(db, { packId: 'alaska' })).map((a) => a.questionId)).toEqual(['q2', 'q1']);
    expect((await listAttempts(db, { questionId: 'q1' })).map((a) => a.questionId)).toEqual(['q1']);
    const since = new Date(t0.getTime() + MIN);
    expect((await listAttempts(db, { since })).map((a) => a.questionId)).toEqual(['o1', 'q1']);
    expect((await listAttempts(db, { since, packId: 'alaska' })).map((a) => a.questionId)).toEqual(['q1']);
    await recordAnswer(
      db,
      attempt({ at: t0.getTime() + 3 * MIN, questionId: 's1', skill: 'attribution' }),
      null
    );
    expect((await listAttempts(db, { skill: 'attribution' })).map((a) => a.questionId)).toEqual(['s1']);
    expect(await listAttempts(db, { skill: 'attribution', since: new Date(t0.getTime() + 4 * MIN) })).toEqual(
      []
    );
  });

  it("says which of a pack's questions were answered, from its tallies, even when they had to be rebuilt", async () => {
    const { db, problems } = await freshDb();
    expect(await answeredQuestions(db, 'alaska')).toEqual(new Set());
    await recordAnswer(db, attempt({ questionId: 'q1' }), null);
    await recordAnswer(db, attempt({ questionId: 'q2', graded: false, correct: false, score: 0 }), null);
    await recordAnswer(db, attempt({ questionId: 'q1', at: t0.getTime() + MIN }), null);
    await recordAnswer(db, attempt({ questionId: 'o1', packId: 'other' }), null);
    expect(await answeredQuestions(db, 'alaska')).toEqual(new Set(['q1', 'q2']));
    expect(await answeredQuestions(db, 'other')).toEqual(new Set(['o1']));
    // Tallies found unreadable (as an answer leaves them when it cannot count itself) are rebuilt from the log.
    await db.delete('tallies', 'overall');
    await recordAnswer(db, attempt({ questionId: 'q3', at: t0.getTime() + 2 * MIN }), null);
    expect(await answeredQuestions(db, 'alaska')).toEqual(new Set(['q1', 'q2', 'q3']));
    expect(problems).toEqual([]);
  });

  it('forms the review queue from due cards across packs', async () => {
    const { db } = await freshDb();
    const wrong = { correct: false, score: 0, graded: true };
    const soon = reviewCard(newCard(t0), wrong, t0, 9000);
    const later = reviewCard(newCard(t0), right, t0, 20000);
    await recordAnswer(db, attempt({ questionId: 'a', packId: 'p1' }), soon);
    await recordAnswer(db, attempt({ questionId: 'b', packId: 'p2' }), later);
    expect(soon.due).toBeLessThan(later.due);
    expect(await countDue(db, t0)).toBe(0);
    expect((await dueCards(db, new Date(soon.due))).map((c) => c.questionId)).toEqual(['a']);
    expect((await dueCards(db, new Date(later.due))).map((c) => c.questionId)).toEqual(['a', 'b']);
    expect(await countDue(db, new Date(later.due))).toBe(2);
    expect((await listCards(db, packScope('p2'))).map((c) => c.questionId)).toEqual(['b']);
  });

  it('skips damaged records with a clear report instead of failing the whole list', async () => {
    const { db, problems } = await freshDb();
    await recordAnswer(db, attempt(), newCard(t0));
    await db.put('attempts', { ...attempt(), id: 7, score: 'high' } as never);
    await db.put('schedules', {
      scope: 'pack:p',
      questionId: 'bad',
      packId: 'p',
      due: 5,
      card: { due: 5 }
    } as never);
    expect(await listAttempts(db)).toHaveLength(1);
    expect((await dueCards(db, t0)).map((c) => c.questionId)).toEqual(['q1']);
    expect(problems.map((p) => [p.store, p.key])).toEqual([
      ['attempts', '7'],
      ['schedules', 'pack:p bad']
    ]);
    expect(problems[0].message).toMatch(/attempts record 7 was skipped: score: /);
  });
});

describe('saved sessions', () => {
  it('saves, resumes and clears the session of each pack separately', async () => {
    const { db } = await freshDb();
    let s = startSession({ packId: 'alaska', questionIds: ['q1', 'q2'], now: t0 });
    s = answer(s, 'q1', { type: 'fact-opinion', label: 'fact' }, right, new Date(t0.getTime() + 5000));
    await saveSession(db, s);
    await saveSession(db, startSession({ packId: 'review', questionIds: ['x'], now: t0 }));
    expect(await loadSession(db, 'alaska')).toEqual(s);
    expect((await loadSession(db, 'review'))?.questionIds).toEqual(['x']);
    await clearSession(db, 'alaska');
    expect(await loadSession(db, 'alaska')).toBeNull();
    expect(await loadSession(db, 'review')).not.toBeNull();
  });

  it('drops questions that left the pack when resuming', async () => {
    const { db } = await freshDb();
    await saveSession(db, startSession({ packId: 'alaska', questionIds: ['q1', 'gone', 'q2'], now: t0 }));
    expect((await loadSession(db, 'alaska', new Set(['q1', 'q2'])))?.questionIds).toEqual(['q1', 'q2']);
  });

  it('treats an unreadable saved session as none, and reports it', async () => {
    const { db, problems } = await freshDb();
    await db.put('meta', { version: 1, packId: 'alaska' }, 'session:alaska');
    expect(await loadSession(db, 'alaska')).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ store: 'meta', key: 'session:alaska' });
    expect(problems[0].message).toMatch(/saved session is unreadable: questionIds/);
  });

  it('keeps each scope to itself: a pack or quiz reusing a built-in question id leaves the built-in card alone', async () => {
    const { db } = await freshDb();
    const wrong = { correct: false, score: 0, graded: true };
    const learnt = reviewCard(newCard(t0), right, t0, 5000);
    await recordAnswer(
      db,
      attempt({ scope: BUILTIN_SCOPE, packId: 'alaska-summit', questionId: 'shared' }),
      learnt
    );
    const builtInBefore = await getCard(db, BUILTIN_SCOPE, 'shared');

    // A stranger's pack and a quiz link whose questions carry the same id, answered wrong.
    const at = new Date(t0.getTime() + MIN);
    for (const scope of [packScope('alaska-summit-copy'), quizScope('qz-stranger')])
      await recordAnswer(
        db,
        attempt({
          scope,
          packId: 'alaska-summit-copy',
          questionId: 'shared',
          correct: false,
          score: 0,
          at: at.getTime()
        }),
        reviewCard((await getCard(db, scope, 'shared'))?.card ?? newCard(at), wrong, at, 5000)
      );

    expect(await getCard(db, BUILTIN_SCOPE, 'shared')).toEqual(builtInBefore);
    expect((await getCard(db, packScope('alaska-summit-copy'), 'shared'))?.card.lapses).toBe(0);
    expect((await listCards(db)).map((c) => c.scope).sort()).toEqual([
      'builtin',
      'pack:alaska-summit-copy',
      'quiz:qz-stranger'
    ]);
    const inBuiltIn = await listAttempts(db, { scope: BUILTIN_SCOPE, questionId: 'shared' });
    expect(inBuiltIn.map((a) => a.correct)).toEqual([true]);
  });
});
