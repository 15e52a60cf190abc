import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { resultsCsv } from './csv';
import { type Quiz } from './quiz';
import { createQuiz } from './quiz-create';
import { encodeResult, type ResultAnswer } from './result-code';
import {
  addCodes as addTo,
  CLOCK_SKEW_MS,
  emptyCollection,
  keepSubmission,
  readCollection,
  splitCodes,
  studentsOf,
  type ResultCollection
} from './results';
import { scoreDistribution, summarize } from './stats';
import { counterRandom, samplePack } from './test-fixtures';

const pack = samplePack();
/** When the quiz was made, and when the teacher collects the codes. */
const made = new Date('2026-03-02T08:30:00Z');
const now = new Date('2026-03-02T10:00:00Z');
/** The teacher's device marks every code against its own copy of the questions. */
const addCodes = (collection: ResultCollection, text: string, at: Date) =>
  addTo(collection, text, at, pack.questions);
function quizOf(seed: number): Quiz {
  const setup = createQuiz(
    pack,
    {
      builtIn: false,
      selection: 'picked',
      picked: ['q-attr', 'q-fact', 'q-choice', 'q-tf'],
      order: 'fixed',
      secondsPerQuestion: 0,
      feedback: 'end'
    },
    { now: made, random: counterRandom(seed) }
  );
  if (!setup.ok) throw new Error(setup.message);
  return setup.quiz;
}
const quiz = quizOf(21);

const answer = (questionId: string, response: ResultAnswer['response']): ResultAnswer => ({
  questionId,
  response,
  seconds: 5
});
let attempts = 0;
const codeFor = (
  name: string,
  answers: ResultAnswer[],
  minute = 0,
  q = quiz,
  nonce = `attempt-${String(++attempts).padStart(4, '0')}`
) =>
  encodeResult(
    {
      quizId: q.quizId,
      name,
      finishedAt: Date.parse('2026-03-02T09:00:00Z') + minute * 60_000,
      nonce,
      answers
    },
    q
  );

const anna = () =>
  codeFor('Anna', [
    answer('q-attr', 0),
    answer('q-fact', 'fact'),
    answer('q-choice', [0]),
    answer('q-tf', true)
  ]);
const ben = () =>
  codeFor('Ben', [
    answer('q-attr', 2),
    answer('q-fact', 'opinion'),
    answer('q-choice', [2]),
    answer('q-tf', true)
  ]);
const chloe = () =>
  codeFor('=HYPERLINK("x")', [answer('q-attr', 2), answer('q-fact', 'fact'), answer('q-choice', [1])]);

