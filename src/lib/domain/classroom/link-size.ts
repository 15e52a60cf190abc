/**
 * How the teacher's page shows a quiz link: one QR code, or (too dense for one) an animated sequence of small ones.
 * Teacher-only, apart from link.ts, so the student's page does not carry it.
 */
import { checkOf, MAX_PARTS, PART_PREFIX, PART_QR_BYTES, setOf } from './parts';

/**
 * The parts of `payload` (a quiz link's fragment) as links under `base` (`https://…/quiz#`), each at most `maxBytes`
 * long; null when it would take more than MAX_PARTS. The payload is base64url text, so one character is one byte.
 */
export function splitIntoParts(base: string, payload: string, maxBytes = PART_QR_BYTES): string[] | null {
  const set = setOf(payload);
  // Header: "p1." + set + ".NN.NN." + check + "." at most.
  const room = maxBytes - new TextEncoder().encode(base).length - (PART_PREFIX.length + 6 + 7 + 6 + 1);
  if (room < 16) return null;
  const count = Math.ceil(payload.length / room);
  if (count > MAX_PARTS) return null;
  return Array.from({ length: count }, (_, i) => {
    const data = payload.slice(i * room, (i + 1) * room);
    return `${base}${PART_PREFIX}${set}.${i + 1}.${count}.${checkOf(set, i + 1, count, data)}.${data}`;
  });
}

/** A QR code of version 15 at level M holds 412 bytes: denser than that, a phone cannot read it from a projector. */
export const SINGLE_QR_BYTES = 412;

export type LinkSize =
  | { fitsQr: true; bytes: number }
  /** `parts`: the link as an animated sequence of small codes (parts.ts), or null when even that is too long. */
  | { fitsQr: false; bytes: number; parts: string[] | null; message: string };

/**
 * How the link can be shown: one QR code (version 15 or lower), or an animated sequence of parts that the students'
 * quiz page collects; the link and a file work in every case.
 */
export function checkLinkSize(link: string): LinkSize {
  const bytes = new TextEncoder().encode(link).length;
  if (bytes <= SINGLE_QR_BYTES) return { fitsQr: true, bytes };
  const at = link.indexOf('#') + 1;
  const parts = at > 0 ? splitIntoParts(link.slice(0, at), link.slice(at)) : null;
  return {
    fitsQr: false,
    bytes,
    parts,
    message: parts
      ? `This quiz is too large for one readable QR code, so it is shown as ${parts.length} codes in turn: students scan them in any order until their quiz page has every part: with their camera app (each part opens the page) or, faster, with "Scan with this device" on that page. The link and a file work too.`
      : 'This quiz is too large for a QR code: share the link or a file instead (or pick fewer questions).'
  };
}
