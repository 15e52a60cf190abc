import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { resultsCsv } from './csv';
import { createQuiz, type Quiz } from './quiz';
import { encodeResult, type ResultAnswer } from './result-code';
import { addCodes, emptyCollection, keepSubmission, readCollection, splitCodes, studentsOf } from './results';
import { scoreDistribution, summarize } from './stats';
import { counterRandom, samplePack } from './test-fixtures';

const pack = samplePack();
const now = new Date('2026-03-02T10:00:00Z');
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
    { now, random: counterRandom(seed) }
  );
  if (!setup.ok) throw new Error(setup.message);
  return setup.quiz;
}
const quiz = quizOf(21);

const answer = (questionId: string, response: ResultAnswer['response'], correct: boolean): ResultAnswer => ({
  questionId,
  response,
  correct,
  seconds: 5
});
const codeFor = (name: string, answers: ResultAnswer[], minute = 0, q = quiz) =>
  encodeResult(
    { quizId: q.quizId, name, finishedAt: Date.parse('2026-03-02T09:00:00Z') + minute * 60_000, answers },
    q
  );

const anna = () =>
  codeFor('Anna', [
    answer('q-attr', 0, true),
    answer('q-fact', 'fact', true),
    answer('q-choice', 0, true),
    answer('q-tf', true, true)
  ]);
const ben = () =>
  codeFor('Ben', [
    answer('q-attr', 2, false),
    answer('q-fact', 'opinion', false),
    answer('q-choice', 2, false),
    answer('q-tf', true, true)
  ]);
const chloe = () =>
  codeFor('=HYPERLINK("x")', [
    answer('q-attr', 2, false),
    answer('q-fact', 'fact', true),
    answer('q-choice', 1, false)
  ]);

describe('collecting codes', () => {
  it('adds pasted codes, several at once, with labels or separators around them', async () => {
    const text = `Anna: ${await anna()}\n${await ben()}, ${await chloe()}`;
    expect(splitCodes(text)).toHaveLength(4);
    const { collection, outcomes } = await addCodes(emptyCollection(quiz), text, now);
    expect(outcomes.map((o) => o.status)).toEqual(['refused', 'added', 'added', 'added']);
    expect(outcomes[0]).toMatchObject({ status: 'refused', problem: 'format' });
    expect(collection.entries.map((e) => e.result.name)).toEqual(['Anna', 'Ben', '=HYPERLINK("x")']);
  });

  it('refuses the same code twice as a duplicate, and codes from another quiz', async () => {
    const code = await anna();
    const first = await addCodes(emptyCollection(quiz), code, now);
    const again = await addCodes(first.collection, ` ${code} `, now);
    expect(again.outcomes).toEqual([
      { code, status: 'refused', problem: 'duplicate', message: 'Already collected (Anna).' }
    ]);
    expect(again.collection.entries).toHaveLength(1);
    const other = quizOf(22);
    const foreign = await codeFor('Dev', [answer('q-tf', true, true)], 0, other);
    const refused = await addCodes(first.collection, foreign, now);
    expect(refused.outcomes[0]).toMatchObject({ status: 'refused', problem: 'other-quiz' });
  });

  it('keeps two different codes from one name, flags them, and lets the teacher choose', async () => {
    const early = await codeFor('anna', [answer('q-tf', false, false)], 1);
    const late = await codeFor('Anna ', [answer('q-tf', true, true)], 5);
    const { collection, outcomes } = await addCodes(emptyCollection(quiz), `${early} ${late}`, now);
    expect(outcomes[1]).toMatchObject({ status: 'added', sameName: true });
    const [student] = studentsOf(collection);
    expect(student.needsChoice).toBe(true);
    expect(student.counted.code).toBe(late);
    const chosen = keepSubmission(collection, early);
    const [after] = studentsOf(chosen);
    expect(after).toMatchObject({ needsChoice: false, candidates: [{ code: early }] });
    expect(summarize(chosen, pack.questions).rows[0].correct).toBe(0);
    const pastedAgain = await addCodes(chosen, late, now);
    expect(pastedAgain.outcomes[0]).toMatchObject({ problem: 'duplicate' });
  });

  it('reads back a stored collection and reports a broken one instead of crashing', async () => {
    const { collection } = await addCodes(emptyCollection(quiz), await anna(), now);
    const stored = JSON.parse(JSON.stringify(collection));
    expect(readCollection(stored)).toEqual({ ok: true, collection });
    const broken = readCollection({ ...stored, entries: [{ code: 5 }] });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.message).toContain('entries.0');
  });
});

describe('summary', () => {
  it('computes scores, the average, difficulty and the most-chosen wrong answer by its text', async () => {
    const text = [await anna(), await ben(), await chloe()].join(' ');
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
    const text = [await anna(), await ben(), await chloe()].join(' ');
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
