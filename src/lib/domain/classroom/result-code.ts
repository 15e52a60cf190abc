/**
 * Result codes: a student's answers as short text (`SW1.…`, fits a QR code) that the teacher pastes or scans.
 *
 * Integrity: the last 8 bytes are an HMAC-SHA256 (Web Crypto) of the payload, keyed with the quiz id and the quiz's
 * secret. That detects damaged and hand-edited codes. It is NOT proof of honesty: the secret travels in the quiz link
 * every student has, so a determined student could compute a valid code for made-up answers. Without a server there
 * is nothing that can prevent that; the app's help says so.
 */
import { z } from 'zod';
import { INPUT_LIMITS } from '../limits';
import { CodecError, compressJson, decompressJson, fromBase64Url, toBase64Url } from './codec';
import { cleanName, MAX_NAME_LENGTH, type Quiz } from './quiz';

export const RESULT_VERSION = 1;
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
  correct: boolean;
  seconds: number;
}

export interface QuizResult {
  quizId: string;
  name: string;
  /** When the student finished (ms since epoch); lets the teacher tell two submissions apart. */
  finishedAt: number;
  answers: ResultAnswer[];
}

/** Compact wire form: [quizId, name, finished (s), [[question index, response, 1|0, seconds], …]]. */
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

async function mac(quiz: Pick<Quiz, 'quizId' | 'secret'>, payload: Uint8Array): Promise<Uint8Array> {
  const keyBytes = new TextEncoder().encode(`${quiz.quizId}:${quiz.secret}`);
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign'
  ]);
  const signature = await crypto.subtle.sign('HMAC', key, payload as Uint8Array<ArrayBuffer>);
  return new Uint8Array(signature, 0, MAC_BYTES);
}

/** Encodes a finished attempt; throws if an answer names a question outside the quiz (a bug, not user input). */
export async function encodeResult(result: QuizResult, quiz: Quiz): Promise<string> {
  const indexOf = new Map(quiz.questionIds.map((qid, i) => [qid, i]));
  const answers = result.answers.map((a) => {
    const index = indexOf.get(a.questionId);
    if (index === undefined) throw new Error(`question "${a.questionId}" is not in quiz ${quiz.quizId}`);
    const seconds = Math.min(MAX_SECONDS_RECORDED, Math.max(0, Math.round(a.seconds)));
    return [index, responseSchema.parse(a.response), a.correct ? 1 : 0, seconds];
  });
  const wire = [quiz.quizId, cleanName(result.name), Math.floor(result.finishedAt / 1000), answers];
  const payload = compressJson(wireSchema.parse(wire));
  const signed = new Uint8Array(payload.length + MAC_BYTES);
  signed.set(payload);
  signed.set(await mac(quiz, payload), payload.length);
  return PREFIX + toBase64Url(signed);
}

const refuse = (problem: ResultProblem, message: string, quizId?: string): DecodedResult => ({
  ok: false,
  problem,
  message,
  quizId
});

/** Checks a code against the teacher's quiz: right format, undamaged, this quiz, checksum intact. */
export async function decodeResult(code: string, quiz: Quiz): Promise<DecodedResult> {
  const text = code.trim();
  const match = VERSIONED.exec(text);
  if (!match) return refuse('format', 'This is not a Sourcewise result code (they start with "SW1.").');
  if (Number(match[1]) !== RESULT_VERSION)
    return refuse(
      'version',
      `This result code has format ${match[1]}, which this version of the app cannot read.`
    );
  if (text.length > INPUT_LIMITS.resultCode.chars)
    return refuse('damaged', 'This result code is far too long to be real.');
  let signed: Uint8Array;
  let data: unknown;
  try {
    signed = fromBase64Url(match[2]);
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
  if (quizId !== quiz.quizId)
    return refuse(
      'other-quiz',
      `This result code belongs to a different quiz (${quizId}), not "${quiz.title}".`,
      quizId
    );
  const payload = signed.subarray(0, signed.length - MAC_BYTES);
  const expected = await mac(quiz, payload);
  const given = signed.subarray(signed.length - MAC_BYTES);
  if (!expected.every((byte, i) => byte === given[i]))
    return refuse(
      'edited',
      'This result code has been changed since the app made it (its checksum does not match).'
    );
  const seen = new Set<number>();
  for (const [index] of answers) {
    if (index >= quiz.questionIds.length || seen.has(index))
      return refuse('damaged', 'This result code is damaged: it answers a question the quiz does not have.');
    seen.add(index);
  }
  return {
    ok: true,
    result: {
      quizId,
      name: cleanName(name),
      finishedAt: finishedSeconds * 1000,
      answers: answers.map(([index, response, correct, seconds]) => ({
        questionId: quiz.questionIds[index],
        response,
        correct: correct === 1,
        seconds
      }))
    }
  };
}
