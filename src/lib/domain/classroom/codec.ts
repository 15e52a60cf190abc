/**
 * Compact text transport for quiz links and result codes: JSON → zlib (deflate + adler32) → base64url.
 * The zlib adler32 trailer lets us tell a damaged link from a valid one; fflate does not check it, so we do.
 */
import { strFromU8, strToU8, zlibSync } from 'fflate';
import {
  Base64Error,
  fromBase64Url as decodeBase64Url,
  inflateCapped,
  InflateLimitError,
  parseJsonInert,
  toBase64Url
} from '../encoding';
import { formatBytes, INPUT_LIMITS } from '../limits';

export { toBase64Url };

/**
 * A QR code version 40-L holds 2,953 bytes in byte mode, but codes that dense are hard to scan from a projector or
 * a phone screen; 40-M (2,331 bytes) survives glare and smudges better, so we stay a little under it.
 */
export const QR_SAFE_BYTES = INPUT_LIMITS.qrPayload.bytes;

export class CodecError extends Error {}

/** Base64url to bytes; a character that does not belong, or a cut, is a CodecError. */
export function fromBase64Url(text: string): Uint8Array {
  try {
    return decodeBase64Url(text);
  } catch (error) {
    throw error instanceof Base64Error ? new CodecError(error.message) : error;
  }
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

/**
 * Inflates (never past `maxBytes`, counted while inflating) and parses; any failure (bad zlib stream, too large,
 * checksum, UTF-8 or JSON) is a CodecError. Keys that could reach a prototype are dropped.
 */
export function decompressJson(bytes: Uint8Array, maxBytes: number): unknown {
  const damaged = new CodecError('it is damaged (the compressed data does not check out)');
  let inflated: Uint8Array;
  try {
    inflated = inflateCapped(bytes, maxBytes, { zlib: true });
  } catch (error) {
    if (error instanceof InflateLimitError)
      throw new CodecError(`it unpacks to more than ${formatBytes(maxBytes)}, far more than a real one`);
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
    return parseJsonInert(json);
  } catch {
    throw new CodecError('it is damaged (the data inside is not readable)');
  }
}

/** True when the text (a full link or a result code) is small enough for a reliably scannable QR code. */
export function fitsInQr(text: string): boolean {
  return strToU8(text).length <= QR_SAFE_BYTES;
}
