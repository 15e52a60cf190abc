/**
 * One entry point for importing a file: refuse what is too large before reading it, detect the format, parse,
 * validate, and return a preview — the pack that would be stored, and what was skipped and why, by line or row.
 * Nothing is stored here; the caller shows the preview and stores the pack if the teacher agrees.
 */
import { stableId } from '../hash';
import { assemblePack, buildQuestions, titleFromFileName, type Draft } from './build';
import { readKahootCsv } from './csv';
import { issue, type ImportIssue } from './errors';
import { readGiftQuestions } from './gift';
import { readJsonPack } from './json';
import { readKahootXlsx } from './kahoot-xlsx';
import type { Pack, Question } from './schema';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type ImportFormat = 'json' | 'gift' | 'kahoot-xlsx' | 'kahoot-csv';

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  json: 'Sourcewise pack (JSON)',
  gift: 'GIFT (Moodle)',
  'kahoot-xlsx': 'Kahoot spreadsheet (.xlsx)',
  'kahoot-csv': 'Kahoot spreadsheet (CSV)'
};

export interface ImportPreview {
  format: ImportFormat;
  /** The valid pack that would be stored: every question in it passed the schema. */
  pack: Pack;
  /** Items not imported, each with its line, row or field and the reason. */
  skipped: ImportIssue[];
  /** Imported, but changed or worth a look (an image replaced by a note, a text over Kahoot's limit). */
  warnings: ImportIssue[];
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

/** Guesses the format from the name and the first bytes. */
export function detectFormat(name: string, head: Uint8Array): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if ((head[0] === 0x50 && head[1] === 0x4b) || ext === 'xlsx') return 'kahoot-xlsx';
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'kahoot-csv';
  if (ext === 'gift') return 'gift';
  const start = new TextDecoder()
    .decode(head.subarray(0, 2000))
    .replace(/^\ufeff/, '')
    .trimStart();
  if (start.startsWith('{')) return 'json';
  const firstLines = start.split('\n', 10).join('\n');
  if (/(^|,)"?Question - max 120/i.test(firstLines) || /^[^{}\n]*,[^{}\n]*Answer 1/im.test(firstLines))
    return 'kahoot-csv';
  return 'gift';
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

function fromDrafts(
  format: ImportFormat,
  name: string,
  read: { drafts: Draft[]; skipped: ImportIssue[]; warnings: ImportIssue[] }
): ImportResult {
  const built = buildQuestions(read.drafts, format === 'gift' ? 'gift' : 'kahoot');
  return preview(
    format,
    name,
    built.questions,
    [...read.skipped, ...built.skipped],
    [...read.warnings, ...built.warnings]
  );
}

function preview(
  format: ImportFormat,
  name: string,
  questions: Question[],
  skipped: ImportIssue[],
  warnings: ImportIssue[]
): ImportResult {
  if (!questions.length)
    return {
      ok: false,
      problems: skipped.length
        ? skipped
        : [issue(format.startsWith('kahoot') ? { row: 1 } : { line: 1 }, 'no questions found in the file')]
    };
  const title = titleFromFileName(name);
  const pack = assemblePack(
    { id: stableId(format, title, questions.map((q) => q.id).join()), title },
    questions
  );
  return { ok: true, preview: { format, pack, skipped, warnings } };
}

/** Imports text in a text format (GIFT, JSON, Kahoot CSV). */
export function importText(
  name: string,
  text: string,
  format?: Exclude<ImportFormat, 'kahoot-xlsx'>
): ImportResult {
  const chosen = format ?? detectFormat(name, new TextEncoder().encode(text.slice(0, 2000)));
  switch (chosen) {
    case 'json': {
      const read = readJsonPack(text);
      if (!read.ok) return read;
      return {
        ok: true,
        preview: { format: 'json', pack: read.pack, skipped: read.skipped, warnings: read.warnings }
      };
    }
    case 'kahoot-csv':
      return fromDrafts('kahoot-csv', name, readKahootCsv(text));
    default: {
      const read = readGiftQuestions(text);
      return preview('gift', name, read.questions, read.skipped, read.warnings);
    }
  }
}

/** Imports a file's bytes in any supported format. */
export async function importBytes(name: string, buffer: ArrayBuffer): Promise<ImportResult> {
  const tooLarge = checkFileSize(buffer.byteLength);
  if (tooLarge) return tooLarge;
  const bytes = new Uint8Array(buffer);
  if (!bytes.length) return refuse('the file is empty', { line: 1 });
  const format = detectFormat(name, bytes.subarray(0, 2000));
  if (format === 'kahoot-xlsx') {
    const read = await readKahootXlsx(buffer);
    return read.ok ? fromDrafts(format, name, read) : read;
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  if (!decoded.text.trim()) return refuse('the file is empty', { line: 1 });
  return importText(name, decoded.text, format);
}

/** Imports a picked or dropped file; its size is checked before a byte is read. */
export async function importFile(file: FileLike): Promise<ImportResult> {
  return checkFileSize(file.size) ?? importBytes(file.name, await file.arrayBuffer());
}
