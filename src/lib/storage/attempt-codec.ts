/**
 * Attempts at rest (database version 8 on). The answer log is by far the largest store (a heavy learner keeps
 * 100,000 answers), so each answer is stored in a compact form and expanded when read: everything above storage sees
 * `AttemptRecord`, and reads and writes of the `attempts` store go through this module. Backups keep the expanded
 * form. The compact form:
 * - `questionId` and `at` keep their names: the `by-question` and `by-at` indexes read them, so every record is in
 *   them, compact or (kept as it was by the upgrade) expanded;
 * - `p`: the pack id;
 * - `n`: [skill, type, correct, score, durationMs, graded, timedOut, sourceOpened], absent ones left undefined; skill
 *   and type as their place in `SKILLS` and `QUESTION_TYPES` (stored numbers: those lists only ever grow at their
 *   end), or as the string itself when it is not on the list (older data);
 * - `r`: the response without its `type` when that is the attempt's own type (as it always is), else all of it;
 * - `s`: the scope, absent for the pack's own (`pack:<p>`) and 0 for `builtin`; `z`: the quiz id, when there is one.
 * (The app's own code checks every record it reads, so nonsense in a compact one comes out as a field it refuses.)
 */
import { QUESTION_TYPES, SKILLS } from '../domain/questions';
import type { StorageProblem } from './errors';
import { attemptRecordSchema, fieldKey, keepValid, type AttemptRecord } from './records';
import { BUILTIN_SCOPE } from './scope';

/** An attempt as the `attempts` store holds it; without `id` until the store assigns one. */
export interface StoredAttempt {
  id?: number;
  questionId: string;
  at: number;
  p: string;
  n: unknown[];
  r?: object;
  s?: string | number;
  z?: string;
}

const SCOPES = [BUILTIN_SCOPE];
const place = (list: readonly string[], value: string) => {
  const i = list.indexOf(value);
  return i < 0 ? value : i;
};
const fromPlace = (list: readonly string[], value: unknown) =>
  typeof value === 'number' ? list[value] : value;

/** The compact form of a checked attempt (`id` may be absent: the store assigns it). */
export function encodeAttempt(a: Omit<AttemptRecord, 'id'> & { id?: number }): StoredAttempt {
  const stored: StoredAttempt = {
    questionId: a.questionId,
    at: a.at,
    p: a.packId,
    n: [
      place(SKILLS, a.skill),
      place(QUESTION_TYPES, a.type),
      a.correct,
      a.score,
      a.durationMs,
      a.graded,
      a.timedOut,
      a.sourceOpened
    ]
  };
  if (a.id !== undefined) stored.id = a.id;
  if (a.response) {
    const { type, ...rest } = a.response;
    stored.r = type === a.type ? rest : a.response;
  }
  if (a.scope !== `pack:${a.packId}`) stored.s = place(SCOPES, a.scope);
  if (a.quizId !== undefined) stored.z = a.quizId;
  return stored;
}

/** A stored record as an attempt's fields, to be checked: a compact one is expanded, any other left as it is. */
export function decodeAttempt(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as StoredAttempt).n)) return value;
  const { id, questionId, at, p, n, r, s, z } = value as StoredAttempt;
  const [skill, type, correct, score, durationMs, graded, timedOut, sourceOpened] = n;
  const typeName = fromPlace(QUESTION_TYPES, type);
  const fields: Record<string, unknown> = {
    id,
    questionId,
    packId: p,
    scope: s === undefined ? `pack:${p}` : fromPlace(SCOPES, s),
    skill: fromPlace(SKILLS, skill),
    type: typeName,
    correct,
    score,
    graded,
    response: r && typeof r === 'object' && !('type' in r) ? { type: typeName, ...r } : r,
    timedOut,
    at,
    durationMs,
    quizId: z,
    sourceOpened
  };
  // Absent stays absent: a field is written out only when the attempt has it.
  for (const key in fields) if (fields[key] === undefined) delete fields[key];
  return fields;
}

/** Stored records as attempts; those that do not read as one are reported through `onProblem` and left out. */
export function readAttempts(
  values: readonly unknown[],
  onProblem: (problem: StorageProblem) => void
): AttemptRecord[] {
  return keepValid(attemptRecordSchema, 'attempts', values.map(decodeAttempt), fieldKey('id'), onProblem);
}

/**
 * The compact form of a record written before version 8, or null to keep it as it is: one that does not read as an
 * attempt (it is reported when read, as before), or one holding something the compact form would lose (a field this
 * version does not know). Records are plain JSON values, so JSON with sorted keys compares them.
 */
export function compacted(value: unknown): StoredAttempt | null {
  const parsed = attemptRecordSchema.safeParse(value);
  if (!parsed.success) return null;
  const stored = encodeAttempt(parsed.data);
  // Keys sorted by name alone, and only in plain objects: the record schema takes any key in a matching answer (the app
  // writes pair numbers, a restored backup may hold anything), such as "toString", so no method of the object is called.
  const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
  const json = (v: unknown) =>
    JSON.stringify(v, (_, x: unknown) =>
      typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype
        ? Object.fromEntries(Object.entries(x).sort(byKey))
        : x
    );
  return json(decodeAttempt(stored)) === json(value) ? stored : null;
}
