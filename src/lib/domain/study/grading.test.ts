import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeQuestion, outlets, pairs } from '../questions/testing';
import { answerPattern, grade, normalizeAnswerText, parseNumberInput } from './grading';

const q = (fields: Record<string, unknown>) =>
  makeQuestion({ id: 'q', prompt: 'Q?', explanation: '', ...fields });

describe('generated question types', () => {
  it('grades attribution and altered-detail by the chosen index', () => {
    const attribution = q({
      type: 'attribution',
      quote: '“Gotta make a deal”',
      options: ['A', 'B', 'C'],
      answer: 2
    });
    expect(grade(attribution, { type: 'attribution', choice: 2 })).toEqual({
      correct: true,
      score: 1,
      graded: true
    });
    expect(grade(attribution, { type: 'attribution', choice: 0 })).toMatchObject({
      correct: false,
      score: 0
    });
    const detail = q({
      type: 'altered-detail',
      options: ['2 1/2 hours', 'six hours'],
      answer: 0,
      detailKind: 'duration'
    });
    expect(grade(detail, { type: 'altered-detail', choice: 0 }).correct).toBe(true);
    expect(grade(detail, { type: 'altered-detail', choice: 1 }).correct).toBe(false);
  });

  it('grades fact/opinion labels and spot-error verdicts', () => {
    const fo = q({ type: 'fact-opinion', statement: 'Russia invaded in 2022.', answer: 'fact' });
    expect(grade(fo, { type: 'fact-opinion', label: 'fact' }).correct).toBe(true);
    expect(grade(fo, { type: 'fact-opinion', label: 'opinion' }).correct).toBe(false);
    const evidence = { sourceId: 's', start: 0, end: 5, excerpt: 'In fact' };
    const se = q({
      type: 'spot-error',
      claim: 'No country uses mail-in voting.',
      answer: 'contradicted',
      evidence
    });
    expect(grade(se, { type: 'spot-error', verdict: 'contradicted' }).correct).toBe(true);
    expect(grade(se, { type: 'spot-error', verdict: 'holds-up' }).score).toBe(0);
  });

  it('gives partial credit per outlet in a discrepancy', () => {
    const d = q({
      type: 'discrepancy',
      topic: 'how long the talks lasted',
      outlets: outlets('DW', 'Metro', 'Business Standard'),
      values: ['2½ h', '2 h 45 min', 'nearly three hours'],
      answer: [0, 1, 2]
    });
    expect(grade(d, { type: 'discrepancy', values: [0, 1, 2] })).toMatchObject({ correct: true, score: 1 });
    const partial = grade(d, { type: 'discrepancy', values: [0, 2, null] });
    expect(partial.correct).toBe(false);
    expect(partial.score).toBeCloseTo(1 / 3);
  });
});

describe('choice', () => {
  const single = q({
    type: 'choice',
    options: [
      { text: 'Anchorage', weight: 100, feedback: 'Yes, at a military base.' },
      { text: 'Juneau', weight: 50, feedback: 'The capital, but no.' },
      { text: 'Moscow', weight: 0 }
    ]
  });

  it('scores a single choice by its weight and returns its feedback', () => {
    expect(grade(single, { type: 'choice', choices: [0] })).toEqual({
      correct: true,
      score: 1,
      graded: true,
      feedback: 'Yes, at a military base.'
    });
    expect(grade(single, { type: 'choice', choices: [1] })).toMatchObject({ correct: false, score: 0.5 });
    expect(grade(single, { type: 'choice', choices: [2] })).toMatchObject({ correct: false, score: 0 });
  });

  it('gives nothing for two picks on a single-choice question or for no pick', () => {
    expect(grade(single, { type: 'choice', choices: [0, 1] }).score).toBe(0);
    expect(grade(single, { type: 'choice', choices: [] }).score).toBe(0);
  });

  const multiple = q({
    type: 'choice',
    multiple: true,
    options: [
      { text: 'Trump', weight: 50 },
      { text: 'Putin', weight: 50 },
      { text: 'Zelensky', weight: -100 },
      { text: 'Merkel', weight: -50 }
    ]
  });

  it('adds chosen weights on a multiple-answer question, with negative weights subtracting', () => {
    expect(grade(multiple, { type: 'choice', choices: [0, 1] })).toMatchObject({ correct: true, score: 1 });
    expect(grade(multiple, { type: 'choice', choices: [0] })).toMatchObject({ correct: false, score: 0.5 });
    expect(grade(multiple, { type: 'choice', choices: [0, 1, 3] }).score).toBe(0.5);
  });

  it('never scores below zero and ignores repeated or out-of-range picks', () => {
    expect(grade(multiple, { type: 'choice', choices: [0, 2] }).score).toBe(0);
    expect(grade(multiple, { type: 'choice', choices: [0, 0, 0, 9] }).score).toBe(0.5);
  });
});

