/**
 * The teacher's collected results for one quiz: codes in, refusals with reasons out, duplicates caught.
 * Plain serialisable data, stored as the payload of a `classes` record and checked with zod each time it is read.
 */
import { z } from 'zod';
import { quizSchema, studentKey, type Quiz } from './quiz';
import { decodeResult, responseSchema, type ResultProblem } from './result-code';

export const collectionSchema = z.object({
  quiz: quizSchema,
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
        answers: z.array(
          z.object({
            questionId: z.string(),
            response: responseSchema,
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
  | { code: string; status: 'refused'; problem: ResultProblem | 'duplicate'; message: string };

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

/** Adds every code in the pasted text; the collection is returned new, never edited in place. */
export async function addCodes(
  collection: ResultCollection,
  text: string,
  now: Date
): Promise<{ collection: ResultCollection; outcomes: CodeOutcome[] }> {
  const entries = [...collection.entries];
  const outcomes: CodeOutcome[] = [];
  for (const code of splitCodes(text)) {
    if (entries.some((e) => e.code === code)) {
      const name = entries.find((e) => e.code === code)?.result.name ?? '';
      outcomes.push({
        code,
        status: 'refused',
        problem: 'duplicate',
        message: `Already collected (${name}).`
      });
      continue;
    }
    const decoded = await decodeResult(code, collection.quiz);
    if (!decoded.ok) {
      outcomes.push({ code, status: 'refused', problem: decoded.problem, message: decoded.message });
      continue;
    }
    const key = studentKey(decoded.result.name);
    const sameName = entries.some((e) => studentKey(e.result.name) === key);
    entries.push({ code, receivedAt: now.getTime(), result: decoded.result });
    outcomes.push({ code, status: 'added', name: decoded.result.name, sameName });
  }
  return { collection: { ...collection, entries }, outcomes };
}

export interface StudentSubmissions {
  key: string;
  /** The submission counted in the table: the teacher's choice, or else the latest finished. */
  counted: ResultEntry;
  /** Every submission under this name not set aside; more than one means the teacher should choose. */
  candidates: ResultEntry[];
  needsChoice: boolean;
}

/** One row per student (names compared ignoring case and spacing), in the order their first code arrived. */
export function studentsOf(collection: ResultCollection): StudentSubmissions[] {
  const groups = new Map<string, ResultEntry[]>();
  for (const entry of collection.entries) {
    if (entry.setAside) continue;
    const key = studentKey(entry.result.name);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups].map(([key, candidates]) => {
    const counted = candidates.reduce((a, b) => (b.result.finishedAt > a.result.finishedAt ? b : a));
    return { key, counted, candidates, needsChoice: candidates.length > 1 };
  });
}

/** Keeps the chosen code for its student and sets the student's other codes aside (still refused if pasted again). */
export function keepSubmission(collection: ResultCollection, code: string): ResultCollection {
  const chosen = collection.entries.find((e) => e.code === code);
  if (!chosen) return collection;
  const key = studentKey(chosen.result.name);
  return {
    ...collection,
    entries: collection.entries.map((e) =>
      studentKey(e.result.name) === key ? { ...e, setAside: e.code !== code } : e
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
