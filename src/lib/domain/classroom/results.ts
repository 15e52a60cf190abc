/**
 * The teacher's collected results for one quiz: codes in, refusals with reasons out, duplicates and replays caught.
 * The teacher's device grades every answer against its own copy of the quiz: a code carries answers, not a score.
 * Plain serialisable data, stored as the payload of a `classes` record and checked with zod each time it is read.
 */
import { z } from 'zod';
import type { Question } from '../packs/schema';
import { grade } from '../study/grading';
import { nameKey } from './names';
import { quizSchema, type Quiz } from './quiz';
import { EXAM_KEY_PATTERN } from './exam';
import { decodeResult, responseSchema, type QuizResponse, type ResultProblem } from './result-code';
import { fromWire } from './responses';

/** How far a student's clock may be ahead of the teacher's (or behind, against the quiz's creation) and still count. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export const collectionSchema = z.object({
  quiz: quizSchema,
  /** An exam's key (exam.ts): it opens the sealed answers; it never leaves this device but in a quiz key file. */
  examKey: z.string().regex(EXAM_KEY_PATTERN).optional(),
  /** When the teacher first showed an exam's answers code: codes finished later are refused. */
  answersShownAt: z.number().optional(),
  entries: z.array(
    z.object({
      code: z.string(),
      receivedAt: z.number(),
      /** Set when the teacher chose another submission of the same student. */
      setAside: z.boolean().optional(),
      result: z.object({
        quizId: z.string(),
        name: z.string(),
        finishedAt: z.number(),
        nonce: z.string().optional(),
        answers: z.array(
          z.object({
            questionId: z.string(),
            response: responseSchema,
            /** Marked by the teacher's device when the code was added. */
            correct: z.boolean(),
            seconds: z.number()
          })
        )
      })
    })
  )
});

export type ResultCollection = z.infer<typeof collectionSchema>;
export type ResultEntry = ResultCollection['entries'][number];

export type CodeOutcome =
  | {
      code: string;
      status: 'added';
      name: string;
      /** another code from the same name is already here */ sameName: boolean;
    }
  | {
      code: string;
      status: 'refused';
      problem:
        ResultProblem | 'duplicate' | 'replay' | 'future' | 'before-quiz' | 'after-answers' | 'ungradable';
      message: string;
    };

export function emptyCollection(quiz: Quiz): ResultCollection {
  return { quiz, entries: [] };
}

/**
 * Splits pasted text into candidate codes: one per whitespace-, comma- or semicolon-separated piece, starting at
 * "SW<n>." when a piece carries a label in front ("Anna:SW1.…"). Pieces that are not codes are kept so they get a reason.
 */
export function splitCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((piece) => {
      const at = piece.search(/SW\d+\./);
      return at > 0 ? piece.slice(at) : piece;
    });
}

/** "2026-11-20 09:12 UTC": a time in a refusal, the same on every device. */
const when = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Whether a response earns the mark, graded here (never taken from the code); null when the question is unknown. */
function markAnswer(question: Question | undefined, response: QuizResponse): boolean | null {
  if (!question) return null;
  const study = fromWire(question, response);
  return study ? grade(question, study).correct : false;
}

/**
 * Adds every code in the pasted text, grading each answer against `questions` (the teacher's copy of the quiz) and
 * refusing with the reason: damaged, edited or foreign codes, the same code or the same attempt (nonce) twice, and
 * codes dated after `now` (the moment of collection) or before the quiz was made, beyond `CLOCK_SKEW_MS`. A code
 * from a name already here is added and reported, for the teacher to choose (see `studentsOf`).
 * The collection is returned new, never edited in place.
 */
