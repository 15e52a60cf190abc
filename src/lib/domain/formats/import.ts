/**
 * One entry point for importing a file: refuse what is too large before reading it, detect the format, parse,
 * validate, and return a preview — the pack that would be stored, and what was skipped and why, by line or row.
 * Nothing is stored here; the caller shows the preview and stores the pack if the teacher agrees.
 */
import { stableId } from '../hash';
import { assemblePack, titleFromFileName } from '../packs/build';
import { issue, type ImportIssue } from '../packs/errors';
import type { Pack, Question } from '../packs/schema';
import { FORMAT_IDS, FORMATS, MAX_FILE_BYTES, READ_FORMATS, type FormatId } from './registry';
import type { CardLayout, Format, ReadOptions, ReadResult, Sample } from './types';

export { MAX_FILE_BYTES };

export interface ImportPreview {
  format: FormatId;
  /** The valid pack that would be stored: every question in it passed the schema. */
  pack: Pack;
  /** Items not imported, each with its line, row or field and the reason. */
  skipped: ImportIssue[];
  /** Imported, but changed or worth a look (an image replaced by a note, a text over Kahoot's limit). */
  warnings: ImportIssue[];
  /** How a flashcard file was read (separators, which column is the front, back, tags), for the teacher to change. */
  layout?: CardLayout;
}

export type ImportResult = { ok: true; preview: ImportPreview } | { ok: false; problems: ImportIssue[] };

/** What `File` offers; declared here so domain code does not depend on DOM types. */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const refuse = (message: string, place = {}): ImportResult => ({
  ok: false,
  problems: [issue(place, message)]
});

/** The file is refused before it is read when it is larger than the limit. */
export function checkFileSize(size: number): ImportResult | undefined {
  if (size <= MAX_FILE_BYTES) return undefined;
  return refuse(
    `the file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB`
  );
}

const format = (id: FormatId): Format => FORMATS[id];

/**
 * The format a file is in: by its content first (the likeliest format's `sniff`), by its extension second; undefined
 * when no format claims it (the file is refused, never read as something it is not).
 */
export function detectFormat(name: string, head: Uint8Array): FormatId | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const sample: Sample = {
    bytes: head,
    text: new TextDecoder()
      .decode(head.subarray(0, 2000))
      .replace(/^\ufeff/, '')
      .trimStart()
  };
  const scores = FORMAT_IDS.map((id) => ({ id, score: format(id).sniff(sample) }));
  const likeliest = scores.filter((s) => s.score > 0).sort((a, b) => b.score - a.score)[0];
  return (
    likeliest?.id ??
    FORMAT_IDS.find(
      (id) =>
        ext !== undefined && format(id).claimsExtensions !== false && format(id).extensions.includes(ext)
    )
  );
}

/** A file no format claims: which formats are read, and where questions from an article come from. */
export function unknownFormat(): ImportResult {
  const names = READ_FORMATS.map((id) => format(id).label).join(', ');
  return refuse(
    `this is not a file Sourcewise reads as questions (it reads ${names}); to make questions from an article, use Generate (sourcewise generate)`
  );
}

/** UTF-8 text of a file, or the line where it stops being UTF-8 text. */
function decodeText(bytes: Uint8Array): { text: string } | { problem: ImportIssue } {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problem: issue({ line: lineOfByte(bytes, nul) }, 'the file is binary, not text') };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '') };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const line = loose.slice(0, loose.indexOf('\ufffd')).split('\n').length;
    return { problem: issue({ line }, 'the file is not UTF-8 text; save it as UTF-8 and import it again') };
  }
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 10) line++;
  return line;
}

/** A reader's result as a preview: a JSON pack as it is, questions assembled into a pack named after the file. */
function preview(id: FormatId, name: string, read: ReadResult): ImportResult {
  if (!read.ok) return read;
  const { skipped, warnings } = read;
  if ('pack' in read) return { ok: true, preview: { format: id, pack: read.pack, skipped, warnings } };
  const questions: Question[] = read.questions;
  if (!questions.length)
    return {
      ok: false,
      problems: skipped.length ? skipped : [issue(format(id).firstPlace, 'no questions found in the file')]
    };
  const title = titleFromFileName(name);
  const pack = assemblePack({ id: stableId(id, title, questions.map((q) => q.id).join()), title }, questions);
  const layout = read.layout;
  return { ok: true, preview: { format: id, pack, skipped, warnings, ...(layout ? { layout } : {}) } };
}

type TextFormatId = { [K in FormatId]: (typeof FORMATS)[K] extends { binary: false } ? K : never }[FormatId];

/** Imports text in a text format (GIFT, JSON, Kahoot CSV, flashcards); `options` are the preview's choices. */
export async function importText(
  name: string,
  text: string,
  id?: TextFormatId,
  options?: ReadOptions
): Promise<ImportResult> {
  const chosen = id ?? detectFormat(name, new TextEncoder().encode(text.slice(0, 2000)));
  if (chosen === undefined || format(chosen).binary) return unknownFormat();
  const { read } = await FORMATS[chosen as TextFormatId].reader();
  return preview(chosen, name, read(text, options));
}

/**
 * Imports a file's bytes in any supported format. `as` names the format (the preview read the file as one, and the
 * teacher changed how), `options` the teacher's choices.
 */
export async function importBytes(
  name: string,
  buffer: ArrayBuffer,
  as?: { format: FormatId; options: ReadOptions }
): Promise<ImportResult> {
  const tooLarge = checkFileSize(buffer.byteLength);
  if (tooLarge) return tooLarge;
  const bytes = new Uint8Array(buffer);
  if (!bytes.length) return refuse('the file is empty', { line: 1 });
  const id = as?.format ?? detectFormat(name, bytes.subarray(0, 2000));
  const detected = id === undefined ? undefined : format(id);
  if (detected && detected.reader === undefined) return refuse(detected.notRead, detected.firstPlace);
  if (id !== undefined && detected?.binary) {
    const { read } = await detected.reader();
    return preview(id, name, await read(buffer));
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  if (!decoded.text.trim()) return refuse('the file is empty', { line: 1 });
  if (id === undefined) return unknownFormat();
  return importText(name, decoded.text, id as TextFormatId, as?.options);
}

/** Imports a picked or dropped file; its size is checked before a byte is read. */
export async function importFile(
  file: FileLike,
  as?: { format: FormatId; options: ReadOptions }
): Promise<ImportResult> {
  return checkFileSize(file.size) ?? importBytes(file.name, await file.arrayBuffer(), as);
}
