/**
 * Quiz links: the quiz in the URL fragment, so it never reaches a server and works offline. Every version ever issued
 * stays readable (a saved example of each is tested in link.test.ts):
 * - `q1.` the whole quiz as compressed JSON, with the pack when it is the teacher's own;
 * - `q2.` a quiz on a built-in pack as a reference (quiz-ref.ts): small enough for a QR code of version 10 or lower;
 * - `q3.` an exam on an own pack (exam.ts): as `q1.`, its questions without their answer keys, which travel sealed.
 * The page also opens `a1.` answers codes (exam.ts), which the teacher shows as a link once the results are in.
 */
import { INPUT_LIMITS, overLimit } from '../limits';
import { jsonPath, plainWords } from '../packs/validate';
import { CodecError, compressJson, decompressJson, fromBase64Url, toBase64Url } from './codec';
import { readPart, type QuizPart } from './parts';
import type { Pack } from '../packs/schema';
import { QUIZ_VERSION, quizFromRef, quizSchema, type Quiz } from './quiz';
import { decodeRef, encodeRef, REF_VERSION, refQuestions, RefError, type QuizRef } from './quiz-ref';
import { parseAnswersCode } from './exam';
import { parseShortCode, refFromShortCode, type ShortCodeFields } from './short-code';

export { quizIdOfRef } from './short-code';

const PREFIX = `q${QUIZ_VERSION}.`;
/** An exam on an own pack: a new prefix, so an app from before exam mode says to update instead of grading it wrong. */
export const EXAM_VERSION = 3;
const NEWEST_VERSION = EXAM_VERSION;
const VERSIONED = /^q(\d+)\.(.*)$/s;

export type QuizLinkProblem = 'format' | 'version' | 'damaged' | 'invalid';
export type DecodedQuiz =
  | { ok: true; kind: 'quiz'; quiz: Quiz }
  /** A built-in pack's quiz: `openRef` turns it into the quiz once the pack is loaded. */
  | { ok: true; kind: 'ref'; payload: string; ref: QuizRef }
  /** A short quiz code a student typed (`/quiz#k1.ABCDEFGH`): `openShortCode` finds its built-in pack. */
  | { ok: true; kind: 'short'; code: string; fields: ShortCodeFields }
  /** One part of a quiz link too large for one QR code (`/quiz#p1.…`, parts.ts). */
  | { ok: true; kind: 'part'; part: QuizPart }
  /** The teacher's answers code for an exam this device took (`/quiz#a1.…`). */
  | { ok: true; kind: 'answers'; quizId: string; key: string }
  | { ok: false; problem: QuizLinkProblem; message: string };

/** The fragment payload (without `#`); put it after `/quiz#`. */
export function encodeQuiz(quiz: Quiz): string {
  const checked = quizSchema.parse(quiz);
  if (checked.ref) return `q${REF_VERSION}.${checked.ref}`;
  if (checked.exam) return `q${EXAM_VERSION}.${toBase64Url(compressJson(checked))}`;
  return PREFIX + toBase64Url(compressJson(checked));
}

/** The quiz a `q2.` link describes, on this device's copy of its built-in pack. */
export function openRef(
  payload: string,
  ref: QuizRef,
  pack: Pack
): { ok: true; kind: 'quiz'; quiz: Quiz } | { ok: false; message: string } {
  const chosen = refQuestions(ref, pack);
  if (!chosen.ok) return chosen;
  const parsed = quizSchema.safeParse(quizFromRef(payload, ref, pack, chosen.questionIds), {
    error: plainWords
  });
  if (!parsed.success)
    return { ok: false, message: `This quiz link is not valid: ${parsed.error.issues[0].message}.` };
  return { ok: true, kind: 'quiz', quiz: parsed.data };
}

/** The full link for a site origin such as `https://example.org` (a base path may follow the origin). */
export function quizLink(base: string, quiz: Quiz): string {
  return `${base.replace(/\/+$/, '')}/quiz#${encodeQuiz(quiz)}`;
}

