/** Kahoot-layout CSV: the template's columns in a CSV file (read with papaparse, row numbers as in a spreadsheet). */
import Papa from 'papaparse';
import { issue, type ImportIssue } from './errors';
import { KAHOOT_HEADERS, kahootRows, readKahootRows, type KahootRead } from './kahoot';
import type { Pack } from './schema';

/** Reads CSV text with the Kahoot template's columns. Papaparse's own complaints (an unclosed quote) keep their row. */
export function readKahootCsv(text: string): KahootRead {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: false });
  const read = readKahootRows(parsed.data);
  const problems: ImportIssue[] = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => issue({ row: (e.row ?? 0) + 1 }, `CSV: ${e.message}`));
  return { ...read, warnings: [...problems, ...read.warnings] };
}

/** A pack as CSV in the Kahoot template's columns (column A numbers the questions, as in the template). */
export function writeKahootCsv(pack: Pack): { text: string; warnings: ImportIssue[] } {
  const { rows, warnings } = kahootRows(pack);
  const text = Papa.unparse([['', ...KAHOOT_HEADERS], ...rows], { newline: '\r\n' });
  return { text: `${text}\r\n`, warnings };
}
