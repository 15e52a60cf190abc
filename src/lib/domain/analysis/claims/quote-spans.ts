/**
 * Where a sentence quotes someone: words inside quotation marks belong to the speaker, not the writer.
 * Sentences come one at a time, so a quotation may have opened in the sentence before or go on in the next.
 */

export interface Span {
  start: number;
  end: number;
}

/** Every character a quotation below can begin or end with. */
const QUOTE_CHARACTER = /[“”"‘’']/;

/** Quoted passages: curly and straight double quotes, and single quotes that are not apostrophes. */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  // Most sentences have no quotation mark or apostrophe at all.
  if (!QUOTE_CHARACTER.test(text)) return spans;
  const close = continuedQuoteEnd(text);
  if (close > 0) spans.push({ start: 0, end: close + 1 });
  // Double quotes may run to the end of the sentence (the quotation goes on in the next one); single
  // quotes may hold apostrophes ("‘We’ve agreed,’") and close only before a non-letter.
  const pattern =
    /“[^”"]*(?:”|"|$)|"[^"“”]*(?:"|”|$)|(?<![\p{L}\p{N}])‘(?:[^‘’]|’(?=\p{L}))*(?:’(?!\p{L})|$)|(?<![\p{L}\p{N}])'(?:[^']|'(?=\p{L}))*?'(?!\p{L})/gu;
  pattern.lastIndex = Math.max(0, close + 1);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length > 2) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * The end of a quotation that began in an earlier sentence (“… He said. “Part two.” is split in two):
 * a closing mark with no opening one before it, or an odd straight quote right after final punctuation.
 */
function continuedQuoteEnd(text: string): number {
  const curly = text.indexOf('”');
  if (curly > 0 && !text.slice(0, curly).includes('“')) return curly;
  const single = /[.,!?…]’/.exec(text);
  if (single && !/(?<![\p{L}])‘/u.test(text.slice(0, single.index))) return single.index + 1;
  const straight = /[.,!?…]"/.exec(text);
  if (straight && (text.match(/"/g) ?? []).length % 2 === 1 && text.indexOf('"') === straight.index + 1)
    return straight.index + 1;
  return -1;
}

/** Whether [start, end) lies within one of the spans. A plain loop: it runs for every token, and `.some` made a closure each time. */
export function inside(spans: Span[], start: number, end = start + 1): boolean {
  for (const s of spans) if (start >= s.start && end <= s.end) return true;
  return false;
}
