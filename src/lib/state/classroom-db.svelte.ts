/**
 * The student's quiz page's use of IndexedDB, through the app's one connection (`StorageState`); the teacher's
 * collections are in classroom-collections.ts, so the student's page does not carry the results code. Every function
 * rejects with the storage error as is; the pages then keep working from memory and say nothing will be kept.
 */
import { partCollectionSchema, type PartCollection } from '$lib/domain/classroom/parts';
import { quizSchema, type Quiz } from '$lib/domain/classroom/quiz';
import { questionSchema, type Question } from '$lib/domain/packs/schema';
import type { StorageState } from './storage.svelte';

export function storageMessage(error: unknown): string {
  return error instanceof Error ? error.message : `Saving failed: ${String(error)}`;
}

const attemptKey = (quizId: string) => `quiz-attempt:${quizId}`;

/** A student's quiz in progress lives in the `meta` store next to study sessions, one per quiz. */
export async function saveQuizAttempt(
  storage: StorageState,
  quizId: string,
  attempt: unknown
): Promise<void> {
  const { db } = await storage.connect();
  await db.put('meta', attempt, attemptKey(quizId));
}

const copyKey = (quizId: string) => `quiz-copy:${quizId}`;

/** The quiz a student opened and the questions it asks, so a reload needs neither the link's pack nor the network. */
export async function saveStudentQuiz(
  storage: StorageState,
  quizId: string,
  copy: { quiz: Quiz; questions: Question[] }
): Promise<void> {
  const { db } = await storage.connect();
  await db.put('meta', copy, copyKey(quizId));
}

/** The saved copy, checked as it is read; anything unreadable is as good as none. */
export async function loadStudentQuiz(
  storage: StorageState,
  quizId: string
): Promise<{ quiz: Quiz; questions: Question[] } | null> {
  const { db } = await storage.connect();
  const copy = (await db.get('meta', copyKey(quizId))) as { quiz?: unknown; questions?: unknown } | undefined;
  const quiz = quizSchema.safeParse(copy?.quiz);
  const questions = questionSchema.array().safeParse(copy?.questions);
  return quiz.success && questions.success ? { quiz: quiz.data, questions: questions.data } : null;
}

const PARTS_KEY = 'quiz-parts';

/** The parts of a large quiz's animated QR codes scanned so far (one quiz at a time); unreadable is as good as none. */
export async function loadQuizParts(storage: StorageState): Promise<PartCollection | null> {
  const { db } = await storage.connect();
  const parsed = partCollectionSchema.safeParse(await db.get('meta', PARTS_KEY));
  return parsed.success ? parsed.data : null;
}

export async function saveQuizParts(storage: StorageState, parts: PartCollection): Promise<void> {
  const { db } = await storage.connect();
  await db.put('meta', parts, PARTS_KEY);
}

export async function loadQuizAttempt(storage: StorageState, quizId: string): Promise<unknown> {
  const { db } = await storage.connect();
  return db.get('meta', attemptKey(quizId));
}
