/**
 * Result codes: a student's answers as short text (fits a QR code) that the teacher pastes or scans. Every version
 * ever issued stays readable (a saved example of each is tested in result-code.test.ts):
 * - `SW2.` the answers (not whether they are right), a per-attempt nonce and the time the student finished, as
 *   compressed JSON (zlib's checksum catches damage). The teacher's device grades the answers against its own copy
 *   of the quiz, so a code cannot claim a score its answers do not earn, and the nonce tells a replayed attempt.
 * - `SW1.` answers with the student's own marking and an 8-byte HMAC keyed with a secret that travelled in the quiz
 *   link: it caught edits, not forgers. Read for quizzes made before version 2; their answers are graded again too.
 */
import { z } from 'zod';
import { INPUT_LIMITS } from '../limits';
import { CodecError, compressJson, decompressJson, fromBase64Url, toBase64Url } from './codec';
import { cleanName, MAX_NAME_LENGTH, type Quiz } from './quiz';
import { MAX_QUIZ_QUESTIONS } from './scored';

export const RESULT_VERSION = 2;
const PREFIX = `SW${RESULT_VERSION}.`;
const VERSIONED = /^SW(\d+)\.(.*)$/s;
const MAC_BYTES = 8;
/** Far above any real code (100 questions of long text answers); refuses pasted novels before decompressing. */
export const MAX_SECONDS_RECORDED = 3600;

const scalar = z.union([z.string().max(2000), z.number().finite(), z.boolean(), z.null()]);
/** What the student answered, as the study grading stores it: an index, a label, text, a number, a list or a map. */
export const responseSchema = z.union([
  scalar,
  z.array(scalar).max(50),
  z.record(z.string().max(200), scalar)
]);
export type QuizResponse = z.infer<typeof responseSchema>;

export interface ResultAnswer {
  questionId: string;
  /** `null` when the time ran out or the question was skipped. */
  response: QuizResponse;
  seconds: number;
}

export interface QuizResult {
  quizId: string;
  name: string;
  /** When the student finished (ms since epoch); lets the teacher tell two submissions apart. */
  finishedAt: number;
  /** Drawn when the attempt starts: two codes with the same nonce are one attempt sent twice. Absent in `SW1.` codes. */
  nonce?: string;
  answers: ResultAnswer[];
}

/** A nonce as the code carries it: 12 characters of base64url (72 random bits). */
export const NONCE_PATTERN = /^[A-Za-z0-9_-]{12}$/;

/** Version 2 wire form: [quizId, name, finished (s), nonce, [[question index, response, seconds], …]]. */
const wireV2Schema = z.tuple([
  z.string().max(40),
  z.string().min(1).max(MAX_NAME_LENGTH),
  z.number().int().nonnegative(),
  z.string().regex(NONCE_PATTERN),
  z
    .array(
      z.tuple([
        z.number().int().nonnegative(),
        responseSchema,
        z.number().int().min(0).max(MAX_SECONDS_RECORDED)
      ])
    )
    .max(MAX_QUIZ_QUESTIONS)
]);

/** Version 1 wire form: [quizId, name, finished (s), [[question index, response, 1|0, seconds], …]]. */
const wireSchema = z.tuple([
  z.string().max(40),
  z.string().min(1).max(MAX_NAME_LENGTH),
  z.number().int().nonnegative(),
  z
    .array(
      z.tuple([
        z.number().int().nonnegative(),
        responseSchema,
        z.union([z.literal(0), z.literal(1)]),
        z.number().int().min(0).max(MAX_SECONDS_RECORDED)
      ])
    )
    .max(200)
]);

export type ResultProblem = 'format' | 'version' | 'damaged' | 'other-quiz' | 'edited';
export type DecodedResult =
  { ok: true; result: QuizResult } | { ok: false; problem: ResultProblem; message: string; quizId?: string };

async function mac(quiz: { quizId: string; secret: string }, payload: Uint8Array): Promise<Uint8Array> {
  const keyBytes = new TextEncoder().encode(`${quiz.quizId}:${quiz.secret}`);
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign'
  ]);
  const signature = await crypto.subtle.sign('HMAC', key, payload as Uint8Array<ArrayBuffer>);
  return new Uint8Array(signature, 0, MAC_BYTES);
}

/** Encodes a finished attempt; throws if an answer names a question outside the quiz (a bug, not user input). */
export function encodeResult(result: QuizResult & { nonce: string }, quiz: Quiz): string {
  const indexOf = new Map(quiz.questionIds.map((qid, i) => [qid, i]));
  const answers = result.answers.map((a) => {
    const index = indexOf.get(a.questionId);
    if (index === undefined) throw new Error(`question "${a.questionId}" is not in quiz ${quiz.quizId}`);
    const seconds = Math.min(MAX_SECONDS_RECORDED, Math.max(0, Math.round(a.seconds)));
    return [index, responseSchema.parse(a.response), seconds];
  });
  const wire = [
    quiz.quizId,
    cleanName(result.name),
    Math.floor(result.finishedAt / 1000),
    result.nonce,
    answers
  ];
  return PREFIX + toBase64Url(compressJson(wireV2Schema.parse(wire)));
}

