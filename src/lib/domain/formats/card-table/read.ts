/**
 * Reads cards from a CSV or TSV file whose first row names the columns. The front, back and tags columns are guessed
 * from the names (Front/Back, Term/Definition, Question/Answer, Tags) and can be chosen in the preview; other
 * columns are left out. Rows are read with papaparse (quoted cells, line breaks inside quotes); places are lines.
 */
import { issue } from '../../packs/errors';
import { cardsFromRows, columnNames, delimitedRows } from '../shared/flashcards';
import type { CardLayout, ReadOptions, ReadResult } from '../types';
import { guessColumns, headerDelimiter } from './format-sniff';

export function read(text: string, options: ReadOptions = {}): ReadResult {
  const source = text.replace(/^\ufeff/, '');
  const chosen = options.layout ?? {};
  const delimiter = chosen.fieldSeparator || headerDelimiter(source.split(/\r\n|\r|\n/, 1)[0] ?? '');
  const rows = delimitedRows(source, delimiter);
  const header = rows[0]?.cells ?? [];
  const width = Math.max(2, ...rows.map((r) => r.cells.length));
  const columns = columnNames(header, width, true);
  const guess = guessColumns(columns);
  const pick = (value: number | undefined, fallback: number | undefined) =>
    value !== undefined && value >= 0 && value < width ? value : fallback;
  const layout: CardLayout = {
    fieldSeparator: delimiter,
    cardSeparator: '\n',
    columns,
    front: pick(chosen.front, guess.front) ?? 0,
    back: pick(chosen.back, guess.back) ?? 1,
    tags: 'tags' in chosen ? pick(chosen.tags, undefined) : guess.tags,
    header: true
  };
  if (layout.front === layout.back)
    return { ok: false, problems: [issue({ row: 1 }, 'the front and the back must be different columns')] };
  const result = cardsFromRows(rows, layout, { idPrefix: 'card' });
  return result.ok ? { ...result, layout } : result;
}