describe('collecting codes', () => {
  it('adds pasted codes, several at once, with labels or separators around them', async () => {
    const text = `Anna: ${anna()}\n${ben()}, ${chloe()}`;
    expect(splitCodes(text)).toHaveLength(4);
    const { collection, outcomes } = await addCodes(emptyCollection(quiz), text, now);
    expect(outcomes.map((o) => o.status)).toEqual(['refused', 'added', 'added', 'added']);
    expect(outcomes[0]).toMatchObject({ status: 'refused', problem: 'format' });
    expect(collection.entries.map((e) => e.result.name)).toEqual(['Anna', 'Ben', '=HYPERLINK("x")']);
  });

  it('refuses the same code twice as a duplicate, and codes from another quiz', async () => {
    const code = anna();
    const first = await addCodes(emptyCollection(quiz), code, now);
    const again = await addCodes(first.collection, ` ${code} `, now);
    expect(again.outcomes).toEqual([
      { code, status: 'refused', problem: 'duplicate', message: 'Already collected (Anna).' }
    ]);
    expect(again.collection.entries).toHaveLength(1);
    const other = quizOf(22);
    const foreign = codeFor('Dev', [answer('q-tf', true)], 0, other);
    const refused = await addCodes(first.collection, foreign, now);
    expect(refused.outcomes[0]).toMatchObject({ status: 'refused', problem: 'other-quiz' });
  });

  it('keeps two different codes from one name, flags them, and lets the teacher choose', async () => {
    const early = codeFor('anna', [answer('q-tf', false)], 1);
    const late = codeFor('Anna ', [answer('q-tf', true)], 5);
    const { collection, outcomes } = await addCodes(emptyCollection(quiz), `${early} ${late}`, now);
    expect(outcomes[1]).toMatchObject({ status: 'added', sameName: true });
    const [student] = studentsOf(collection);
    expect(student.needsChoice).toBe(true);
    expect(student.candidates.map((c) => c.code)).toEqual([early, late]);
    // Neither counts until the teacher chooses: the later one does not silently replace the earlier one.
    const undecided = summarize(collection, pack.questions);
    expect(undecided.rows[0]).toMatchObject({ needsChoice: true, candidates: 2 });
    expect(undecided.average).toBeNull();
    const chosen = keepSubmission(collection, early);
    const [after] = studentsOf(chosen);
    expect(after).toMatchObject({ needsChoice: false, candidates: [{ code: early }] });
    expect(summarize(chosen, pack.questions).rows[0].correct).toBe(0);
    const pastedAgain = await addCodes(chosen, late, now);
    expect(pastedAgain.outcomes[0]).toMatchObject({ problem: 'duplicate' });
  });

  it('reads back a stored collection and reports a broken one instead of crashing', async () => {
    const { collection } = await addCodes(emptyCollection(quiz), anna(), now);
    const stored = JSON.parse(JSON.stringify(collection));
    expect(readCollection(stored)).toEqual({ ok: true, collection });
    const broken = readCollection({ ...stored, entries: [{ code: 5 }] });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.message).toContain('entries.0');
  });
});

describe('codes that must not count', () => {
  const base = () => addCodes(emptyCollection(quiz), anna(), now);

  it('marks answers on this device: a code holds answers, and its score is what they earn', async () => {
    const { collection } = await addCodes(emptyCollection(quiz), ben(), now);
    expect(collection.entries[0].result.answers.map((a) => a.correct)).toEqual([false, false, false, true]);
  });

  it('refuses a replayed attempt (same nonce), even with the name or answers changed', async () => {
    const { collection } = await base();
    const first = codeFor('Zoe', [answer('q-tf', false)], 2, quiz, 'attempt-zoe1');
    const replayed = codeFor('Mallory', [answer('q-tf', true)], 3, quiz, 'attempt-zoe1');
    const { outcomes } = await addCodes(collection, `${first} ${replayed}`, now);
    expect(outcomes[0]).toMatchObject({ status: 'added', name: 'Zoe' });
    expect(outcomes[1]).toMatchObject({ status: 'refused', problem: 'replay' });
    if (outcomes[1].status === 'refused')
      expect(outcomes[1].message).toContain('already collected (from Zoe)');
  });

  it('refuses a code dated after collection (beyond the clock skew) or before the quiz was made, with the reason', async () => {
    const at = (ms: number) =>
      encodeResult(
        {
          quizId: quiz.quizId,
          name: 'Tim',
          finishedAt: ms,
          nonce: `t-${String(ms % 1e9).padStart(10, '0')}`,
          answers: []
        },
        quiz
      );
    const skew = CLOCK_SKEW_MS;
    const future = await addCodes(emptyCollection(quiz), at(now.getTime() + skew + 60_000), now);
    expect(future.outcomes[0]).toMatchObject({ status: 'refused', problem: 'future' });
    if (future.outcomes[0].status === 'refused')
      expect(future.outcomes[0].message).toContain('after you collected it (2026-03-02 10:00 UTC)');
    const slightlyAhead = await addCodes(emptyCollection(quiz), at(now.getTime() + skew - 60_000), now);
    expect(slightlyAhead.outcomes[0].status).toBe('added');
    const early = await addCodes(emptyCollection(quiz), at(made.getTime() - skew - 60_000), now);
    expect(early.outcomes[0]).toMatchObject({ status: 'refused', problem: 'before-quiz' });
    if (early.outcomes[0].status === 'refused')
      expect(early.outcomes[0].message).toContain('before this quiz was made');
  });

  it('shows look-alike and invisible-character names as one name for the teacher to resolve, flagged', async () => {
    const codes = ['Anna', 'ANNA​', 'Аnna'].map((name, i) => codeFor(name, [answer('q-tf', true)], i));
    const { collection, outcomes } = await addCodes(emptyCollection(quiz), codes.join(' '), now);
    expect(outcomes.map((o) => o.status === 'added' && o.sameName)).toEqual([false, true, true]);
    const [student, ...others] = studentsOf(collection);
    expect(others).toHaveLength(0);
    expect(student.candidates).toHaveLength(3);
    const row = summarize(collection, pack.questions).rows[0];
    expect(row).toMatchObject({ needsChoice: true, candidates: 3 });
    expect(row.nameWarning).toContain('invisible characters');
    const kept = keepSubmission(collection, codes[2]);
    const resolved = summarize(kept, pack.questions).rows[0];
    expect(resolved).toMatchObject({ needsChoice: false, name: 'Аnna' });
    expect(resolved.nameWarning).toContain('mixes Latin and Cyrillic letters');
  });

  it('refuses codes it cannot mark (the questions did not load) rather than guessing', async () => {
    const { outcomes } = await addTo(emptyCollection(quiz), anna(), now, []);
    expect(outcomes[0]).toMatchObject({ status: 'refused', problem: 'ungradable' });
  });
});