export async function addCodes(
  collection: ResultCollection,
  text: string,
  now: Date,
  questions: readonly Question[]
): Promise<{ collection: ResultCollection; outcomes: CodeOutcome[] }> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const entries = [...collection.entries];
  const outcomes: CodeOutcome[] = [];
  const refuse = (
    code: string,
    problem: Extract<CodeOutcome, { status: 'refused' }>['problem'],
    message: string
  ) => outcomes.push({ code, status: 'refused', problem, message });
  for (const code of splitCodes(text)) {
    const same = entries.find((e) => e.code === code);
    if (same) {
      refuse(code, 'duplicate', `Already collected (${same.result.name}).`);
      continue;
    }
    const decoded = await decodeResult(code, collection.quiz);
    if (!decoded.ok) {
      refuse(code, decoded.problem, decoded.message);
      continue;
    }
    const { result } = decoded;
    const replayed = result.nonce && entries.find((e) => e.result.nonce === result.nonce);
    if (replayed) {
      refuse(
        code,
        'replay',
        `This code repeats an attempt already collected (from ${replayed.result.name}), changed since: one attempt counts once.`
      );
      continue;
    }
    if (result.finishedAt > now.getTime() + CLOCK_SKEW_MS) {
      refuse(
        code,
        'future',
        `This code says it was finished at ${when(result.finishedAt)}, after you collected it (${when(now.getTime())}): the student's clock is wrong or the code was not made by the quiz.`
      );
      continue;
    }
    if (result.finishedAt < collection.quiz.createdAt - CLOCK_SKEW_MS) {
      refuse(
        code,
        'before-quiz',
        `This code says it was finished at ${when(result.finishedAt)}, before this quiz was made (${when(collection.quiz.createdAt)}).`
      );
      continue;
    }
    const shownAt = collection.answersShownAt;
    if (shownAt !== undefined && result.finishedAt > shownAt) {
      refuse(
        code,
        'after-answers',
        `This code says it was finished at ${when(result.finishedAt)}, after you showed the answers (${when(shownAt)}): an attempt made with the answers in view cannot count.`
      );
      continue;
    }
    const answers = result.answers.map((a) => ({
      ...a,
      correct: markAnswer(byId.get(a.questionId), a.response)
    }));
    if (answers.some((a) => a.correct === null)) {
      refuse(
        code,
        'ungradable',
        'The questions of this quiz could not be loaded, so its answers cannot be marked yet.'
      );
      continue;
    }
    const key = nameKey(result.name);
    const sameName = entries.some((e) => !e.setAside && nameKey(e.result.name) === key);
    const graded = { ...result, answers: answers.map((a) => ({ ...a, correct: a.correct === true })) };
    entries.push({ code, receivedAt: now.getTime(), result: graded });
    outcomes.push({ code, status: 'added', name: result.name, sameName });
  }
  return { collection: { ...collection, entries }, outcomes };
}

export interface StudentSubmissions {
  key: string;
  /** The submission shown in the table: the only one, or (until the teacher chooses) the first that arrived. */
  counted: ResultEntry;
  /** Every submission under this name not set aside; more than one means the teacher must choose. */
  candidates: ResultEntry[];
  /** Two or more codes under one name: none counts in the statistics until the teacher chooses. */
  needsChoice: boolean;
}

/** One row per student (names compared by `nameKey`), in the order their first code arrived. */
export function studentsOf(collection: ResultCollection): StudentSubmissions[] {
  const groups = new Map<string, ResultEntry[]>();
  for (const entry of collection.entries) {
    if (entry.setAside) continue;
    const key = nameKey(entry.result.name);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups].map(([key, candidates]) => ({
    key,
    counted: candidates[0],
    candidates,
    needsChoice: candidates.length > 1
  }));
}

/** Keeps the chosen code for its student and sets the student's other codes aside (still refused if pasted again). */
export function keepSubmission(collection: ResultCollection, code: string): ResultCollection {
  const chosen = collection.entries.find((e) => e.code === code);
  if (!chosen) return collection;
  const key = nameKey(chosen.result.name);
  return {
    ...collection,
    entries: collection.entries.map((e) =>
      nameKey(e.result.name) === key ? { ...e, setAside: e.code !== code } : e
    )
  };
}

export type StoredCollection = { ok: true; collection: ResultCollection } | { ok: false; message: string };

/** Reads a stored payload defensively: a broken record yields a message, never a crash. */
export function readCollection(payload: unknown): StoredCollection {
  const parsed = collectionSchema.safeParse(payload);
  if (parsed.success) return { ok: true, collection: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    message: `Saved results are unreadable at ${issue.path.join('.') || 'top level'}: ${issue.message}`
  };
}