describe('true/false', () => {
  it('grades the value and shows the feedback for the answer given', () => {
    const tf = q({
      type: 'true-false',
      answer: false,
      feedbackTrue: 'No: it was Alaska.',
      feedbackFalse: 'Right.'
    });
    expect(grade(tf, { type: 'true-false', value: false })).toEqual({
      correct: true,
      score: 1,
      graded: true,
      feedback: 'Right.'
    });
    expect(grade(tf, { type: 'true-false', value: true })).toMatchObject({
      correct: false,
      feedback: 'No: it was Alaska.'
    });
  });
});

describe('short answer', () => {
  const sa = q({
    type: 'short-answer',
    answers: [
      { text: 'Anchorage', weight: 100 },
      { text: 'Joint Base Elmendorf*', weight: 100 },
      { text: 'Alaska', weight: 50, feedback: 'Which city?' }
    ]
  });

  it('ignores case, surrounding space and repeated inner spaces by default', () => {
    expect(grade(sa, { type: 'short-answer', text: '  anchorage ' }).correct).toBe(true);
    expect(grade(sa, { type: 'short-answer', text: 'joint   base\telmendorf-richardson' }).correct).toBe(
      true
    );
  });

  it('gives the weight of the best matching answer, with its feedback', () => {
    expect(grade(sa, { type: 'short-answer', text: 'ALASKA' })).toMatchObject({
      correct: false,
      score: 0.5,
      feedback: 'Which city?'
    });
    expect(grade(sa, { type: 'short-answer', text: 'Fairbanks' }).score).toBe(0);
    expect(grade(sa, { type: 'short-answer', text: '   ' }).score).toBe(0);
  });

  it('respects case when the question asks for it', () => {
    const cs = q({ type: 'short-answer', answers: [{ text: 'NATO' }], caseSensitive: true });
    expect(grade(cs, { type: 'short-answer', text: 'NATO' }).correct).toBe(true);
    expect(grade(cs, { type: 'short-answer', text: 'nato' }).correct).toBe(false);
  });

  it('treats * as a wildcard, \\* as a literal star and other characters literally', () => {
    expect(answerPattern('a*c').test('abbbc')).toBe(true);
    expect(answerPattern('a\\*c').test('a*c')).toBe(true);
    expect(answerPattern('a\\*c').test('abc')).toBe(false);
    expect(answerPattern('2.5 (approx)').test('2x5 (approx)')).toBe(false);
    expect(normalizeAnswerText('  Ä  b ', { accentsMatter: true })).toBe('ä b');
    expect(normalizeAnswerText('  Ä  b ')).toBe('a b');
  });
});

