/** CSV export of a quiz's results (RFC 4180 via papaparse), safe to open in a spreadsheet. */
import { spreadsheetCsv } from '../inert';
import type { QuizSummary } from './stats';

/**
 * Student names and typed answers come from students; a cell starting with = + - @ (or tab / CR) would run as a
 * formula in Excel or Sheets, so such text cells get a leading quote (inert/csv.ts). Numbers stay numbers.
 */
export function resultsCsv(summary: QuizSummary): string {
  const header = ['Student', 'Correct', 'Questions', 'Percent', 'Seconds'];
  for (const q of summary.questions) header.push(`Q${q.number}: ${q.prompt}`, `Q${q.number} correct`);
  const rows = summary.rows.map((row) => {
    const cells: (string | number)[] = [row.name, row.correct, row.total, row.percent, row.seconds];
    for (const cell of row.cells) cells.push(cell ? cell.label : '', cell ? (cell.correct ? 1 : 0) : '');
    return cells;
  });
  return spreadsheetCsv([header, ...rows]);
}