const refuse = (problem: ResultProblem, message: string, quizId?: string): DecodedResult => ({
  ok: false,
  problem,
  message,
  quizId
});

function checkIndexes(indexes: number[], quiz: Quiz): DecodedResult | null {
  const seen = new Set<number>();
  for (const index of indexes) {
    if (index >= quiz.questionIds.length || seen.has(index))
      return refuse('damaged', 'This result code is damaged: it answers a question the quiz does not have.');
    seen.add(index);
  }
  return null;
}

function otherQuiz(quizId: string, quiz: Quiz): DecodedResult | null {
  return quizId === quiz.quizId
    ? null
    : refuse(
        'other-quiz',
        `This result code belongs to a different quiz (${quizId}), not "${quiz.title}".`,
        quizId
      );
}

/**
 * Reads a code for the teacher's quiz: right format, undamaged, this quiz (and for `SW1.`, checksum intact). Whether
 * the answers are right is not in the code: `results.ts` grades them.
 */
export async function decodeResult(code: string, quiz: Quiz): Promise<DecodedResult> {
  const text = code.trim();
  const match = VERSIONED.exec(text);
  if (!match) return refuse('format', `This is not a Sourcewise result code (they start with "${PREFIX}").`);
  const version = Number(match[1]);
  if (version !== 1 && version !== RESULT_VERSION)
    return refuse(
      'version',
      version > RESULT_VERSION
        ? `This result code has format ${version}, made by a newer version of the app: reload the app to update it.`
        : `This result code has format ${version}, which Sourcewise never made.`
    );
  if (text.length > INPUT_LIMITS.resultCode.chars)
    return refuse('damaged', 'This result code is far too long to be real.');
  if (version === 1) return decodeV1(match[2], quiz);
  let data: unknown;
  try {
    data = decompressJson(fromBase64Url(match[2]), INPUT_LIMITS.resultCode.inflatedBytes);
  } catch (error) {
    const why = error instanceof CodecError ? error.message : 'it could not be read';
    return refuse('damaged', `This result code is damaged: ${why}. Ask the student to show it again.`);
  }
  const wire = wireV2Schema.safeParse(data);
  if (!wire.success)
    return refuse('damaged', 'This result code is damaged: its contents are not a quiz result.');
  const [quizId, name, finishedSeconds, nonce, answers] = wire.data;
  return otherQuiz(quizId, quiz) ?? accepted(quiz, name, finishedSeconds, answers, nonce);
}

async function decodeV1(body: string, quiz: Quiz): Promise<DecodedResult> {
  let signed: Uint8Array;
  let data: unknown;
  try {
    signed = fromBase64Url(body);
    if (signed.length <= MAC_BYTES) throw new CodecError('it has been cut short');
    data = decompressJson(
      signed.subarray(0, signed.length - MAC_BYTES),
      INPUT_LIMITS.resultCode.inflatedBytes
    );
  } catch (error) {
    const why = error instanceof CodecError ? error.message : 'it could not be read';
    return refuse('damaged', `This result code is damaged: ${why}. Ask the student to show it again.`);
  }
  const wire = wireSchema.safeParse(data);
  if (!wire.success)
    return refuse('damaged', 'This result code is damaged: its contents are not a quiz result.');
  const [quizId, name, finishedSeconds, answers] = wire.data;
  const other = otherQuiz(quizId, quiz);
  if (other) return other;
  if (!quiz.secret)
    return refuse(
      'version',
      'This result code has format 1, which this quiz (made for format 2) never issued.'
    );
  const payload = signed.subarray(0, signed.length - MAC_BYTES);
  const expected = await mac({ quizId: quiz.quizId, secret: quiz.secret }, payload);
  const given = signed.subarray(signed.length - MAC_BYTES);
  if (!expected.every((byte, i) => byte === given[i]))
    return refuse(
      'edited',
      'This result code has been changed since the app made it (its checksum does not match).'
    );
  // The student's own marks (the third field) are dropped: the teacher's device marks the answers again.
  const rows = answers.map(([index, response, , seconds]) => [index, response, seconds] as const);
  return accepted(quiz, name, finishedSeconds, rows);
}

/** A result read from a code of either version, once every answer names a question of the quiz, each at most once. */
function accepted(
  quiz: Quiz,
  name: string,
  finishedSeconds: number,
  answers: readonly (readonly [number, QuizResponse, number])[],
  nonce?: string
): DecodedResult {
  const problem = checkIndexes(
    answers.map(([index]) => index),
    quiz
  );
  if (problem) return problem;
  return {
    ok: true,
    result: {
      quizId: quiz.quizId,
      name: cleanName(name),
      finishedAt: finishedSeconds * 1000,
      ...(nonce ? { nonce } : {}),
      answers: answers.map(([index, response, seconds]) => ({
        questionId: quiz.questionIds[index],
        response,
        seconds
      }))
    }
  };
}
