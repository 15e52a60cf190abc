import { describe, expect, it } from 'vitest';
import { decodeQuiz, openShortCode, quizLink } from './link';
import { type Quiz } from './quiz';
import { createQuiz, type QuizSettings } from './quiz-create';
import { decodeRef } from './quiz-ref';
import { formatShortCode, parseShortCode, shortCodeFor } from './short-code';
import { counterRandom, samplePack } from './test-fixtures';

const pack = samplePack(101);
const now = new Date('2026-12-01T09:00:00Z');

function make(settings: Partial<QuizSettings>, seed = 7): Quiz {
  const setup = createQuiz(
    pack,
    {
      builtIn: true,
      selection: 'all',
      order: 'shuffled',
      secondsPerQuestion: 0,
      feedback: 'each',
      ...settings
    },
    { now, random: counterRandom(seed) }
  );
  if (!setup.ok) throw new Error(setup.message);
  return setup.quiz;
}

const codeOf = (quiz: Quiz) => shortCodeFor(decodeRef(quiz.ref!));

function typed(text: string) {
  const decoded = decodeQuiz(`k1.${text}`);
  if (!decoded.ok || decoded.kind !== 'short')
    throw new Error(decoded.ok ? 'not a short code' : decoded.message);
  return openShortCode(decoded.fields, samplePack(101));
}

describe('short quiz codes', () => {
  const typeable: [string, Partial<QuizSettings>][] = [
    ['all, shuffled', { selection: 'all' }],
    [
      'a random 12, feedback at the end, 30 s timer',
      { selection: 'random', count: 12, feedback: 'end', secondsPerQuestion: 30 }
    ],
    ['a random 100 in a fixed order', { selection: 'random', count: 100, order: 'fixed' }]
  ];

  it.each(typeable)('stand for the same quiz as the link and the QR code: %s', (_, settings) => {
    const quiz = make(settings);
    const code = codeOf(quiz);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(quiz.quizId).toBe(`qc-${code!.toLowerCase()}`);
    const opened = typed(code!);
    expect(opened).toMatchObject({ ok: true, quiz: { quizId: quiz.quizId, questionIds: quiz.questionIds } });
    expect(opened?.ok && opened.quiz).toMatchObject({
      order: quiz.order,
      feedback: quiz.feedback,
      secondsPerQuestion: quiz.secondsPerQuestion
    });
  });

  it('read what a student types: any case, spaces and dashes, O for 0 and I or L for 1', () => {
    const code = codeOf(make({ selection: 'random', count: 20 }, 11))!;
    const sloppy = formatShortCode(code)
      .toLowerCase()
      .replace(/0/g, 'o')
      .replace(/1/g, 'l')
      .replace('-', ' - ');
    expect(typed(sloppy)).toMatchObject({ ok: true });
    const wrongLength = decodeQuiz(`k1.${code.slice(1)}`);
    expect(wrongLength).toMatchObject({ ok: false });
    if (!wrongLength.ok) expect(wrongLength.message).toContain('has 8 letters and digits; this one has 7');
    expect(parseShortCode(`${code.slice(0, 7)}U`)).toMatchObject({ ok: false });
  });

  it('catch almost every one-character typo instead of opening another quiz', () => {
    const code = codeOf(make({ selection: 'random', count: 20 }, 13))!;
    let accepted = 0;
    let tried = 0;
    for (let at = 0; at < code.length; at++)
      for (const ch of '0123456789ABCDEFGHJKMNPQRSTVWXYZ') {
        if (ch === code[at]) continue;
        tried++;
        const opened = typed(code.slice(0, at) + ch + code.slice(at + 1));
        if (opened?.ok) accepted++;
      }
    // A 7-bit check lets about 1 typo in 128 through; such a code's quiz has another id, so the teacher's table
    // refuses its result code as belonging to another quiz.
    expect(tried).toBe(248);
    expect(accepted).toBeLessThanOrEqual(6);
  });

  it('are not offered for what they cannot hold: a picked set, an own title, an unusual timer', () => {
    expect(codeOf(make({ selection: 'picked', picked: ['q-tf', 'q-attr'] }))).toBeNull();
    expect(codeOf(make({ title: 'Week 3' }))).toBeNull();
    expect(codeOf(make({ secondsPerQuestion: 25 }))).toBeNull();
    const titled = make({ title: 'Week 3' });
    expect(titled.quizId).toMatch(/^qz-/);
    expect(quizLink('https://x.example', titled)).toContain('#q2.');
  });

  it('refuse a code made on another version of the pack', () => {
    const code = codeOf(make({ selection: 'all' }))!;
    const decoded = decodeQuiz(`k1.${code}`);
    if (!decoded.ok || decoded.kind !== 'short') throw new Error('not a short code');
    const changed = { ...pack, questions: pack.questions.slice(0, -1) };
    expect(openShortCode(decoded.fields, changed)).toBeNull();
  });
});
