/**
 * Finds quotation-mark pairs in a text, paragraph by paragraph, telling quote marks from apostrophes.
 * News text mixes “curly”, "straight" and ‘single’ marks (sometimes opening curly and closing straight),
 * uses ’ both as an apostrophe and as a closing mark, and leaves a quote open at the end of a paragraph
 * when the next paragraph continues it. One linear pass per paragraph; no backtracking regexes.
 */
import type { MarkedSpan, ParagraphSpan } from './types';

const ANY_MARK = /[“„«”»"'‘’‚]/g;
const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_MARKS = new Set(['‘', '’', "'", '‚']);

const isWordChar = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
/** Characters after which a mark opens a quote: line start, space, brackets, dashes, other quote marks. */
const isOpeningContext = (c: string | undefined): boolean => c === undefined || /[\s([{—–\-/“"]/.test(c);

/** How far to look for a closing single mark (a quote rarely runs longer; keeps long lines linear). */
const LOOKAHEAD = 3000;

/** A quoted nickname inside a name: Marcia "Cia" Price. */
function isNickname(text: string, start: number, end: number): boolean {
  return (
    /^\p{Lu}[\p{L}.'’-]*$/u.test(text.slice(start, end)) &&
    /\p{Lu}[\p{L}.]*\s$/u.test(text.slice(Math.max(0, start - 20), start - 1)) &&
    /^\s\p{Lu}/u.test(text.slice(end + 1, end + 3))
  );
}

/**
 * Lines are paragraphs (as in the corpus); empty lines are skipped. A line that breaks off mid-sentence
 * and continues in lower case on the next line (hard-wrapped text) is one paragraph with it.
 */
export function splitLines(text: string): ParagraphSpan[] {
  const out: ParagraphSpan[] = [];
  const pattern = /[^\n]+/g;
  let previousLine = -1;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = m.index + lead;
    const last = out[out.length - 1];
    const adjacent = previousLine >= 0 && !text.slice(previousLine, m.index).includes('\n\n');
    const previous = last ? text.slice(last.start, last.end) : '';
    const brokenOff = !/[.!?:;"”’)\]]$/.test(previous) && (/^\p{Ll}/u.test(body) || CONTINUES.test(previous));
    if (last && adjacent && brokenOff) last.end = start + body.length;
    else out.push({ index: out.length, start, end: start + body.length });
    previousLine = m.index + raw.length;
  }
  return out;
}

/** A line ending in a function word ("… said on") goes on in the next line. */
const CONTINUES = /\s(on|in|at|of|the|a|an|and|or|but|to|for|with|by|from|that|as|said|told|his|her|their)$/i;

/** A closing single mark: after a non-space and not followed by a letter or digit. */
function closesSingle(text: string, i: number, limit: number): boolean {
  const before = text[i - 1];
  const after = i + 1 < limit ? text[i + 1] : undefined;
  return !isSpace(before) && !isWordChar(after);
}

/** Whether a single mark at `i` that could open a quote has a closing mark later in the paragraph. */
function hasSingleCloser(text: string, i: number, limit: number): boolean {
  for (let j = i + 2; j < Math.min(limit, i + LOOKAHEAD); j++) {
    const c = text[j];
    if ((c === '’' || c === "'") && closesSingle(text, j, limit)) return true;
    if (c === '‘') return false;
  }
  return false;
}

/**
 * Inside a single-quoted quote, "voters’ call" is a possessive when a clear closing mark (one next to
 * punctuation or at the line end) comes later, before any new opening mark.
 */
function isPluralPossessive(text: string, i: number, limit: number): boolean {
  if (text[i - 1] !== 's' || text[i + 1] !== ' ' || !/\p{Ll}/u.test(text[i + 2] ?? '')) return false;
  for (let j = i + 2; j < Math.min(limit, i + LOOKAHEAD); j++) {
    const c = text[j];
    if (c === '‘') return false;
    if ((c === '’' || c === "'") && closesSingle(text, j, limit))
      return j + 1 >= limit || /[,.;:!?)]/.test(text[j + 1]) || /[,.!?…]/.test(text[j - 1]);
  }
  return false;
}

/** Quote spans of one paragraph. */
export function findMarkedSpans(text: string, paragraph: ParagraphSpan): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  const { start: from, end: limit } = paragraph;
  let open: { family: 'double' | 'single'; mark: string; at: number } | null = null;
  /** A quote of the other family inside the open one (not reported separately). */
  let nested = false;

  const close = (at: number, mark: string | null) => {
    if (!open) return;
    const start = open.at + open.mark.length;
    if (at > start && text.slice(start, at).trim() && !isNickname(text, start, at))
      spans.push({ start, end: at, openMark: open.mark, closeMark: mark, paragraph: paragraph.index });
    open = null;
    nested = false;
  };

  for (let i = from; i < limit; i++) {
    // Jump to the next quotation-mark character; everything between is plain text.
    ANY_MARK.lastIndex = i;
    const next = ANY_MARK.exec(text);
    if (!next || next.index >= limit) break;
    i = next.index;
    const c = text[i];
    const before = i > from ? text[i - 1] : undefined;
    const after = i + 1 < limit ? text[i + 1] : undefined;
    if (DOUBLE_OPEN.has(c)) {
      // A curly opener after an unmatched straight one: the straight mark was stray.
      if (!open || (open.mark === '"' && isOpeningContext(before)))
        open = { family: 'double', mark: c, at: i };
      else if (open.family === 'single') nested = true;
    } else if (DOUBLE_CLOSE.has(c)) {
      if (open?.family === 'double') close(i, c);
      else if (open?.family === 'single') nested = false;
      // ”Fear. …” : some sites open with the right mark.
      else if (isOpeningContext(before) && isWordChar(after)) open = { family: 'double', mark: c, at: i };
    } else if (c === "'" && text[i + 1] === "'" && open?.family !== 'single') {
      // Two apostrophes stand for a double mark in some newspaper archives: ''This isn't reform,''
      if (open?.family === 'double') close(i, "''");
      else if (!isSpace(text[i + 2])) open = { family: 'double', mark: "''", at: i };
      i++;
    } else if (c === '"') {
      if (open?.family === 'double') close(i, c);
      else if (open?.family === 'single') nested = !nested;
      // An inch mark (6'3") rather than a quote.
      else if (/\d/.test(before ?? '') && !isWordChar(after)) continue;
      else if (!isSpace(after)) open = { family: 'double', mark: c, at: i };
    } else if (SINGLE_MARKS.has(c)) {
      if (isWordChar(before) && isWordChar(after)) continue; // we’ll, Russia’s, O'Neill
      if (open?.family === 'double') continue; // nested or apostrophe: not reported separately
      if (open?.family === 'single') {
        if (
          !nested &&
          (c === '’' || c === "'") &&
          closesSingle(text, i, limit) &&
          !isPluralPossessive(text, i, limit)
        )
          close(i, c);
        continue;
      }
      // No quote open: a mark opens one only where a quote can begin and a closer follows;
      // otherwise it is an apostrophe (reporters’, Fox News', ’90s).
      if (c === '‘' || c === '‚') {
        if (!isSpace(after)) open = { family: 'single', mark: c, at: i };
      } else if (isOpeningContext(before) && !isSpace(after) && hasSingleCloser(text, i, limit)) {
        open = { family: 'single', mark: c, at: i };
      }
    }
  }
  // A quote still open at the end of its paragraph continues into the next one (which reopens it).
  if (open) close(limit, null);
  return spans;
}

/** All quote spans of a text, in order. */
export function findAllMarkedSpans(text: string, paragraphs: ParagraphSpan[]): MarkedSpan[] {
  return paragraphs.flatMap((p) => findMarkedSpans(text, p));
}
