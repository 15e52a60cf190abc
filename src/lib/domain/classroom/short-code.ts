/**
 * Short quiz codes students can type (8 characters, shown as "ABCD-EFGH"): a quiz of all or a seeded random set of a
 * built-in pack, with its order, feedback and a common timer, and nothing else (a picked set or an own title needs
 * the link or the QR code). No server: the code is the quiz, deterministically.
 *
 * 40 bits in Crockford base32 (no I, L, O or U; typed I/L read as 1 and O as 0): pack (6 bits of a hash of its id),
 * count (8: 0 = all), seed (14), feedback (1), order (1), timer (3: one of TIMERS), check (7, over the pack's id and
 * fingerprint too, so a typo or another version of the pack is caught, not turned into another quiz).
 */
import { hash53 } from '../hash';
import { packFingerprint, refQuizId, type QuizRef } from './quiz-ref';
import type { Pack } from '../packs/schema';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SHORT_CODE_LENGTH = 8;
/** Seeds of a quiz that may get a short code stay below this. */
export const SHORT_SEED_LIMIT = 2 ** 14;
const TIMERS = [0, 10, 15, 20, 30, 45, 60, 90] as const;
const MAX_COUNT = 255;

export interface ShortCodeFields {
  packHash: number;
  count: number;
  seed: number;
  feedback: QuizRef['feedback'];
  order: QuizRef['order'];
  timer: number;
  check: number;
}

const packHash = (packId: string) => hash53(packId) & 63;

function checkOf(
  packId: string,
  fingerprint: number,
  f: Omit<ShortCodeFields, 'check' | 'packHash'>
): number {
  return (
    hash53(`${packId}|${fingerprint}|${f.count}|${f.seed}|${f.feedback}|${f.order}|${f.timer}`, 0x4b) & 127
  );
}

/** The short code of a reference, or null when it holds more than a short code can (a picked set, a title…). */
export function shortCodeFor(ref: QuizRef): string | null {
  const { selection } = ref;
  const count = selection.kind === 'all' ? 0 : selection.kind === 'random' ? selection.count : -1;
  const timer = TIMERS.indexOf(ref.secondsPerQuestion as (typeof TIMERS)[number]);
  if (
    count < 0 ||
    count > MAX_COUNT ||
    timer < 0 ||
    ref.title ||
    ref.seed >= SHORT_SEED_LIMIT ||
    ref.seed < 0
  )
    return null;
  const fields = { count, seed: ref.seed, feedback: ref.feedback, order: ref.order, timer };
  let bits = BigInt(packHash(ref.packId));
  for (const [value, width] of [
    [count, 8],
    [ref.seed, 14],
    [ref.feedback === 'end' ? 1 : 0, 1],
    [ref.order === 'shuffled' ? 1 : 0, 1],
    [timer, 3],
    [checkOf(ref.packId, ref.fingerprint, fields), 7]
  ] as const)
    bits = (bits << BigInt(width)) | BigInt(value);
  let code = '';
  for (let i = SHORT_CODE_LENGTH - 1; i >= 0; i--) code += ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)];
  return code;
}

/**
 * The id of the quiz a reference stands for: a quiz a short code can stand for has the code in its id, so its link,
 * its QR code and its code are one quiz (one collection of results); any other has an id from its link's payload.
 */
export function quizIdOfRef(payload: string, ref: QuizRef): string {
  const short = shortCodeFor(ref);
  return short ? `qc-${short.toLowerCase()}` : refQuizId(payload);
}

/** "ABCD-EFGH": how the page shows a code (the dash is for reading; typing it is optional). */
export const formatShortCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

export type ParsedShortCode =
  { ok: true; code: string; fields: ShortCodeFields } | { ok: false; message: string };

/** Reads what a student typed: any case, spaces or dashes, I/L for 1 and O for 0. */
export function parseShortCode(typed: string): ParsedShortCode {
  const code = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (code.length !== SHORT_CODE_LENGTH)
    return {
      ok: false,
      message: `A quiz code has ${SHORT_CODE_LENGTH} letters and digits; this one has ${code.length}.`
    };
  const bad = [...code].find((ch) => !ALPHABET.includes(ch));
  if (bad)
    return { ok: false, message: `A quiz code has no "${bad}" in it: check the code with your teacher.` };
  let bits = 0n;
  for (const ch of code) bits = (bits << 5n) | BigInt(ALPHABET.indexOf(ch));
  const take = (width: number) => {
    const value = Number(bits & ((1n << BigInt(width)) - 1n));
    bits >>= BigInt(width);
    return value;
  };
  const check = take(7);
  const timer = take(3);
  const order = take(1) ? 'shuffled' : 'fixed';
  const feedback = take(1) ? 'end' : 'each';
  const seed = take(14);
  const count = take(8);
  return { ok: true, code, fields: { packHash: take(6), count, seed, feedback, order, timer, check } };
}

/** Whether the code can be for this pack at all (before loading it): the 6 bits of its id. */
export const mayBeFor = (fields: ShortCodeFields, packId: string): boolean =>
  fields.packHash === packHash(packId);

/** The reference a code stands for on this pack, or null when the code is not for this pack (or this version of it). */
export function refFromShortCode(fields: ShortCodeFields, pack: Pack): QuizRef | null {
  const fingerprint = packFingerprint(pack);
  if (!mayBeFor(fields, pack.id) || checkOf(pack.id, fingerprint, fields) !== fields.check) return null;
  return {
    packId: pack.id,
    fingerprint,
    selection: fields.count === 0 ? { kind: 'all' } : { kind: 'random', count: fields.count },
    seed: fields.seed,
    order: fields.order,
    secondsPerQuestion: TIMERS[fields.timer],
    feedback: fields.feedback,
    createdAt: 0,
    title: ''
  };
}
