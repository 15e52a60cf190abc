import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compressJson, decompressJson, fitsInQr, fromBase64Url, toBase64Url } from './codec';
import { decodeQuiz } from './link';
import { type Quiz } from './quiz';
import { createQuiz } from './quiz-create';
import { decodeResult, encodeResult, type QuizResult } from './result-code';
import { counterRandom, NONCE, samplePack } from './test-fixtures';

function quizOf(seed: number, extra = 0): Quiz {
  const setup = createQuiz(
    samplePack(extra),
    { builtIn: true, selection: 'all', order: 'shuffled', secondsPerQuestion: 20, feedback: 'each' },
    { now: new Date('2026-03-02T09:00:00Z'), random: counterRandom(seed) }
  );
  if (!setup.ok) throw new Error(setup.message);
  return setup.quiz;
}

const quiz = quizOf(11);
const result: QuizResult & { nonce: string } = {
  quizId: quiz.quizId,
  name: '  Anna   Lee ',
  finishedAt: Date.parse('2026-03-02T09:12:30Z'),
  nonce: NONCE,
  answers: [
    { questionId: 'q-tf', response: true, seconds: 4.4 },
    { questionId: 'q-attr', response: 2, seconds: 12 },
    { questionId: 'q-fact', response: 'fact', seconds: 7 },
    { questionId: 'q-choice', response: null, seconds: 20 }
  ]
};

/** Replaces one character of the code body with a different base64url character. */
function flip(code: string, at: number): string {
  const ch = code[at] === 'A' ? 'B' : 'A';
  return code.slice(0, at) + ch + code.slice(at + 1);
}

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../tests/fixtures/classroom/${name}`, import.meta.url), 'utf8').trim();

describe('result codes (SW2)', () => {
  it('round-trip name, answers, nonce and whole seconds, without any marks; short enough for a QR code', async () => {
    const code = encodeResult(result, quiz);
    expect(code).toMatch(/^SW2\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(200);
    expect(fitsInQr(code)).toBe(true);
    expect(await decodeResult(code, quiz)).toEqual({
      ok: true,
      result: {
        ...result,
        name: 'Anna Lee',
        answers: result.answers.map((a) => ({ ...a, seconds: Math.round(a.seconds) }))
      }
    });
  });

  it('refuses a code with any single character changed', async () => {
    const code = encodeResult(result, quiz);
    for (let at = 4; at < code.length; at++) {
      const decoded = await decodeResult(flip(code, at), quiz);
      expect(decoded.ok, `flipped character ${at}`).toBe(false);
      if (!decoded.ok) expect(decoded.problem).toBe('damaged');
    }
  });

  it('has no place for a score: a code that claims marks is not a result code', async () => {
    const wire = decompressJson(fromBase64Url(encodeResult(result, quiz).slice(4)), 1 << 20) as unknown[];
    const claimed = [...wire.slice(0, 4), (wire[4] as unknown[][]).map(([i, r, s]) => [i, r, 1, s])];
    const decoded = await decodeResult(`SW2.${toBase64Url(compressJson(claimed))}`, quiz);
    expect(decoded).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('refuses a code from another quiz, naming that it is a different quiz', async () => {
    const other = quizOf(99);
    const code = encodeResult({ ...result, quizId: other.quizId }, other);
    expect(other.quizId).not.toBe(quiz.quizId);
    const decoded = await decodeResult(code, quiz);
    expect(decoded).toMatchObject({ ok: false, problem: 'other-quiz', quizId: other.quizId });
  });

  it('refuses text that is not a code, a newer format, and a truncated code', async () => {
    const code = encodeResult(result, quiz);
    expect(await decodeResult('hello', quiz)).toMatchObject({ ok: false, problem: 'format' });
    const newer = await decodeResult('SW3.' + code.slice(4), quiz);
    expect(newer).toMatchObject({ ok: false, problem: 'version' });
    if (!newer.ok) expect(newer.message).toContain('newer version');
    expect(await decodeResult(code.slice(0, 20), quiz)).toMatchObject({ ok: false, problem: 'damaged' });
    expect(await decodeResult('SW2.', quiz)).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('refuses to encode an answer to a question outside the quiz', () => {
    const stray = { ...result, answers: [{ questionId: 'q-open', response: 'x', seconds: 1 }] };
    expect(() => encodeResult(stray, quiz)).toThrow('not in quiz');
  });

  it('keeps a 60-question quiz with typed answers within a scannable QR code', () => {
    const long = quizOf(5, 60);
    const answers = long.questionIds.map((questionId, i) => ({
      questionId,
      response: i % 2 ? `Anchorage ${i}` : i % 3,
      seconds: 10 + (i % 20)
    }));
    const code = encodeResult(
      { quizId: long.quizId, name: 'A student', finishedAt: 0, nonce: NONCE, answers },
      long
    );
    expect(fitsInQr(code)).toBe(true);
  });
});

describe('result codes (SW1, issued until version 2)', () => {
  // Made by the app before result codes carried answers only (tests/fixtures/classroom/README.md).
  const opened = decodeQuiz(fixture('q1-link.txt'));
  if (!opened.ok || opened.kind !== 'quiz') throw new Error('the saved q1 link no longer opens');
  const v1Quiz = opened.quiz;
  const v1Code = fixture('sw1-result.txt');

  it('still reads a saved SW1 code: its answers, without the marks it claimed', async () => {
    const decoded = await decodeResult(v1Code, v1Quiz);
    expect(decoded).toEqual({
      ok: true,
      result: {
        quizId: v1Quiz.quizId,
        name: 'Anna',
        finishedAt: Date.parse('2026-11-20T09:12:00Z'),
        answers: [
          { questionId: 'q-attr', response: 0, seconds: 5 },
          { questionId: 'q-fact', response: 'opinion', seconds: 7 },
          { questionId: 'q-choice', response: [0], seconds: 4 },
          { questionId: 'q-tf', response: true, seconds: 3 }
        ]
      }
    });
  });

  it('still refuses a SW1 code edited after the app made it (its checksum)', async () => {
    const signed = fromBase64Url(v1Code.slice(4));
    const wire = decompressJson(signed.subarray(0, signed.length - 8), 1 << 20) as unknown[];
    const payload = compressJson([wire[0], 'Mallory', wire[2], wire[3]]);
    const edited = new Uint8Array(payload.length + 8);
    edited.set(payload);
    edited.set(signed.subarray(signed.length - 8), payload.length);
    const decoded = await decodeResult('SW1.' + toBase64Url(edited), v1Quiz);
    expect(decoded).toMatchObject({ ok: false, problem: 'edited' });
  });

  it('refuses a SW1 code for a quiz made after SW1 codes ended', async () => {
    const wire = decompressJson(fromBase64Url(v1Code.slice(4)).subarray(0, -8), 1 << 20) as unknown[];
    const payload = compressJson([quiz.quizId, ...wire.slice(1)]);
    const code = `SW1.${toBase64Url(new Uint8Array([...payload, 1, 2, 3, 4, 5, 6, 7, 8]))}`;
    expect(await decodeResult(code, quiz)).toMatchObject({ ok: false, problem: 'version' });
  });
});
