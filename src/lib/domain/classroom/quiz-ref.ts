/**
 * A quiz on a built-in pack as a reference (`/quiz#q2.<payload>`): the pack is already in every student's app, so
 * the link carries only which pack (id and a fingerprint of its question list), the selection (all, a seeded random
 * N, or the picked questions as a bitset), the order seed, timer, feedback and a short title. Packed as bytes, a
 * quiz on a whole pack stays a QR code of version 10 or lower.
 *
 * Bytes: [flags, seconds, fingerprint (2), created (4, seconds), seed (4), packId (1 + n)], then the selection
 * (random: count (2); picked: scored questions (2) + bitset), the title when given (1 + n), and a 4-byte check.
 */
import { fromBase64Url, toBase64Url } from '../encoding';
import { hash53, seededRandom, shuffled } from '../hash';
import type { Pack } from '../packs/schema';
import { isScored, MAX_QUIZ_QUESTIONS } from './scored';

export const REF_VERSION = 2;
/** UTF-8 bytes of a title the reference carries; a longer one would make the QR code too dense for a projector. */
export const REF_TITLE_BYTES = 48;
const SELECTIONS = ['all', 'random', 'picked'] as const;

export type RefSelection =
  { kind: 'all' } | { kind: 'random'; count: number } | { kind: 'picked'; picked: readonly boolean[] };

export interface QuizRef {
  packId: string;
  /** A fingerprint of the pack's markable question ids: a student with another version of the pack is told so. */
  fingerprint: number;
  selection: RefSelection;
  seed: number;
  order: 'fixed' | 'shuffled';
  secondsPerQuestion: number;
  feedback: 'each' | 'end';
  /** Seconds since the epoch. */
  createdAt: number;
  /** Empty when the quiz keeps the pack's title. */
  title: string;
}

export class RefError extends Error {}

const utf8 = new TextEncoder();

export const scoredIds = (pack: Pack): string[] => pack.questions.filter(isScored).map((q) => q.id);

export function packFingerprint(pack: Pack): number {
  return hash53(scoredIds(pack).join('\n')) & 0xffff;
}

function check(body: string): number {
  return hash53(body, 0x5157) % 2 ** 32;
}

const u16 = (n: number) => [(n >>> 8) & 255, n & 255];
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

function withLength(text: string, max: number, what: string): number[] {
  const bytes = [...utf8.encode(text)];
  if (bytes.length > max) throw new RefError(`${what} is too long`);
  return [bytes.length, ...bytes];
}

/** The payload after `q2.`. */
export function encodeRef(ref: QuizRef): string {
  const { selection } = ref;
  const flags =
    SELECTIONS.indexOf(selection.kind) |
    (ref.order === 'shuffled' ? 4 : 0) |
    (ref.feedback === 'end' ? 8 : 0) |
    (ref.title ? 16 : 0);
  const bytes = [
    flags,
    ref.secondsPerQuestion,
    ...u16(ref.fingerprint),
    ...u32(ref.createdAt),
    ...u32(ref.seed),
    ...withLength(ref.packId, 200, 'the pack id')
  ];
  if (selection.kind === 'random') bytes.push(...u16(selection.count));
  if (selection.kind === 'picked') {
    const bits = new Array<number>(Math.ceil(selection.picked.length / 8)).fill(0);
    selection.picked.forEach((on, i) => {
      if (on) bits[i >> 3] |= 128 >> (i & 7);
    });
    bytes.push(...u16(selection.picked.length), ...bits);
  }
  if (ref.title) bytes.push(...withLength(ref.title, REF_TITLE_BYTES, 'the title'));
  const body = toBase64Url(Uint8Array.from(bytes));
  return body + toBase64Url(Uint8Array.from(u32(check(body))));
}

/** Reads a payload; a cut, edited or mistyped one is a RefError (the 4-byte check catches it). */
export function decodeRef(payload: string): QuizRef {
  const cut = payload.length - 6;
  if (cut < 4) throw new RefError('it has been cut short');
  const body = payload.slice(0, cut);
  let bytes: Uint8Array;
  let stored: Uint8Array;
  try {
    bytes = fromBase64Url(body);
    stored = fromBase64Url(payload.slice(cut));
  } catch {
    throw new RefError('it has characters that do not belong in a quiz link');
  }
  if (new DataView(stored.buffer).getUint32(0) !== check(body) || stored.length !== 4)
    throw new RefError('it does not check out (a character was changed or lost)');
  let at = 0;
  const need = (n: number) => {
    if (at + n > bytes.length) throw new RefError('it has been cut short');
    const start = at;
    at += n;
    return bytes.subarray(start, start + n);
  };
  const num = (n: number) => need(n).reduce((acc, b) => acc * 256 + b, 0);
  const text = () => new TextDecoder('utf-8', { fatal: true }).decode(need(num(1)));
  const flags = num(1);
  const kind = SELECTIONS[flags & 3];
  if (!kind || flags > 31) throw new RefError('it uses settings this app does not know');
  const ref = {
    secondsPerQuestion: num(1),
    fingerprint: num(2),
    createdAt: num(4),
    seed: num(4),
    packId: text(),
    order: flags & 4 ? 'shuffled' : 'fixed',
    feedback: flags & 8 ? 'end' : 'each'
  } as const;
  let selection: RefSelection = { kind: 'all' };
  if (kind === 'random') selection = { kind, count: num(2) };
  if (kind === 'picked') {
    const length = num(2);
    const bits = need(Math.ceil(length / 8));
    selection = {
      kind,
      picked: Array.from({ length }, (_, i) => (bits[i >> 3] & (128 >> (i & 7))) !== 0)
    };
  }
  const title = flags & 16 ? text() : '';
  if (at !== bytes.length) throw new RefError('it has data this app does not know');
  return { ...ref, selection, title };
}

/** `qz-…` from the payload itself, so teacher and students derive the same id. */
export function refQuizId(payload: string): string {
  return `qz-${hash53(payload).toString(36)}`;
}

export type RefQuestions = { ok: true; questionIds: string[] } | { ok: false; message: string };

/**
 * The questions a reference selects on this device's copy of the pack: the same ones in the same order as on the
 * teacher's device, or a message when this copy of the pack is not the one the quiz was made on.
 */
export function refQuestions(ref: QuizRef, pack: Pack): RefQuestions {
  if (pack.id !== ref.packId) return { ok: false, message: `This quiz needs the pack "${ref.packId}".` };
  const ids = scoredIds(pack);
  if (packFingerprint(pack) !== ref.fingerprint)
    return {
      ok: false,
      message: `This quiz was made on another version of the pack "${pack.title}" than this app has. Reload the app while online, or ask your teacher for a new link.`
    };
  const { selection } = ref;
  let questionIds: string[];
  if (selection.kind === 'all') questionIds = ids;
  else if (selection.kind === 'random') questionIds = randomSet(ids, selection.count, ref.seed);
  else {
    if (selection.picked.length !== ids.length)
      return { ok: false, message: `This quiz does not match the pack "${pack.title}" in this app.` };
    questionIds = ids.filter((_, i) => selection.picked[i]);
  }
  if (questionIds.length === 0 || questionIds.length > MAX_QUIZ_QUESTIONS)
    return { ok: false, message: 'This quiz link asks for a number of questions no quiz has.' };
  return { ok: true, questionIds };
}

/** A seeded random set, the same on every device. */
export function randomSet(ids: readonly string[], count: number, seed: number): string[] {
  return shuffled(ids, seededRandom(seed)).slice(0, count);
}
