/**
 * Property tests: 10,000 inputs to every decoder of text a stranger can hand the app (quiz links q1/q2, short quiz
 * codes, result codes SW1/SW2; share links are fuzzed beside their reader, formats/share.property.test.ts). Junk never throws, always gets a plain message, and is
 * read in bounded time; every valid input round-trips to what was encoded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  B64,
  base64ish,
  expectPlainMessage,
  hostileText,
  mutated,
  RUNS,
  timed,
  timedAsync
} from '../encoding/fuzz-testing';
import { compressJson, toBase64Url } from './codec';
import { decodeQuiz, encodeQuiz, openShortCode } from './link';
import { cleanName, type Quiz } from './quiz';
import { createQuiz, type QuizSettings } from './quiz-create';
import { decodeRef, encodeRef, RefError, REF_TITLE_BYTES, type QuizRef } from './quiz-ref';
import { decodeResult, encodeResult, MAX_SECONDS_RECORDED, type QuizResponse } from './result-code';
import { parseShortCode, refFromShortCode, shortCodeFor, SHORT_SEED_LIMIT } from './short-code';
import { counterRandom, samplePack } from './test-fixtures';

const pack = samplePack(20);

const settingsArb: fc.Arbitrary<QuizSettings> = fc.record({
  title: fc.option(
    hostileText.map((t) => t.slice(0, 40)),
    { nil: undefined }
  ),
  builtIn: fc.boolean(),
  selection: fc.constantFrom('all', 'random', 'picked'),
  count: fc.integer({ min: 1, max: 30 }),
  picked: fc.subarray(pack.questions.map((q) => q.id)),
  seed: fc.nat(SHORT_SEED_LIMIT - 1),
  order: fc.constantFrom('fixed', 'shuffled'),
  secondsPerQuestion: fc.constantFrom(0, 5, 10, 30, 240),
  feedback: fc.constantFrom('each', 'end')
}) as fc.Arbitrary<QuizSettings>;

function quizFor(settings: QuizSettings, random: number): Quiz | null {
  const setup = createQuiz(pack, settings, {
    now: new Date('2026-03-02T09:00:00Z'),
    random: counterRandom(random + 1)
  });
  return setup.ok ? setup.quiz : null;
}

const validLinks = [
  quizFor(
    { builtIn: false, selection: 'all', order: 'shuffled', secondsPerQuestion: 30, feedback: 'end' },
    3
  ),
  quizFor(
    { builtIn: true, selection: 'random', count: 7, order: 'fixed', secondsPerQuestion: 0, feedback: 'each' },
    4
  ),
  quizFor(
    {
      builtIn: true,
      selection: 'picked',
      picked: ['q-tf', 'q-fact'],
      order: 'fixed',
      secondsPerQuestion: 10,
      feedback: 'each',
      title: 'Mine'
    },
    5
  )
].map((quiz) => encodeQuiz(quiz!));

describe('property: quiz links (q1, q2, k1) never throw and round-trip', () => {
  it('junk, hostile and damaged links get a plain refusal in bounded time', { timeout: 180_000 }, () => {
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 200 }),
      hostileText,
      base64ish.map((s) => `q1.${s}`),
      base64ish.map((s) => `q2.${s}`),
      fc.string({ maxLength: 12 }).map((s) => `k1.${s}`),
      fc.tuple(fc.nat(99), base64ish).map(([v, s]) => `#q${v}.${s}`),
      fc.json().map((j) => `q1.${toBase64Url(compressJson(JSON.parse(j)))}`),
      ...validLinks.map(mutated)
    );
    fc.assert(
      fc.property(input, (text) => {
        const decoded = timed(() => decodeQuiz(text));
        if (!decoded.ok) {
          expect(['format', 'version', 'damaged', 'invalid']).toContain(decoded.problem);
          expectPlainMessage(decoded.message);
        }
      }),
      { numRuns: RUNS }
    );
  });

  it('a link past the size limit is refused before it is read', () => {
    const huge = `q1.${'A'.repeat(3_000_000)}`;
    const decoded = timed(() => decodeQuiz(`https://example.org/quiz#${huge}`));
    expect(decoded).toMatchObject({ ok: false, problem: 'damaged' });
    if (!decoded.ok) expect(decoded.message).toContain('over the limit');
  });

  it('every quiz the app makes comes back from its link unchanged', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(settingsArb, fc.nat(1000), (settings, random) => {
        const quiz = quizFor(settings, random);
        fc.pre(quiz !== null);
        const decoded = timed(() => decodeQuiz(`https://example.org/app/quiz#${encodeQuiz(quiz!)}`));
        if (quiz!.ref)
          expect(decoded).toEqual({ ok: true, kind: 'ref', payload: quiz!.ref, ref: decodeRef(quiz!.ref) });
        else expect(decoded).toEqual({ ok: true, kind: 'quiz', quiz });
      }),
      { numRuns: RUNS }
    );
  });
});

const refArb: fc.Arbitrary<QuizRef> = fc.record({
  packId: fc.string({ minLength: 1, maxLength: 60 }),
  fingerprint: fc.nat(0xffff),
  selection: fc.oneof(
    fc.constant({ kind: 'all' as const }),
    fc.record({ kind: fc.constant('random' as const), count: fc.nat(0xffff) }),
    fc.record({ kind: fc.constant('picked' as const), picked: fc.array(fc.boolean(), { maxLength: 300 }) })
  ),
  seed: fc.nat(2 ** 32 - 1),
  order: fc.constantFrom('fixed', 'shuffled'),
  secondsPerQuestion: fc.nat(255),
  feedback: fc.constantFrom('each', 'end'),
  createdAt: fc.nat(2 ** 32 - 1),
  title: fc
    .string({ maxLength: REF_TITLE_BYTES })
    .filter((t) => new TextEncoder().encode(t).length <= REF_TITLE_BYTES)
});

describe('property: quiz references (q2 payloads)', () => {
  it('every reference round-trips', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(refArb, (ref) => {
        // A lone surrogate cannot travel as UTF-8: the app never makes one (titles and pack ids are typed text).
        fc.pre(ref.packId.isWellFormed() && ref.title.isWellFormed());
        expect(timed(() => decodeRef(encodeRef(ref)))).toEqual(ref);
      }),
      { numRuns: RUNS }
    );
  });

  it('junk and edited payloads are refused with a RefError only', { timeout: 120_000 }, () => {
    const valid = encodeRef({
      packId: pack.id,
      fingerprint: 1234,
      selection: { kind: 'picked', picked: [true, false, true] },
      seed: 9,
      order: 'shuffled',
      secondsPerQuestion: 30,
      feedback: 'end',
      createdAt: 1_700_000_000,
      title: 'Week 3'
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), base64ish, mutated(valid)), (payload) => {
        fc.pre(payload !== valid);
        try {
          timed(() => decodeRef(payload));
        } catch (error) {
          expect(error).toBeInstanceOf(RefError);
          expectPlainMessage((error as Error).message);
        }
      }),
      { numRuns: RUNS }
    );
  });
});

const TIMERS = [0, 10, 15, 20, 30, 45, 60, 90];

describe('property: short quiz codes', () => {
  it('anything typed is read or refused with a plain message, in bounded time', { timeout: 120_000 }, () => {
    const typed = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZilo- '), maxLength: 14 }),
      hostileText
    );
    fc.assert(
      fc.property(typed, (text) => {
        const parsed = timed(() => parseShortCode(text));
        if (!parsed.ok) expectPlainMessage(parsed.message);
        else {
          expect(parsed.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
          // A code that reads but is not for this pack (or was mistyped) opens nothing, rather than another quiz.
          const opened = openShortCode(parsed.fields, pack);
          if (opened) expect(opened.ok ? opened.quiz.quizId : opened.message).toBeTruthy();
        }
      }),
      { numRuns: RUNS }
    );
  });

  it(
    'every quiz a short code can hold round-trips through the code, typed any way',
    { timeout: 120_000 },
    () => {
      const fingerprint = decodeRef(validLinks[1].slice(3)).fingerprint;
      const arb = fc.record({
        count: fc.nat(255),
        seed: fc.nat(SHORT_SEED_LIMIT - 1),
        order: fc.constantFrom('fixed', 'shuffled'),
        feedback: fc.constantFrom('each', 'end'),
        secondsPerQuestion: fc.constantFrom(...TIMERS),
        lower: fc.boolean(),
        dash: fc.boolean()
      });
      fc.assert(
        fc.property(arb, ({ count, lower, dash, ...rest }) => {
          const ref: QuizRef = {
            ...rest,
            packId: pack.id,
            fingerprint,
            selection: count === 0 ? { kind: 'all' } : { kind: 'random', count },
            createdAt: 0,
            title: ''
          } as QuizRef;
          const code = shortCodeFor(ref)!;
          let typed = dash ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
          if (lower) typed = typed.toLowerCase();
          const parsed = timed(() => parseShortCode(typed));
          expect(parsed).toMatchObject({ ok: true, code });
          if (parsed.ok) expect(refFromShortCode(parsed.fields, pack)).toEqual(ref);
        }),
        { numRuns: RUNS }
      );
    }
  );
});

const quiz = quizFor(
  { builtIn: true, selection: 'all', order: 'shuffled', secondsPerQuestion: 20, feedback: 'each' },
  11
)!;
const scalar = fc.oneof(
  hostileText.map((t) => t.slice(0, 2000)),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.boolean(),
  fc.constant(null)
);
const responseArb: fc.Arbitrary<QuizResponse> = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 5 }),
  fc.dictionary(
    fc.string({ maxLength: 20 }).filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k)),
    scalar,
    { maxKeys: 4 }
  )
);
const nonceArb = fc.string({ unit: fc.constantFrom(...B64), minLength: 12, maxLength: 12 });
const resultArb = fc.record({
  name: hostileText.filter((n) => cleanName(n).length > 0),
  finishedAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
  nonce: nonceArb,
  answers: fc
    .uniqueArray(fc.nat(quiz.questionIds.length - 1), { maxLength: quiz.questionIds.length })
    .chain((indexes) =>
      fc.tuple(
        ...indexes.map((i) =>
          fc.record({
            questionId: fc.constant(quiz.questionIds[i]),
            response: responseArb,
            seconds: fc.integer({ min: 0, max: MAX_SECONDS_RECORDED })
          })
        )
      )
    )
});

describe('property: result codes (SW1, SW2)', () => {
  it("every result a student's app makes comes back unchanged", { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(resultArb, async (result) => {
        const code = encodeResult({ quizId: quiz.quizId, ...result }, quiz);
        const decoded = await timedAsync(() => decodeResult(code, quiz));
        expect(decoded).toEqual({
          ok: true,
          result: {
            quizId: quiz.quizId,
            ...result,
            name: cleanName(result.name),
            finishedAt: Math.floor(result.finishedAt / 1000) * 1000
          }
        });
      }),
      { numRuns: RUNS }
    );
  });

  it(
    'junk, hostile and damaged codes get a plain refusal in bounded time',
    { timeout: 180_000 },
    async () => {
      const valid = encodeResult(
        {
          quizId: quiz.quizId,
          name: 'Anna',
          finishedAt: 1_700_000_000_000,
          nonce: 'nonce-000001',
          answers: [{ questionId: quiz.questionIds[0], response: 'fact', seconds: 3 }]
        },
        quiz
      );
      const input = fc.oneof(
        fc.string(),
        hostileText,
        base64ish.map((s) => `SW2.${s}`),
        base64ish.map((s) => `SW1.${s}`),
        fc.tuple(fc.nat(20), base64ish).map(([v, s]) => `SW${v}.${s}`),
        fc.json().map((j) => `SW2.${toBase64Url(compressJson(JSON.parse(j)))}`),
        fc.constant(`SW2.${'A'.repeat(60_000)}`),
        mutated(valid)
      );
      await fc.assert(
        fc.asyncProperty(input, async (code) => {
          fc.pre(code.trim() !== valid);
          const decoded = await timedAsync(() => decodeResult(code, quiz));
          // A mutation can leave a valid code (whitespace around it): it must then be the same result.
          if (decoded.ok) expect(decoded.result.name).toBe('Anna');
          else {
            expect(['format', 'version', 'damaged', 'other-quiz', 'edited']).toContain(decoded.problem);
            expectPlainMessage(decoded.message);
          }
        }),
        { numRuns: RUNS }
      );
    }
  );
});
