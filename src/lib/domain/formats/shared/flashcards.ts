/**
 * What the flashcard readers (Quizlet, Anki notes in plain text, CSV/TSV with a header row) share: a file's rows
 * as cells with their line, the layout that says which cell is the front, the back and the tags, and the step from
 * rows to flashcard questions. A layout is guessed from the file and can be changed by the teacher in the preview.
 */
import Papa from 'papaparse';
import { buildQuestions, type Draft } from '../../packs/build';
import { issue, type ImportIssue } from '../../packs/errors';
import { LIMITS } from '../../packs/schema';
import type { CardLayout, ReadResult } from '../types';

export type { CardLayout };
import { htmlToText, looksLikeHtml } from './plain-text';

/** One row of a card file: its cells and the line it starts on. */
export interface CardRow {
  cells: string[];
  line: number;
}

/**
 * Rows of delimited text (quoted cells, line breaks inside quotes, as papaparse reads CSV), each with the line it
 * starts on; `firstLine` is the line the text starts at in its file.
 */
export function delimitedRows(text: string, delimiter: string, firstLine = 1): CardRow[] {
  const rows: CardRow[] = [];
  let line = firstLine;
  let consumed = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    step: (result) => {
      const chunk = text.slice(consumed, result.meta.cursor);
      const lead = chunk.length - chunk.replace(/^[\r\n]+/, '').length;
      rows.push({ cells: result.data, line: line + (chunk.slice(0, lead).match(/\n/g)?.length ?? 0) });
      line += chunk.match(/\r\n|\r|\n/g)?.length ?? 0;
      consumed = result.meta.cursor;
    }
  });
  return rows;
}

/** Column names for a header row; "Column n" where a header cell is empty or there is no header. */
export function columnNames(first: readonly string[] | undefined, width: number, header: boolean): string[] {
  return Array.from({ length: width }, (_, i) => (header && first?.[i]?.trim()) || `Column ${i + 1}`);
}

/** A cell as card text: HTML (Anki's `#html:true`, or cells that are plainly HTML) becomes plain text. */
function cardText(cell: string | undefined, html: boolean, notes: { images: number }): string {
  const text = (cell ?? '').trim();
  if (!html && !looksLikeHtml(text)) return text;
  const plain = htmlToText(text);
  notes.images += plain.images;
  return plain.text;
}

/**
 * Rows to flashcard questions with the layout's columns. A row without a front or a back is skipped with its line;
 * a row with more cells than the layout uses keeps only those (the others are not card text).
 */
export function cardsFromRows(
  rows: readonly CardRow[],
  layout: CardLayout,
  options: { html?: boolean; idPrefix: string; tagSeparator?: RegExp }
): ReadResult {
  const skipped: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const notes = { images: 0 };
  const drafts: Draft[] = [];
  const body = layout.header ? rows.slice(1) : rows;
  for (const row of body) {
    if (row.cells.every((c) => !c.trim())) continue;
    const front = cardText(row.cells[layout.front], !!options.html, notes);
    const back = cardText(row.cells[layout.back], !!options.html, notes);
    const place = { line: row.line };
    if (!front || !back) {
      const what = !front && !back ? 'front and no back' : !front ? 'front' : 'back';
      const empty = [!front ? layout.front : -1, !back ? layout.back : -1].filter((i) => i >= 0);
      const named = empty.map((i) => `“${layout.columns[i] ?? `Column ${i + 1}`}”`).join(' and ');
      skipped.push(
        issue(place, `the card has no ${what} (${named} ${empty.length > 1 ? 'are' : 'is'} empty)`)
      );
      continue;
    }
    const tagCell = layout.tags === undefined ? '' : (row.cells[layout.tags] ?? '');
    const tags = tagCell
      .split(options.tagSeparator ?? /[\s,;]+/)
      .map((t) => t.trim())
      .filter(Boolean)
      .slice(0, LIMITS.tags);
    drafts.push({
      fields: { type: 'flashcard', prompt: '', front, back, ...(tags.length ? { tags } : {}) },
      place
    });
  }
  if (notes.images)
    warnings.push(
      issue(
        { line: 1 },
        `${notes.images} image${notes.images === 1 ? '' : 's'} became a text note: cards hold text`
      )
    );
  const built = buildQuestions(drafts, options.idPrefix);
  return {
    ok: true,
    questions: built.questions,
    skipped: [...skipped, ...built.skipped],
    warnings: [...warnings, ...built.warnings]
  };
}
