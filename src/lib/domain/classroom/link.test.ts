import { describe, expect, it } from 'vitest';
import { adler32, compressJson, fromBase64Url, QR_SAFE_BYTES, toBase64Url } from './codec';
import { checkLinkSize, decodeQuiz, encodeQuiz, quizLink } from './link';
import { createQuiz, type Quiz } from './quiz';
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
    expect(decodeQuiz(link)).toEqual({ ok: true, quiz });
    expect(decodeQuiz(`#${encodeQuiz(quiz)}`)).toEqual({ ok: true, quiz });
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
    const newer = decodeQuiz('q2.' + encodeQuiz(quizOf(0)).slice(3));
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

  it('says when a link is too large for a QR code, and keeps a small quiz under the limit', () => {
    const small = checkLinkSize(quizLink('https://sourcewise.example', quizOf(0)));
    expect(small.fitsQr).toBe(true);
    const big = checkLinkSize(quizLink('https://sourcewise.example', quizOf(90)));
    expect(big.bytes).toBeGreaterThan(QR_SAFE_BYTES);
    expect(big).toMatchObject({ fitsQr: false });
    if (!big.fitsQr) expect(big.message).toContain('too large for a QR code');
  });

  it('keeps a built-in quiz small: only the pack id travels', () => {
    const link = quizLink('https://sourcewise.example', quizOf(90, true));
    expect(checkLinkSize(link).fitsQr).toBe(true);
  });
});