describe('numerical', () => {
  const num = q({
    type: 'numerical',
    answers: [
      { value: 2.5, tolerance: 0.25 },
      { min: 2, max: 3, weight: 50, feedback: 'Close.' }
    ]
  });

  it('accepts values within the tolerance and the edges of it', () => {
    expect(grade(num, { type: 'numerical', value: 2.5 }).correct).toBe(true);
    expect(grade(num, { type: 'numerical', value: 2.75 }).correct).toBe(true);
    expect(grade(num, { type: 'numerical', value: 2.25 }).correct).toBe(true);
  });

  it('lets the best weight win among several matching answers, and ranges count inclusively', () => {
    expect(grade(num, { type: 'numerical', value: 2.9 })).toMatchObject({
      correct: false,
      score: 0.5,
      feedback: 'Close.'
    });
    expect(grade(num, { type: 'numerical', value: 3 }).score).toBe(0.5);
    expect(grade(num, { type: 'numerical', value: 3.01 }).score).toBe(0);
    expect(grade(num, { type: 'numerical', value: Number.NaN }).score).toBe(0);
  });

  it('is not fooled by floating point sums', () => {
    const exact = q({ type: 'numerical', answers: [{ value: 0.3 }] });
    expect(grade(exact, { type: 'numerical', value: 0.1 + 0.2 }).correct).toBe(true);
  });

  it('reads numbers as learners type them', () => {
    expect(parseNumberInput(' 2,5 ')).toBe(2.5);
    expect(parseNumberInput('1,000')).toBe(1000);
    expect(parseNumberInput('1 000.5')).toBe(1000.5);
    expect(parseNumberInput('-3e2')).toBe(-300);
    expect(parseNumberInput('two')).toBeNull();
    expect(parseNumberInput('')).toBeNull();
    expect(parseNumberInput('1.2.3')).toBeNull();
  });
});

describe('matching', () => {
  const m = q({
    type: 'matching',
    pairs: pairs(
      ['DW', '2½ hours'],
      ['Metro', '2 hours 45 minutes'],
      ['Business Standard', 'nearly three hours'],
      ['', 'six hours']
    )
  });

  it('gives credit per correctly matched pair and is right only when all are', () => {
    const all = { '0': '2½ hours', '1': '2 hours 45 minutes', '2': 'nearly three hours' };
    expect(grade(m, { type: 'matching', matches: all })).toMatchObject({ correct: true, score: 1 });
    const some = grade(m, { type: 'matching', matches: { '0': '2½ hours', '1': 'six hours' } });
    expect(some.correct).toBe(false);
    expect(some.score).toBeCloseTo(1 / 3);
  });
});

describe('ungraded and mismatched responses', () => {
  it('does not grade description cards or open responses', () => {
    expect(grade(q({ type: 'description' }), { type: 'description' })).toEqual({
      correct: false,
      score: 0,
      graded: false
    });
    expect(grade(q({ type: 'open-response' }), { type: 'open-response', text: 'My view' }).graded).toBe(
      false
    );
  });

  it('scores a response of the wrong type as wrong instead of throwing', () => {
    const fo = q({ type: 'fact-opinion', statement: 'S', answer: 'fact' });
    expect(grade(fo, { type: 'true-false', value: true })).toMatchObject({
      correct: false,
      score: 0,
      graded: true
    });
  });
});

describe('grading invariants', () => {
  const weights = fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 6 });

  it('keeps every choice score within 0..1, and right means full marks', () => {
    fc.assert(
      fc.property(weights, fc.boolean(), fc.array(fc.nat(7), { maxLength: 8 }), (ws, multiple, picks) => {
        fc.pre(ws.some((w) => w > 0));
        const question = q({
          type: 'choice',
          multiple,
          options: ws.map((weight, i) => ({ text: `o${i}`, weight }))
        });
        const g = grade(question, { type: 'choice', choices: picks });
        expect(g.score).toBeGreaterThanOrEqual(0);
        expect(g.score).toBeLessThanOrEqual(1);
        expect(g.correct).toBe(g.score > 1 - 1e-9);
      })
    );
  });

  it('accepts a short answer typed exactly as written, whatever characters it contains', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (text) => {
        fc.pre(text.trim().length > 0 && !text.includes('*'));
        const question = q({ type: 'short-answer', answers: [{ text }] });
        expect(grade(question, { type: 'short-answer', text: ` ${text.toUpperCase()} ` }).correct).toBe(true);
      })
    );
  });

  it('folds curly quotes and apostrophes typed on phones', () => {
    const question = q({ type: 'short-answer', answers: [{ text: "don't know" }] });
    expect(grade(question, { type: 'short-answer', text: 'Don’t know' }).correct).toBe(true);
  });
});
