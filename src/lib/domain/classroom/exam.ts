/**
 * Exam mode, for a quiz on a teacher's own pack (the student's half; exam-seal.ts seals it on the teacher's device): the link carries each question without its answer key, and the keys
 * sealed with AES-GCM (WebCrypto) under a key that stays on the teacher's device. Students answer without feedback;
 * the teacher grades their result codes with the key, then shows the answers code (`a1.<quiz id>.<key>`), with
 * which each student's device opens the keys, grades its answers, shows the feedback and adds them to its history.
 *
 * Sealed bytes: [format 1, iv (12), AES-GCM ciphertext and tag] of the zlib-compressed JSON
 * `{ [question id]: { field: true value, … } }`, with the quiz id as additional data (a key opens only its quiz).
 */
import { z } from 'zod';
import { fromBase64Url, toBase64Url } from '../encoding';
import { grade } from '../study/grading';
import type { QuizAttempt } from './attempt';
import { CodecError, decompressJson } from './codec';
import { questionSchema, type Question } from '../packs/schema';
import type { Quiz } from './quiz';
import { fromWire } from './responses';
import { studyEntryFor, type StudyEntry } from './study-log';

export const SEAL_FORMAT = 1;
export const IV_BYTES = 12;
/** The sealed keys of a 200-question quiz of long texts stay far below this when unpacked. */
const MAX_KEYS_BYTES = 4 * 1024 * 1024;
export const EXAM_KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;
const ANSWERS_CODE = /^a1\.([a-z0-9-]{4,40})\.([A-Za-z0-9_-]{22})$/;

export class ExamError extends Error {}

/** The fields of a question that its redacted form changed, with their true values: the question's key. */
export type QuestionKey = Record<string, unknown>;

/** The question with its key put back, checked against the schema; null when the key does not fit it. */
export function restoreQuestion(shown: Question, key: QuestionKey): Question | null {
  if ('id' in key || 'type' in key) return null;
  const parsed = questionSchema.safeParse({ ...shown, ...key });
  return parsed.success ? parsed.data : null;
}

export const aesKey = (key: string, use: 'encrypt' | 'decrypt') =>
  crypto.subtle.importKey('raw', fromBase64Url(key) as Uint8Array<ArrayBuffer>, 'AES-GCM', false, [use]);
export const aad = (quiz: Pick<Quiz, 'quizId'>) => new TextEncoder().encode(quiz.quizId);

const keysSchema = z.record(z.string(), z.record(z.string(), z.unknown()));

/** The exam's questions with their keys put back; an ExamError, in words a student understands, when `key` is not it. */
export async function openExam(quiz: Quiz, key: string): Promise<Question[]> {
  if (!quiz.exam || !quiz.pack) throw new ExamError('This quiz is not an exam: its answers are not sealed.');
  const wrongKey = new ExamError(
    'This answers code does not open this quiz (a character was changed, or it is for another quiz).'
  );
  const bytes = fromBase64Url(quiz.exam.sealed);
  if (bytes[0] !== SEAL_FORMAT || bytes.length <= 1 + IV_BYTES)
    throw new ExamError('This quiz was sealed by a newer version of the app: reload the app to update it.');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes.subarray(1, 1 + IV_BYTES) as Uint8Array<ArrayBuffer>,
        additionalData: aad(quiz)
      },
      await aesKey(key, 'decrypt'),
      bytes.subarray(1 + IV_BYTES) as Uint8Array<ArrayBuffer>
    );
  } catch {
    throw wrongKey;
  }
  let keys: z.infer<typeof keysSchema>;
  try {
    keys = keysSchema.parse(decompressJson(new Uint8Array(plain), MAX_KEYS_BYTES));
  } catch (error) {
    throw new ExamError(
      `The answers of this quiz are damaged: ${error instanceof CodecError ? error.message : 'they are not answers'}.`
    );
  }
  return quiz.pack.questions.map((shown) => {
    const restored = restoreQuestion(shown, keys[shown.id] ?? {});
    if (!restored) throw new ExamError(`The answer to question "${shown.id}" does not fit the question.`);
    return restored;
  });
}

/** The code the teacher shows once the result codes are in; put after `/quiz#`, it is also a link. */
export const answersCode = (quizId: string, key: string): string => `a1.${quizId}.${key}`;

/** Reads an answers code (or a link ending in one); null when the text is not one. */
export function parseAnswersCode(text: string): { quizId: string; key: string } | null {
  const match = ANSWERS_CODE.exec(text.trim().replace(/^[^#]*#/, ''));
  // Only the spelling the app writes: a changed last character could otherwise decode to the same key.
  if (!match || toBase64Url(fromBase64Url(match[2])) !== match[2]) return null;
  return { quizId: match[1], key: match[2] };
}

/** The attempt graded against the opened questions, remembering the key so a reload shows the feedback again. */
export function revealAttempt(
  attempt: QuizAttempt,
  questions: readonly Question[],
  key: string
): QuizAttempt {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    ...attempt,
    answersKey: key,
    answers: attempt.answers.map((a) => {
      const question = byId.get(a.questionId);
      const response = question ? fromWire(question, a.response) : null;
      return { ...a, correct: !!(question && response && grade(question, response).correct) };
    })
  };
}

/** What a revealed exam adds to the student's study history: each answer, graded, or "no answer" when there was none. */
export function examStudyEntries(
  quiz: Pick<Quiz, 'packId' | 'quizId'>,
  attempt: QuizAttempt,
  questions: readonly Question[],
  now: Date
): { question: Question; entry: StudyEntry }[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return attempt.answers.flatMap((a) => {
    const question = byId.get(a.questionId);
    if (!question) return [];
    const response = a.timedOut ? null : fromWire(question, a.response);
    const outcome = response ? { response, grade: grade(question, response) } : { timedOut: true as const };
    return [{ question, entry: studyEntryFor(quiz, question, outcome, a.seconds * 1000, now) }];
  });
}
