/**
 * Sealing an exam on the teacher's device (exam.ts opens it): the questions redacted (exam-redact.ts), their keys
 * encrypted with AES-GCM under a fresh key that stays on this device.
 */
import { toBase64Url } from '../encoding';
import { seededRandom, shuffled } from '../hash';
import { compressJson } from './codec';
import { aad, aesKey, ExamError, IV_BYTES, SEAL_FORMAT, type QuestionKey } from './exam';
import { redactQuestion } from './exam-redact';
import { quizSchema, type Quiz } from './quiz';

const KEY_BYTES = 16;

const drawBytes = (count: number, random: () => number) =>
  Uint8Array.from({ length: count }, () => Math.floor(random() * 256));

/** A fresh exam key (128 bits, base64url); the page passes a cryptographic `random`. */
export const drawExamKey = (random: () => number): string => toBase64Url(drawBytes(KEY_BYTES, random));

/**
 * The exam form of a quiz on an own pack: its questions redacted (the shuffle of matching pairs seeded by the quiz)
 * and their keys sealed under `key`. The quiz is otherwise unchanged, so teacher and students hold the same quiz.
 */
export async function sealQuiz(quiz: Quiz, key: string, random: () => number): Promise<Quiz> {
  if (!quiz.pack || quiz.builtIn) throw new ExamError('exam mode needs a quiz on a pack of your own');
  if (quiz.exam) throw new ExamError('this quiz is already sealed');
  const random53 = seededRandom(quiz.seed ^ 0x6578);
  const keys: Record<string, QuestionKey> = {};
  const questions = quiz.pack.questions.map((question) => {
    const { shown, key: questionKey } = redactQuestion(question, (items) => shuffled(items, random53));
    keys[question.id] = questionKey;
    return shown;
  });
  const iv = drawBytes(IV_BYTES, random);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(quiz) },
    await aesKey(key, 'encrypt'),
    compressJson(keys) as Uint8Array<ArrayBuffer>
  );
  const bytes = Uint8Array.from([SEAL_FORMAT, ...iv, ...new Uint8Array(sealed)]);
  return quizSchema.parse({
    ...quiz,
    feedback: 'end',
    pack: { ...quiz.pack, questions },
    exam: { sealed: toBase64Url(bytes) }
  });
}
