/**
 * Quiz links: the whole quiz in the URL fragment (`/quiz#q1.<payload>`), so it never reaches a server and works offline.
 */
import { INPUT_LIMITS, overLimit } from '../limits';
import { jsonPath } from '../packs/validate';
import { CodecError, compressJson, decompressJson, fitsInQr, fromBase64Url, toBase64Url } from './codec';
import { QUIZ_VERSION, quizSchema, type Quiz } from './quiz';

const PREFIX = `q${QUIZ_VERSION}.`;
const VERSIONED = /^q(\d+)\.(.*)$/s;

export type QuizLinkProblem = 'format' | 'version' | 'damaged' | 'invalid';
export type DecodedQuiz = { ok: true; quiz: Quiz } | { ok: false; problem: QuizLinkProblem; message: string };

/** The fragment payload (without `#`); put it after `/quiz#`. */
export function encodeQuiz(quiz: Quiz): string {
  return PREFIX + toBase64Url(compressJson(quizSchema.parse(quiz)));
}

/** The full link for a site origin such as `https://example.org` (a base path may follow the origin). */
export function quizLink(base: string, quiz: Quiz): string {
  return `${base.replace(/\/+$/, '')}/quiz#${encodeQuiz(quiz)}`;
}

export type LinkSize = { fitsQr: true; bytes: number } | { fitsQr: false; bytes: number; message: string };

/** Whether the link can be shown as a QR code; if not, the teacher shares the link or a file instead. */
export function checkLinkSize(link: string): LinkSize {
  const bytes = new TextEncoder().encode(link).length;
  if (fitsInQr(link)) return { fitsQr: true, bytes };
  return {
    fitsQr: false,
    bytes,
    message:
      'This quiz is too large for a QR code: share the link or a file instead (or pick fewer questions).'
  };
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
  if (version !== QUIZ_VERSION)
    return {
      ok: false,
      problem: 'version',
      message:
        version > QUIZ_VERSION
          ? `This quiz was made with a newer version of Sourcewise (quiz format ${version}); reload the app to update it.`
          : `This quiz link uses an old format (${version}) that this app no longer reads.`
    };
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
  const parsed = quizSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: 'invalid',
      message: `This quiz link is not valid at ${jsonPath(issue.path)}: ${issue.message}.`
    };
  }
  return { ok: true, quiz: parsed.data };
}