describe('summary', () => {
  it('computes scores, the average, difficulty and the most-chosen wrong answer by its text', async () => {
    const text = [anna(), ben(), chloe()].join(' ');
    const { collection } = await addCodes(emptyCollection(quiz), text, now);
    const summary = summarize(collection, pack.questions);
    expect(summary.rows.map((r) => [r.name, r.correct, r.percent])).toEqual([
      ['Anna', 4, 100],
      ['Ben', 1, 25],
      ['=HYPERLINK("x")', 1, 25]
    ]);
    expect(summary.average).toBe(50);
    const attr = summary.questions[0];
    expect(attr).toMatchObject({
      correct: 1,
      answered: 3,
      mostChosenWrong: { label: 'Wolfgang Ischinger', count: 2 }
    });
    expect(attr.shareCorrect).toBeCloseTo(1 / 3);
    expect(summary.questions[3]).toMatchObject({ answered: 2, correct: 2, mostChosenWrong: null });
    expect(summary.rows[2].cells[3]).toBeNull();
    expect(summary.distribution.map((b) => b.count)).toEqual([0, 2, 0, 0, 1]);
  });

  it('uses 10 % bands for long quizzes', () => {
    const buckets = scoreDistribution(
      [
        { correct: 20, total: 20 },
        { correct: 19, total: 20 },
        { correct: 0, total: 20 },
        { correct: 11, total: 20 }
      ],
      20
    );
    expect(buckets).toHaveLength(10);
    expect(buckets[9]).toEqual({ label: '90–100%', count: 2 });
    expect(buckets[5].count).toBe(1);
    expect(buckets[0].count).toBe(1);
  });
});

describe('CSV export', () => {
  it('writes RFC 4180 CSV that parses back, with formula-like text defused', async () => {
    const text = [anna(), ben(), chloe()].join(' ');
    const { collection } = await addCodes(emptyCollection(quiz), text, now);
    const csv = resultsCsv(summarize(collection, pack.questions));
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed[0].slice(0, 6)).toEqual([
      'Student',
      'Correct',
      'Questions',
      'Percent',
      'Seconds',
      'Q1: Who said this?'
    ]);
    expect(parsed[1].slice(0, 4)).toEqual(['Anna', '4', '4', '100']);
    const chloeRow = parsed[3];
    expect(chloeRow[0]).toBe(`'=HYPERLINK("x")`);
    // Ben picked the option whose text is "=SUM(A1)"; it must not run as a formula
    expect(parsed[2][9]).toBe("'=SUM(A1)");
    expect(chloeRow[9]).toBe('six hours');
    expect(chloeRow[11]).toBe('');
  });
});
