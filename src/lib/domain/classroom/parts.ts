/**
 * A quiz link too large for one readable QR code, as a sequence of small ones the teacher's page animates. Each part
 * is itself a link (`/quiz#p1.<set>.<index>.<count>.<check>.<data>`), so any camera app opens it; the student's quiz
 * page keeps the parts it has (any order, the same part twice is harmless), refuses a damaged one, shows how many
 * are still missing and opens the quiz once the last arrives.
 * - set: 6 base36 characters of a hash of the whole payload, so parts of two quizzes never mix and the joined
 *   payload is checked once more;
 * - check: 6 base36 characters of a hash of the part's own fields, so a misread part is refused, not joined.
 */
import { z } from 'zod';
import { hash53 } from '../hash';

export const PART_PREFIX = 'p1.';
/** A QR code of version 10 at level M holds 213 bytes: small enough to read from the back of a room. */
export const PART_QR_BYTES = 213;
/** Longer than this, an animation would take minutes to scan: the link and the file remain. */
export const MAX_PARTS = 40;
const PART = /^p1\.([0-9a-z]{6})\.(\d{1,2})\.(\d{1,2})\.([0-9a-z]{6})\.(.+)$/s;

const base36 = (n: number) => (n % 36 ** 6).toString(36).padStart(6, '0');
export const setOf = (payload: string) => base36(hash53(payload, 0x7031));
export const checkOf = (set: string, index: number, count: number, data: string) =>
  base36(hash53(`${set}.${index}.${count}.${data}`, 0x7032));

export interface QuizPart {
  set: string;
  /** 1-based. */
  index: number;
  count: number;
  data: string;
}

export type ReadPart = { ok: true; part: QuizPart } | { ok: false; message: string };

/** Reads one part (a whole link or its fragment); a part whose check fails is refused, never joined. */
export function readPart(text: string): ReadPart | null {
  const fragment = text.trim().replace(/^[^#]*#/, '');
  if (!fragment.startsWith(PART_PREFIX)) return null;
  const match = PART.exec(fragment);
  const damaged = {
    ok: false as const,
    message: 'This part of the quiz was misread or damaged: scan it again as it comes round.'
  };
  if (!match) return damaged;
  const [, set, i, n, check, data] = match;
  const index = Number(i);
  const count = Number(n);
  if (index < 1 || index > count || count > MAX_PARTS || checkOf(set, index, count, data) !== check)
    return damaged;
  return { ok: true, part: { set, index, count, data } };
}

/** The parts of one quiz collected so far, by index: plain data, stored between scans and checked when read. */
export const partCollectionSchema = z.object({
  set: z.string().regex(/^[0-9a-z]{6}$/),
  count: z.number().int().min(1).max(MAX_PARTS),
  parts: z.record(z.string(), z.string())
});
export type PartCollection = z.infer<typeof partCollectionSchema>;

export interface AddedPart {
  /** `again`: this part was already here (a camera sees the same frame many times). */
  status: 'added' | 'again';
  collection: PartCollection;
  have: number;
  /** The joined quiz link's fragment once every part is in and the whole checks out. */
  payload: string | null;
}

/** Adds a part to what was collected; a part of another quiz starts afresh (the student moved on to another one). */
export function addPart(collection: PartCollection | null, part: QuizPart): AddedPart {
  const fresh = !collection || collection.set !== part.set || collection.count !== part.count;
  const base: PartCollection = fresh ? { set: part.set, count: part.count, parts: {} } : collection;
  const again = base.parts[part.index] === part.data;
  const next = again ? base : { ...base, parts: { ...base.parts, [part.index]: part.data } };
  const have = Object.keys(next.parts).length;
  if (have < next.count) return { status: again ? 'again' : 'added', collection: next, have, payload: null };
  const joined = Array.from({ length: next.count }, (_, i) => next.parts[i + 1]).join('');
  // Every part checked out but the whole does not (two quizzes' parts under one hash): start again.
  if (setOf(joined) !== next.set)
    return { status: 'added', collection: { ...next, parts: {} }, have: 0, payload: null };
  return { status: again ? 'again' : 'added', collection: next, have, payload: joined };
}
