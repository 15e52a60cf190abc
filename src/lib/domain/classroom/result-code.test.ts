import { describe, expect, it } from 'vitest';
import { compressJson, decompressJson, fitsInQr, fromBase64Url, toBase64Url } from './codec';
import { createQuiz, type Quiz } from './quiz';
import { decodeResult, encodeResult, type QuizResult } from './result-code';
import { counterRandom, samplePack } from './test-fixtures';

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
const result: QuizResult = {
  quizId: quiz.quizId,
  name: '  Anna   Lee ',
  finishedAt: Date.parse('2026-03-02T09:12:30Z'),
  answers: [
    { questionId: 'q-tf', response: true, correct: true, seconds: 4.4 },
    { questionId: 'q-attr', response: 2, correct: false, seconds: 12 },
    { questionId: 'q-fact', response: 'fact', correct: true, seconds: 7 },
    { questionId: 'q-choice', response: null, correct: false, seconds: 20 }
  ]
};

/** Replaces one character of the code body with a different base64url character. */
function flip(code: string, at: number): string {
  const ch = code[at] === 'A' ? 'B' : 'A';
  return code.slice(0, at) + ch + code.slice(at + 1);
}

describe('result codes', () => {
  it('round-trip name, answers, correctness and whole seconds; short enough for a QR code', async () => {
    const code = await encodeResult(result, quiz);
    expect(code).toMatch(/^SW1\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(200);
    expect(fitsInQr(code)).toBe(true);
    const decoded = await decodeResult(code, quiz);
    expect(decoded).toEqual({
      ok: true,
      result: {
        ...result,
        name: 'Anna Lee',
        finishedAt: Date.parse('2026-03-02T09:12:30Z'),
        answers: result.answers.map((a) => ({ ...a, seconds: Math.round(a.seconds) }))
      }
    });
  });

  it('refuses a code with any single character changed', async () => {
    const code = await encodeResult(result, quiz);
    for (let at = 4; at < code.length; at++) {
      const decoded = await decodeResult(flip(code, at), quiz);
      expect(decoded.ok, `flipped character ${at}`).toBe(false);
      if (!decoded.ok) expect(['damaged', 'edited']).toContain(decoded.problem);
    }
  });

  it('refuses a hand-edited code (answers marked right, old checksum kept) as edited', async () => {
    const code = await encodeResult(result, quiz);
    const signed = fromBase64Url(code.slice(4));
    const wire = decompressJson(signed.subarray(0, signed.length - 8), 1 << 20) as [
      string,
      string,
      number,
      number[][]
    ];
    wire[3] = wire[3].map(([index, response, , seconds]) => [index, response, 1, seconds]);
    const payload = compressJson(wire);
    const edited = new Uint8Array(payload.length + 8);
    edited.set(payload);
    edited.set(signed.subarray(signed.length - 8), payload.length);
    const decoded = await decodeResult('SW1.' + toBase64Url(edited), quiz);
    expect(decoded).toMatchObject({ ok: false, problem: 'edited' });
    if (!decoded.ok) expect(decoded.message).toContain('checksum');
  });

  it('refuses a code re-made with changed answers but the wrong key, as edited', async () => {
    const forgedWithoutSecret = await encodeResult(
      { ...result, answers: result.answers.map((a) => ({ ...a, correct: true })) },
      { ...quiz, secret: 'guessed-secret-123' }
    );
    expect(await decodeResult(forgedWithoutSecret, quiz)).toMatchObject({ ok: false, problem: 'edited' });
  });

  it('refuses a code from another quiz, naming that it is a different quiz', async () => {
    const other = quizOf(99);
    const code = await encodeResult({ ...result, quizId: other.quizId }, other);
    const decoded = await decodeResult(code, quiz);
    expect(decoded).toMatchObject({ ok: false, problem: 'other-quiz', quizId: other.quizId });
  });

  it('refuses text that is not a code, a newer format, and a truncated code', async () => {
    const code = await encodeResult(result, quiz);
    expect(await decodeResult('hello', quiz)).toMatchObject({ ok: false, problem: 'format' });
    expect(await decodeResult('SW2.' + code.slice(4), quiz)).toMatchObject({ ok: false, problem: 'version' });
    expect(await decodeResult(code.slice(0, 20), quiz)).toMatchObject({ ok: false, problem: 'damaged' });
    expect(await decodeResult('SW1.', quiz)).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('refuses to encode an answer to a question outside the quiz', async () => {
    const stray = {
      ...result,
      answers: [{ questionId: 'q-open', response: 'x', correct: false, seconds: 1 }]
    };
    await expect(encodeResult(stray, quiz)).rejects.toThrow('not in quiz');
  });

  it('keeps a 60-question quiz with typed answers within a scannable QR code', async () => {
    const long = quizOf(5, 60);
    const answers = long.questionIds.map((questionId, i) => ({
      questionId,
      response: i % 2 ? `Anchorage ${i}` : i % 3,
      correct: i % 2 === 1,
      seconds: 10 + (i % 20)
    }));
    const code = await encodeResult({ quizId: long.quizId, name: 'A student', finishedAt: 0, answers }, long);
    expect(fitsInQr(code)).toBe(true);
  });
});