/** The quiz a short code stands for on a built-in pack, or null when the code is not for this pack. */
export function openShortCode(
  fields: ShortCodeFields,
  pack: Pack
): { ok: true; kind: 'quiz'; quiz: Quiz } | { ok: false; message: string } | null {
  const ref = refFromShortCode(fields, pack);
  return ref ? openRef(encodeRef(ref), ref, pack) : null;
}

/** Accepts a whole link, `#q1.…` or just `q1.…`; every failure names what is wrong with the link. */
export function decodeQuiz(fragment: string): DecodedQuiz {
  const text = fragment.trim().replace(/^[^#]*#/, '');
  const { chars, inflatedBytes } = INPUT_LIMITS.quizLink;
  if (text.length > chars)
    return {
      ok: false,
      problem: 'damaged',
      message: `This quiz link is not one Sourcewise makes: ${overLimit('it', chars, text.length, 'chars')}.`
    };
  const short = /^k1\.(.*)$/s.exec(text);
  if (short) {
    const parsed = parseShortCode(short[1]);
    return parsed.ok
      ? { ok: true, kind: 'short', code: parsed.code, fields: parsed.fields }
      : { ok: false, problem: 'damaged', message: parsed.message };
  }
  const part = readPart(text);
  if (part)
    return part.ok
      ? { ok: true, kind: 'part', part: part.part }
      : { ok: false, problem: 'damaged', message: part.message };
  const answers = parseAnswersCode(text);
  if (answers) return { ok: true, kind: 'answers', ...answers };
  if (text.startsWith('a1.'))
    return {
      ok: false,
      problem: 'damaged',
      message: 'This answers code is damaged: check it with your teacher, or scan it again.'
    };
  const match = VERSIONED.exec(text);
  if (!match)
    return {
      ok: false,
      problem: 'format',
      message: text
        ? 'This is not a Sourcewise quiz link.'
        : 'The link has no quiz in it (nothing after "#").'
    };
  const version = Number(match[1]);
  if (version > NEWEST_VERSION || version < QUIZ_VERSION)
    return {
      ok: false,
      problem: 'version',
      message:
        version > NEWEST_VERSION
          ? `This quiz was made with a newer version of Sourcewise (quiz format ${version}); reload the app to update it.`
          : `This quiz link uses a format (${version}) that Sourcewise never made.`
    };
  if (version === REF_VERSION) {
    try {
      return { ok: true, kind: 'ref', payload: match[2], ref: decodeRef(match[2]) };
    } catch (error) {
      const why = error instanceof RefError ? error.message : 'it could not be read';
      return {
        ok: false,
        problem: 'damaged',
        message: `This quiz link is damaged: ${why}. Ask for the link again.`
      };
    }
  }
  let data: unknown;
  try {
    data = decompressJson(fromBase64Url(match[2]), inflatedBytes);
  } catch (error) {
    const why = error instanceof CodecError ? error.message : 'it could not be read';
    return {
      ok: false,
      problem: 'damaged',
      message: `This quiz link is damaged: ${why}. Ask for the link again.`
    };
  }
  const parsed = quizSchema.safeParse(data, { error: plainWords });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: 'invalid',
      message: `This quiz link is not valid at ${jsonPath(issue.path)}: ${issue.message}.`
    };
  }
  // An exam's questions are redacted: only a `q3.` link may carry one, and a `q3.` link carries nothing else.
  if (!parsed.data.exam !== (version === QUIZ_VERSION))
    return {
      ok: false,
      problem: 'invalid',
      message: `This quiz link is not valid: ${version === QUIZ_VERSION ? 'an exam cannot travel in a format 1 link' : 'its sealed answers are missing'}.`
    };
  return { ok: true, kind: 'quiz', quiz: parsed.data };
}
