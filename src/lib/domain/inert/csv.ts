/** CSV for spreadsheets (RFC 4180 via papaparse), every cell of which a spreadsheet shows as what it says. */
import Papa from 'papaparse';

/**
 * A text cell starting with = + - @ (or tab / CR) runs as a formula in Excel, LibreOffice or Sheets
 * (`=HYPERLINK(…)`). Papaparse's own `escapeFormulae: true` pattern (`/^[=+\-@\t\r].*$/`) misses a cell with a line
 * break, because `.` stops at the newline; this one looks at the first character only.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Rows as CSV with CRLF line ends; a text cell that starts like a formula gets a leading `'` (and quotes), the
 * spreadsheets' own mark for "this is text". Numbers stay numbers.
 */
export function spreadsheetCsv(rows: (string | number | boolean | null | undefined)[][]): string {
  return Papa.unparse(rows, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
