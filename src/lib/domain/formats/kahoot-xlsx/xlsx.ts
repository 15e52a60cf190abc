/**
 * Kahoot .xlsx files: read with read-excel-file and written with write-excel-file, both in their "universal" builds
 * that take and give an ArrayBuffer/Blob, so the same code runs in the browser, a Web Worker and Node.
 */
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import { InflateLimitError } from '../../encoding';
import { INPUT_LIMITS, overLimit } from '../../limits';
import { issue, type ImportIssue } from '../../packs/errors';
import {
  KAHOOT_HEADERS,
  kahootRows,
  questionsFromRows,
  readKahootRows,
  type Cell,
  type KahootRead
} from '../shared/kahoot-rows';
import type { ReadResult, Written } from '../types';
import { unpackXlsx } from './unpack';
import type { Pack } from '../../packs/schema';

export type XlsxRead = ({ ok: true } & KahootRead) | { ok: false; problems: ImportIssue[] };

const refuse = (message: string): XlsxRead => ({ ok: false, problems: [issue({ row: 1 }, message)] });

/** Reads the first sheet of a Kahoot .xlsx file. */
export async function readKahootXlsx(buffer: ArrayBuffer): Promise<XlsxRead> {
  const bytes = new Uint8Array(buffer);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return refuse('not an .xlsx file (it is not a zip archive)');
  let stored: ArrayBuffer;
  try {
    stored = unpackXlsx(bytes, INPUT_LIMITS.fileImport.xlsxInflatedBytes).stored;
  } catch (error) {
    if (error instanceof InflateLimitError)
      return refuse(overLimit('What the spreadsheet unpacks to', error.limit, error.reached, 'bytes'));
    return refuse(
      `the .xlsx file cannot be opened: ${error instanceof Error ? error.message : 'it is damaged'}`
    );
  }
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(stored)) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    return refuse(
      `the .xlsx file cannot be read (${error instanceof Error ? error.message : String(error)})`
    );
  }
  if (!sheets.length) return refuse('the spreadsheet has no sheets');
  return { ok: true, ...readKahootRows(sheets[0].data) };
}

const INTRO = [
  'Add questions, at least two answer alternatives, time limit and choose correct answers (at least one).',
  'Questions have a limit of 120 characters and answers 75. If several answers are correct, separate them with a comma.'
];

/** A pack as a Kahoot template workbook: notes in B2–B4, the header in row 8, questions from row 9. */
export async function writeKahootXlsx(pack: Pack): Promise<{ bytes: Uint8Array; warnings: ImportIssue[] }> {
  const { rows, warnings } = kahootRows(pack);
  const text = (value: string | number | null) => (value === null || value === '' ? null : { value });
  const sheet = [
    [null],
    [null, text(pack.title)],
    ...INTRO.map((line) => [null, text(line)]),
    [null],
    [null],
    [null],
    [null, ...KAHOOT_HEADERS.map((h) => ({ value: h, fontWeight: 'bold' as const }))],
    ...rows.map((row) => row.map((value) => text(value)))
  ];
  const blob = await writeXlsxFile(sheet, {
    columns: [{ width: 5 }, { width: 60 }, ...Array(6).fill({ width: 25 })]
  }).toBlob();
  return { bytes: new Uint8Array(await blob.arrayBuffer()), warnings };
}

/** The registry's reader and writer (kahoot-xlsx/format.ts). */
export async function read(buffer: ArrayBuffer): Promise<ReadResult> {
  const sheet = await readKahootXlsx(buffer);
  return sheet.ok ? questionsFromRows(sheet) : sheet;
}

export async function write(pack: Pack): Promise<Written> {
  const { bytes, warnings } = await writeKahootXlsx(pack);
  return { data: bytes, warnings };
}
