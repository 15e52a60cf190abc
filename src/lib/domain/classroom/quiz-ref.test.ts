import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../packs/schema';
import { decodeQuiz, encodeQuiz, openRef, quizLink } from './link';
import { MAX_QUIZ_QUESTIONS, type Quiz } from './quiz';
import { createQuiz, type QuizSettings } from './quiz-create';
import { decodeResult } from './result-code';
import { counterRandom, samplePack } from './test-fixtures';

// 4 markable questions + 101 = 105, the size of the largest built-in pack ("All 105").
const whole = samplePack(101);
const now = new Date('2026-12-01T09:00:00Z');
// A long origin with a base path, as on a school's own server.
const ORIGIN = 'https://media-literacy.school-district.example/sourcewise';

function make(pack: Pack, settings: Partial<QuizSettings>, seed = 3): Quiz {
  const setup = createQuiz(
    pack,
    {
      builtIn: true,
      selection: 'all',
      order: 'shuffled',
      secondsPerQuestion: 240,
      feedback: 'end',
      ...settings
    },
    { now, random: counterRandom(seed) }
  );
  if (!setup.ok) throw new Error(setup.message);
  return setup.quiz;
}

/** What the student's device makes of the link, with its own copy of the pack. */
function open(link: string, pack: Pack) {
  const decoded = decodeQuiz(link);
  if (!decoded.ok || decoded.kind !== 'ref') throw new Error('not a reference link');
  return openRef(decoded.payload, decoded.ref, pack);
}

const qrVersion = (text: string) => QRCode.create(text, { errorCorrectionLevel: 'M' }).version;
const extraIds = whole.questions.filter((q) => q.id.startsWith('q-extra')).map((q) => q.id);
const longTitle = 'Lateral reading, week 3: the Alaska summit (B)'; // 46 characters

describe('built-in quiz links (q2, a reference)', () => {
  const variants: [string, Partial<QuizSettings>][] = [
    ['all 105', { selection: 'all', title: longTitle }],
    ['a random 60', { selection: 'random', count: 60, title: longTitle }],
    [
      '105 picked',
      {
        selection: 'picked',
        picked: whole.questions.map((q) => q.id).filter((id) => !/desc|open/.test(id)),
        title: longTitle
      }
    ],
    ['every other one picked', { selection: 'picked', picked: extraIds.filter((_, i) => i % 2 === 0) }]
  ];

  it.each(variants)('fit a QR code of version 10 or lower: %s', (_, settings) => {
    const quiz = make(whole, settings);
    const link = quizLink(ORIGIN, quiz);
    expect(link).toContain('/quiz#q2.');
    expect(qrVersion(link)).toBeLessThanOrEqual(10);
  });

  it.each(variants)("open on a student's device as the same quiz: %s", (_, settings) => {
    const quiz = make(whole, settings);
    expect(open(quizLink(ORIGIN, quiz), samplePack(101))).toEqual({ ok: true, kind: 'quiz', quiz });
  });

  it('keep "All 105" at 105, and refuse (never cut) a selection above the limit, saying so', () => {
    expect(make(whole, { selection: 'all' }).questionIds).toHaveLength(105);
    const huge = samplePack(MAX_QUIZ_QUESTIONS);
    const settings = { builtIn: true, order: 'fixed', secondsPerQuestion: 0, feedback: 'each' } as const;
    const all = createQuiz(huge, { ...settings, selection: 'all' }, { now, random: counterRandom(1) });
    expect(all).toMatchObject({ ok: false, field: 'selection' });
    if (!all.ok) expect(all.message).toContain(`at most ${MAX_QUIZ_QUESTIONS} questions (this would be 204)`);
    const random = createQuiz(
      huge,
      { ...settings, selection: 'random', count: 201 },
      { now, random: counterRandom(1) }
    );
    expect(random).toMatchObject({ ok: false, field: 'count' });
  });

  it('refuse a title too long for a readable code, before the quiz is made', () => {
    const setup = createQuiz(
      whole,
      {
        builtIn: true,
        selection: 'all',
        order: 'fixed',
        secondsPerQuestion: 0,
        feedback: 'each',
        title: 'Ä'.repeat(30)
      },
      { now, random: counterRandom(1) }
    );
    expect(setup).toMatchObject({ ok: false, field: 'title' });
  });

  it('refuse a link with any single character changed, or cut', () => {
    const payload = encodeQuiz(make(whole, { selection: 'random', count: 12 }));
    for (let at = 3; at < payload.length; at++) {
      const ch = payload[at] === 'A' ? 'B' : 'A';
      const decoded = decodeQuiz(payload.slice(0, at) + ch + payload.slice(at + 1));
      expect(decoded.ok, `character ${at}`).toBe(false);
    }
    expect(decodeQuiz(payload.slice(0, -3))).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('tell a student whose app has another version of the pack, instead of asking other questions', () => {
    const link = quizLink(ORIGIN, make(whole, { selection: 'random', count: 10 }));
    const changed = { ...whole, questions: whole.questions.slice(0, -1) };
    const opened = open(link, changed);
    expect(opened).toMatchObject({ ok: false });
    if (!opened.ok) expect(opened.message).toContain('another version of the pack');
  });

  it('still open the saved q2 link and read its saved SW2 code (tests/fixtures/classroom)', async () => {
    const fixture = (name: string) =>
      readFileSync(new URL(`../../../../tests/fixtures/classroom/${name}`, import.meta.url), 'utf8').trim();
    const opened = open(fixture('q2-link.txt'), samplePack());
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.quiz).toMatchObject({
      quizId: 'qz-25mrw73dpm0',
      title: 'Saved v2 quiz',
      packId: 'sample-pack',
      questionIds: ['q-attr', 'q-choice', 'q-tf'],
      selection: 'picked',
      seed: 4242,
      order: 'shuffled',
      secondsPerQuestion: 30,
      feedback: 'end',
      createdAt: Date.parse('2026-12-01T09:00:00Z')
    });
    const decoded = await decodeResult(fixture('sw2-result.txt'), opened.quiz);
    expect(decoded).toEqual({
      ok: true,
      result: {
        quizId: 'qz-25mrw73dpm0',
        name: 'Ben',
        nonce: 'Zx9-Ab_12345',
        finishedAt: Date.parse('2026-12-01T09:10:00Z'),
        answers: [
          { questionId: 'q-tf', response: true, seconds: 6 },
          { questionId: 'q-attr', response: 2, seconds: 9 },
          { questionId: 'q-choice', response: null, seconds: 30 }
        ]
      }
    });
  });
});
