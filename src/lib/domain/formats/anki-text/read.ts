/**
 * Reads Anki's "Notes in Plain Text" (.txt), as Anki's own text importer does: `#key:value` header lines first
 * (`#separator:` Tab, Comma, Semicolon, Space, Pipe, Colon or the character itself; `#html:true`; `#tags column:`,
 * `#guid column:`, `#notetype column:`, `#deck column:` numbered from 1; `#columns:` names), then one note per row,
 * fields quoted as in CSV where they hold the separator, a quote or a line break. The first field of a note that is
 * not a guid, note type, deck or tags column is the front, the next one the back.
 */
import { issue, type ImportIssue } from '../../packs/errors';
import { cardsFromRows, columnNames, delimitedRows } from '../shared/flashcards';
import type { CardLayout, ReadOptions, ReadResult } from '../types';

const SEPARATORS: Record<string, string> = {
  tab: '\t',
  comma: ',',
  semicolon: ';',
  space: ' ',
  pipe: '|',
  colon: ':'
};

interface Headers {
  separator?: string;
  html: boolean;
  columns?: string[];
  /** 0-based columns that are not card text. */
  meta: Set<number>;
  tags?: number;
  /** Lines the headers take. */
  lines: number;
  problems: ImportIssue[];
}

function readHeaders(lines: readonly string[]): Headers {
  const headers: Headers = { html: false, meta: new Set(), lines: 0, problems: [] };
  for (const [i, line] of lines.entries()) {
    const match = /^#([a-z ]+):(.*)$/i.exec(line.trim());
    if (!match) break;
    headers.lines = i + 1;
    const key = match[1].toLowerCase();
    const value = match[2].trim();
    const column = () => {
      const n = Number(value);
      if (Number.isInteger(n) && n >= 1) return n - 1;
      headers.problems.push(
        issue({ line: i + 1 }, `“#${match[1]}:” needs a column number from 1, not “${value}”`)
      );
      return undefined;
    };
    if (key === 'separator') {
      const named = SEPARATORS[value.toLowerCase()];
      if (named !== undefined || value.length === 1) headers.separator = named ?? value;
      else headers.problems.push(issue({ line: i + 1 }, `“${value}” is not a separator Anki writes`));
    } else if (key === 'html') headers.html = value.toLowerCase() === 'true';
    else if (key === 'columns') headers.columns = value.split(headers.separator ?? '\t');
    else if (key === 'tags column') headers.tags = column();
    else if (key === 'guid column' || key === 'notetype column' || key === 'deck column') {
      const n = column();
      if (n !== undefined) headers.meta.add(n);
    }
  }
  // `#columns:` may name the tags column without a `#tags column:` line.
  const named = headers.columns?.findIndex((c) => /^tags$/i.test(c.trim())) ?? -1;
  if (headers.tags === undefined && named >= 0) headers.tags = named;
  if (headers.tags !== undefined) headers.meta.add(headers.tags);
  return headers;
}

export function read(text: string, options: ReadOptions = {}): ReadResult {
  const source = text.replace(/^\ufeff/, '');
  const lines = source.split(/\r\n|\r|\n/);
  const headers = readHeaders(lines);
  const body = lines.slice(headers.lines).join('\n');
  const separator = options.layout?.fieldSeparator || headers.separator || '\t';
  const rows = delimitedRows(body, separator, headers.lines + 1);
  const width = Math.max(2, ...rows.map((r) => r.cells.length));
  const textColumns = Array.from({ length: width }, (_, i) => i).filter((i) => !headers.meta.has(i));
  const columns = columnNames(headers.columns, width, !!headers.columns);
  const chosen = options.layout ?? {};
  const layout: CardLayout = {
    fieldSeparator: separator,
    cardSeparator: '\n',
    columns,
    front: chosen.front ?? textColumns[0] ?? 0,
    back: chosen.back ?? textColumns[1] ?? 1,
    tags: 'tags' in chosen ? chosen.tags : headers.tags,
    header: false
  };
  const result = cardsFromRows(rows, layout, { html: headers.html, idPrefix: 'anki', tagSeparator: /\s+/ });
  if (!result.ok) return result;
  return { ...result, warnings: [...headers.problems, ...result.warnings], layout };
}
