/**
 * A spreadsheet of cards saved as CSV or TSV, with a header row naming its columns (Front/Back, Term/Definition,
 * Question/Answer, Tags …). Kept apart from the reader so the registry's `sniff` loads no parser.
 */

const FRONT_NAMES = /^(front|term|word|question|prompt|side ?1|vocab(ulary)?|concept|q)$/i;
const BACK_NAMES = /^(back|definition|meaning|answer|side ?2|translation|explanation|a)$/i;
const TAG_NAMES = /^tags?$/i;

const unquote = (cell: string) =>
  cell
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();

/** The delimiter of a header line: the one of tab, semicolon and comma it holds most of. */
export function headerDelimiter(line: string): string {
  const counts = ['\t', ';', ','].map((d) => [d, line.split(d).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ',';
}

/** The header cells of a table's first line. */
export function headerCells(text: string): string[] {
  const first = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return first.split(headerDelimiter(first)).map(unquote);
}

/** True when a first row names columns a card file uses (a front, and a back or tags). */
export function isCardHeader(cells: readonly string[]): boolean {
  return cells.some((c) => FRONT_NAMES.test(c)) && cells.some((c) => BACK_NAMES.test(c) || TAG_NAMES.test(c));
}

/** The front, back and tags columns a header names; the first two columns where it names none. */
export function guessColumns(names: readonly string[]): { front: number; back: number; tags?: number } {
  const find = (pattern: RegExp) => names.findIndex((n) => pattern.test(n.trim()));
  const front = Math.max(0, find(FRONT_NAMES));
  let back = find(BACK_NAMES);
  if (back < 0 || back === front) back = front === 0 ? 1 : 0;
  const tags = find(TAG_NAMES);
  return { front, back, tags: tags >= 0 && tags !== front && tags !== back ? tags : undefined };
}

/** A card table's header row in the first line; Kahoot's template (whose header says "Answer 1") is Kahoot's. */
export function cardTableLikeness(text: string): number {
  if (/^[{[#<]/.test(text)) return 0;
  const cells = headerCells(text);
  return cells.length >= 2 && isCardHeader(cells) && !cells.some((c) => /^answer \d/i.test(c)) ? 0.7 : 0;
}
