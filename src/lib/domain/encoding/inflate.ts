/**
 * Inflation that stops at a cap. The bytes are counted as they come out of the decompressor, input slice by input
 * slice, so a deflate bomb (a few KB that would inflate to gigabytes) is stopped after at most one slice's worth of
 * output past the cap, whatever sizes the data claims.
 */
import { Inflate, Unzlib } from 'fflate';

/** The compressed data would inflate to more than the cap. */
export class InflateLimitError extends Error {
  constructor(
    readonly limit: number,
    /** Bytes inflated when it stopped: at least this much, likely far more. */
    readonly reached: number
  ) {
    super(`it unpacks to more than ${limit} bytes`);
  }
}

/** The data is not a valid deflate (or zlib) stream, or it ends early. */
export class InflateError extends Error {}

/**
 * Deflate expands at most about 1,032 times, so a 1 KB slice of input yields about 1 MB of output at most: the
 * most the cap can be overrun by before the count stops it.
 */
const SLICE_BYTES = 1024;

/** Inflates raw deflate (`zlib: false`) or a zlib stream (`zlib: true`, its header and trailer) up to `maxBytes`. */
export function inflateCapped(bytes: Uint8Array, maxBytes: number, { zlib = false } = {}): Uint8Array {
  if (bytes.length === 0) throw new InflateError('there is no compressed data');
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const onData = (chunk: Uint8Array, final: boolean) => {
    total += chunk.length;
    if (total > maxBytes) throw new InflateLimitError(maxBytes, total);
    chunks.push(chunk);
    if (final) ended = true;
  };
  const stream = zlib ? new Unzlib(onData) : new Inflate(onData);
  try {
    for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
      const end = Math.min(bytes.length, at + SLICE_BYTES);
      stream.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (error) {
    if (error instanceof InflateLimitError) throw error;
    throw new InflateError('the compressed data is damaged');
  }
  if (!ended) throw new InflateError('the compressed data ends early');
  return joinChunks(chunks);
}

/** The chunks a decompressor gave, as one array (the chunk itself when there is only one). */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
