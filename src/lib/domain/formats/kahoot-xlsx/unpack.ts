/**
 * An .xlsx is a zip of XML files. It is unpacked here, synchronously and with every inflated byte counted, before the
 * spreadsheet library sees it: the sizes a zip declares can lie (a 1.6 KB claim that inflates to gigabytes), and the
 * library would inflate large entries in a `blob:` Web Worker, which the app's CSP rightly blocks, so a big but honest
 * file never finished. What the library then gets is the same XML stored without compression: nothing left to inflate.
 */
import { Unzip, UnzipInflate, zipSync } from 'fflate';
import { InflateLimitError, joinChunks } from '../../encoding';

/** The spreadsheet library reads only these entries; the rest (images, printer settings) is never inflated. */
const SPREADSHEET_PART = /\.(?:xml|rels)$/i;

/** Input is pushed in slices so that the count stops a bomb after at most one slice's worth of output (about 1 MB: deflate expands at most about 1,032 times). */
const SLICE_BYTES = 1024;

export class UnpackError extends Error {}

/**
 * The XML parts of an .xlsx, inflated with the total counted against `maxBytes` (throws `InflateLimitError` past it,
 * `UnpackError` for a damaged archive), and the same parts as an uncompressed zip for the spreadsheet library.
 */
export function unpackXlsx(
  bytes: Uint8Array,
  maxBytes: number
): { parts: Record<string, Uint8Array>; stored: ArrayBuffer } {
  const parts: Record<string, Uint8Array> = {};
  let total = 0;
  let pending = 0;
  // fflate hands an exception thrown from `ondata` back to `ondata` as its error: the first reason is kept here.
  let stopped: Error | undefined;
  const unzip = new Unzip((file) => {
    if (!SPREADSHEET_PART.test(file.name)) return;
    const chunks: Uint8Array[] = [];
    pending++;
    file.ondata = (error, data, final) => {
      if (error) throw (stopped ??= new UnpackError(`its part ${file.name} is damaged`));
      total += data.length;
      if (total > maxBytes) throw (stopped = new InflateLimitError(maxBytes, total));
      chunks.push(data);
      if (final) {
        parts[file.name] = joinChunks(chunks);
        pending--;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
      const end = Math.min(bytes.length, at + SLICE_BYTES);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch {
    throw stopped ?? new UnpackError('its zip archive is damaged');
  }
  if (pending > 0) throw new UnpackError('its zip archive ends early');
  const stored = zipSync(parts, { level: 0 });
  return {
    parts,
    stored: stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer
  };
}
