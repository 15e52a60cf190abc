/**
 * Compact text transport for quiz links and result codes: JSON → zlib (deflate + adler32) → base64url.
 * The zlib adler32 trailer lets us tell a damaged link from a valid one; fflate does not check it, so we do.
 */
import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';

/**
 * A QR code version 40-L holds 2,953 bytes in byte mode, but codes that dense are hard to scan from a projector or
 * a phone screen; 40-M (2,331 bytes) survives glare and smudges better, so we stay a little under it.
 */
export const QR_SAFE_BYTES = 2300;

export class CodecError extends Error {}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((ch, i) => [ch, i]));

/** Base64url without padding; written out so it behaves the same in Node, browsers and workers. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new CodecError('the text has been cut short or has extra characters');
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const ch of text) {
    const digit = LOOKUP.get(ch);
    if (digit === undefined) throw new CodecError(`it contains a character that does not belong: "${ch}"`);
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

export function compressJson(value: unknown): Uint8Array {
  return zlibSync(strToU8(JSON.stringify(value)), { level: 9 });
}

/** Adler-32 as zlib defines it (RFC 1950). */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** Inflates and parses; any failure (bad zlib stream, checksum, UTF-8 or JSON) is a CodecError. */
export function decompressJson(bytes: Uint8Array): unknown {
  const damaged = new CodecError('it is damaged (the compressed data does not check out)');
  let inflated: Uint8Array;
  try {
    inflated = unzlibSync(bytes);
  } catch {
    throw damaged;
  }
  const t = bytes.length - 4;
  const stored =
    t >= 2 ? ((bytes[t] << 24) | (bytes[t + 1] << 16) | (bytes[t + 2] << 8) | bytes[t + 3]) >>> 0 : -1;
  if (stored !== adler32(inflated)) throw damaged;
  let json: string;
  try {
    json = strFromU8(inflated);
  } catch {
    throw new CodecError('it is damaged (the data inside is not readable)');
  }
  try {
    return JSON.parse(json);
  } catch {
    throw new CodecError('it is damaged (the data inside is not readable)');
  }
}

/** True when the text (a full link or a result code) is small enough for a reliably scannable QR code. */
export function fitsInQr(text: string): boolean {
  return strToU8(text).length <= QR_SAFE_BYTES;
}
