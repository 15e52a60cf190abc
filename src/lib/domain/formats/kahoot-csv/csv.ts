/** Kahoot-layout CSV: the template's columns in a CSV file (read with papaparse, row numbers as in a spreadsheet). */
import Papa from 'papaparse';
import { issue, type ImportIssue } from '../../packs/errors';
import {
  KAHOOT_HEADERS,
  kahootRows,
  questionsFromRows,
  readKahootRows,
  type KahootRead
} from '../shared/kahoot-rows';
import type { ReadResult, Written } from '../types';
import type { Pack } from '../../packs/schema';
import { FORMULA_START, spreadsheetCsv } from '../../inert';

/** A cell our writer escaped (`'=…`) back to its text, so an exported pack reads back as it was. */
const unescapeCell = (cell: string) =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;

/** Reads CSV text with the Kahoot template's columns. Papaparse's own complaints (an unclosed quote) keep their row. */
export function readKahootCsv(text: string): KahootRead {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: false });
  const read = readKahootRows(parsed.data.map((row) => row.map(unescapeCell)));
  const problems: ImportIssue[] = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => issue({ row: (e.row ?? 0) + 1 }, `CSV: ${e.message}`));
  return { ...read, warnings: [...problems, ...read.warnings] };
}

/**
 * A pack as CSV in the Kahoot template's columns (column A numbers the questions, as in the template). Prompts and
 * answers come from whoever wrote the pack: a cell that starts like a formula is written as text (inert/csv.ts).
 */
export function writeKahootCsv(pack: Pack): { text: string; warnings: ImportIssue[] } {
  const { rows, warnings } = kahootRows(pack);
  const text = spreadsheetCsv([['', ...KAHOOT_HEADERS], ...rows]);
  return { text: `${text}\r\n`, warnings };
}

/** The registry's reader and writer (kahoot-csv/format.ts). */
export const read = (text: string): ReadResult => questionsFromRows(readKahootCsv(text));

export function write(pack: Pack): Written {
  const { text, warnings } = writeKahootCsv(pack);
  return { data: text, warnings };
}
