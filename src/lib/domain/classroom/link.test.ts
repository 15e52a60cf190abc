import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../limits';
import { adler32, compressJson, fromBase64Url, QR_SAFE_BYTES, toBase64Url } from './codec';
import { decodeQuiz, encodeQuiz, quizLink } from './link';
import { checkLinkSize, SINGLE_QR_BYTES } from './link-size';
import { type Quiz } from './quiz';
import { createQuiz } from './quiz-create';
import { counterRandom, samplePack } from './test-fixtures';

function quizOf(extra: number, builtIn = false): Quiz {
  const setup = createQuiz(
    samplePack(extra),
    {
      builtIn,
      selection: 'all',
      order: 'shuffled',
      secondsPerQuestion: 30,
      feedback: 'end',
      title: 'Week 3'
    },
    { now: new Date('2026-03-02T09:00:00Z'), random: counterRandom(3) }
  );
  if (!setup.ok) throw new Error(setup.message);
  return setup.quiz;
}

describe('base64url', () => {
  it('round-trips every length of bytes', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) % 256);
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(text)).toEqual(bytes);
    }
  });
});

describe('adler32', () => {
  it('matches the zlib reference value', () => {
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
  });
});

describe('quiz links', () => {
  it('round-trips a quiz with its own pack through the link fragment', () => {
    const quiz = quizOf(2);
    const link = quizLink('https://sourcewise.example/app/', quiz);
    expect(link.startsWith('https://sourcewise.example/app/quiz#q1.')).toBe(true);
    expect(decodeQuiz(link)).toEqual({ ok: true, kind: 'quiz', quiz });
    expect(decodeQuiz(`#${encodeQuiz(quiz)}`)).toEqual({ ok: true, kind: 'quiz', quiz });
  });

  it('refuses a damaged link, naming the damage', () => {
    const payload = encodeQuiz(quizOf(0));
    const cut = decodeQuiz(payload.slice(0, payload.length - 12));
    expect(cut).toMatchObject({ ok: false, problem: 'damaged' });
    const i = Math.floor(payload.length / 2);
    const flipped = payload.slice(0, i) + (payload[i] === 'A' ? 'B' : 'A') + payload.slice(i + 1);
    expect(decodeQuiz(flipped)).toMatchObject({ ok: false, problem: 'damaged' });
    expect(decodeQuiz(payload + '!')).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('refuses other text and links from a newer app version', () => {
    expect(decodeQuiz('https://example.org/quiz#hello')).toMatchObject({ ok: false, problem: 'format' });
    expect(decodeQuiz('https://example.org/quiz')).toMatchObject({ ok: false, problem: 'format' });
    const newer = decodeQuiz('q4.' + encodeQuiz(quizOf(0)).slice(3));
    expect(newer).toMatchObject({ ok: false, problem: 'version' });
    if (!newer.ok) expect(newer.message).toContain('newer version');
  });

  it('refuses a well-formed link whose quiz breaks the rules, naming the field', () => {
    // what a hand-edited link would hold: readable, but with a timer the app does not allow
    const edited = `q1.${toBase64Url(compressJson({ ...quizOf(0), secondsPerQuestion: 1000 }))}`;
    const decoded = decodeQuiz(edited);
    expect(decoded).toMatchObject({ ok: false, problem: 'invalid' });
    if (!decoded.ok) expect(decoded.message).toContain('$.secondsPerQuestion');
    expect(() => encodeQuiz({ ...quizOf(0), secondsPerQuestion: 1000 })).toThrow();
  });

  it('shows a link over a version-15 QR code as parts, and says when even that is too long', () => {
    const small = checkLinkSize('https://sourcewise.example/quiz#q2.AAAA');
    expect(small.fitsQr).toBe(true);
    const medium = checkLinkSize(quizLink('https://sourcewise.example', quizOf(0)));
    expect(medium.bytes).toBeGreaterThan(SINGLE_QR_BYTES);
    if (medium.fitsQr || !medium.parts) throw new Error('a medium quiz is shown as parts');
    expect(medium.message).toContain(`shown as ${medium.parts.length} codes in turn`);
    // Past what a single QR code could ever hold, a 90-question pack still animates (about 20 parts)…
    const big = checkLinkSize(quizLink('https://sourcewise.example', quizOf(90)));
    expect(big.bytes).toBeGreaterThan(QR_SAFE_BYTES);
    expect(big).toMatchObject({ fitsQr: false, parts: expect.any(Array) });
    // …but a link that would take minutes to scan is offered as the link and a file only.
    const noise = Array.from({ length: 9000 }, (_, i) => 'AbCdEfGh123-_xYz'[(i * 7) % 16]).join('');
    const huge = checkLinkSize(`https://sourcewise.example/quiz#q1.${noise}`);
    expect(huge).toMatchObject({ fitsQr: false, parts: null });
    if (!huge.fitsQr) expect(huge.message).toContain('too large for a QR code');
  });

  it('still opens a link made before questions had time limits (no format change was needed)', () => {
    // Made by the app before `timeLimit` existed (commit 9810da6): two picked questions, 30 seconds each.
    const before =
      'q1.eNp9Us1u2zAMfhVBZ2ewu2DGfBk6FNhyy7BiHTD0wEi0LVi2HIla2wR591GKm64oUF9sfSS_H8pHuY_msNGykfvDqh76kmxV0ZMsJBmyyPhXbJ1HQWZEYc1oKHBxBjXkqQDjbHGVzgzvorG0mWTTgg14bpPNUTLDCJTaXfQKH0y4jPxFH4zjkaqQ5i3js4ufGRULqjEob2bKg5IBC1MXoUudOPH5rBNk8-e-4IgYUms6Hs8i-xUQ-RTEu3FOzu56JwIYLag34QtX8HFmVnjRCIOxlj_TpNnFXGCDT3NSfQ3uo6OEfnNEIEYYUIDQCJZrLttOXuSNm8BqcevjOHPllwXNC_ZiyzyJ5s7ZtuNkYhNUb6YOveQ4MIUH_mrKU3FJQ-3_WW57FCGOfFeCnBsEB1EozCSuLYQBPryXrsMJfTa6JCMfcZXvk7Fn7QSe7k8vu93onOiy12yJzQa0qBaV2agBddJCfjVVVX9af-aFeJ0oZWsel6pykw5b9D8Wctl8LAvZ8tQu_1ASQfXcqTwCob7mzFVdX63XV2V-MofHtApXbn9TuPG6Pnzv6jDL0z_BV_l1';
    const decoded = decodeQuiz(`https://sourcewise.example/quiz#${before}`);
    if (!decoded.ok || decoded.kind !== 'quiz') throw new Error('the saved link no longer opens');
    expect(decoded.quiz).toMatchObject({ title: 'Before time limits', secondsPerQuestion: 30 });
    expect(decoded.quiz.pack?.questions.map((q) => [q.id, q.timeLimit])).toEqual([
      ['q-attr', undefined],
      ['q-tf', undefined]
    ]);
  });

  it("carries a question's own time limit inside the link's pack", () => {
    const pack = samplePack();
    const timed = {
      ...pack,
      questions: pack.questions.map((q) => (q.id === 'q-tf' ? { ...q, timeLimit: 60 } : q))
    };
    const setup = createQuiz(
      timed,
      { builtIn: false, selection: 'all', order: 'fixed', secondsPerQuestion: 20, feedback: 'end' },
      { now: new Date('2026-03-02T09:00:00Z'), random: counterRandom(5) }
    );
    if (!setup.ok) throw new Error(setup.message);
    const decoded = decodeQuiz(encodeQuiz(setup.quiz));
    if (!decoded.ok || decoded.kind !== 'quiz') throw new Error('the link does not open');
    expect(decoded.quiz.pack?.questions.find((q) => q.id === 'q-tf')?.timeLimit).toBe(60);
  });

  it('keeps a built-in quiz small: only the pack id travels', () => {
    const link = quizLink('https://sourcewise.example', quizOf(90, true));
    expect(checkLinkSize(link).fitsQr).toBe(true);
  });
});

describe('hostile quiz links', () => {
  it('refuses a link that would inflate past the cap, quickly, without inflating it all', () => {
    // About 120 MB of spaces inside a JSON string: a link of about 160 KB.
    const filler = new Uint8Array(120 << 20).fill(0x20);
    const bomb = zlibSync(filler, { level: 9 });
    const started = performance.now();
    const decoded = decodeQuiz(`q1.${toBase64Url(bomb)}`);
    expect(decoded).toMatchObject({ ok: false, problem: 'damaged' });
    if (!decoded.ok) expect(decoded.message).toMatch(/unpacks to more than 5 MB/);
    // Inflating the whole bomb takes seconds; stopping at the cap takes a small fraction of that.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses a link longer than any the app makes, naming the limit', () => {
    const decoded = decodeQuiz('q1.' + 'A'.repeat(INPUT_LIMITS.quizLink.chars));
    expect(decoded).toMatchObject({ ok: false, problem: 'damaged' });
    if (!decoded.ok) expect(decoded.message).toMatch(/over the limit of 2,000,000 characters/);
  });

  it('drops keys that reach for a prototype, leaving Object.prototype unchanged', () => {
    const quiz = quizOf(0);
    const json = JSON.stringify(quiz).replace('{', '{"__proto__":{"polluted":true},');
    const decoded = decodeQuiz(`q1.${toBase64Url(zlibSync(new TextEncoder().encode(json)))}`);
    if (!decoded.ok || decoded.kind !== 'quiz') throw new Error('the link does not open');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((decoded.quiz as Record<string, unknown>).polluted).toBeFalsy();
  });
});
