/**
 * Paragraphs and sentences with character offsets into the original text, so every question can
 * point back at the exact passage it came from.
 */
import { isChromeLine } from './boilerplate';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph extends Span {
  index: number;
  /** A short line without final punctuation: a headline, subheading or label. */
  heading: boolean;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  heading: boolean;
}

export interface TextDocument {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** Lines are paragraphs (news sites put one per line); blank and chrome lines are dropped. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const linePattern = /[^\n]+/g;
  for (let match = linePattern.exec(text); match; match = linePattern.exec(text)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body || isChromeLine(body)) continue;
    const start = match.index + lead;
    paragraphs.push({
      index: paragraphs.length,
      start,
      end: start + body.length,
      text: body,
      heading: isHeadingLike(body)
    });
  }
  return paragraphs;
}

function isHeadingLike(line: string): boolean {
  if (/^#{1,6}\s/.test(line)) return true;
  const words = line.split(/\s+/).length;
  return words <= 16 && !/[.!?…:;]["'”’)]*$/.test(line);
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep pres rev hon ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc ltd co corp dept est approx fig ' +
    'u.s u.k u.n e.u a.m p.m e.g i.e d.c'
  ).split(' ')
);

/** The word before a full stop, lower-cased, without leading punctuation ("(U.S." -> "u.s"). */
function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && !/\s|[(“"‘']/.test(text[i])) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

/**
 * Splits a paragraph into sentences at ., ! or ? (with closing quotes or brackets) followed by space and a
 * capital, digit or opening quote; abbreviations and initials do not end a sentence.
 */
export function splitSentences(paragraph: Span): Span[] {
  const { text, start } = paragraph;
  const out: Span[] = [];
  let from = 0;
  const boundary = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[\p{Lu}\d])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const punctuation = m[1];
    if (punctuation === '.') {
      const word = wordBefore(text, m.index);
      if (ABBREVIATIONS.has(word.replace(/\.$/, '')) && !m[2]) continue;
      // Initials such as "J." in "Michael J. Fox" or "U.S." before a name.
      if (
        /^\p{Lu}$/u.test(text[m.index - 1] ?? '') &&
        /^(\p{Lu}\.)*\p{Lu}$/u.test(wordBefore(text, m.index).toUpperCase()) &&
        wordBefore(text, m.index).length <= 3
      )
        continue;
    }
    const end = m.index + punctuation.length + m[2].length;
    pushTrimmed(out, text, from, end, start);
    from = end + m[3].length;
  }
  pushTrimmed(out, text, from, text.length, start);
  return out;
}

function pushTrimmed(out: Span[], text: string, from: number, to: number, offset: number) {
  const slice = text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  const body = slice.trim();
  if (body) out.push({ start: offset + from + lead, end: offset + from + lead + body.length, text: body });
}

/** Paragraphs and sentences of a plain text, chrome left out, offsets kept. */
export function parseText(text: string): TextDocument {
  const normalized = text.replace(/\r\n?/g, '\n');
  const paragraphs = splitParagraphs(normalized);
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    for (const span of splitSentences(paragraph)) {
      sentences.push({
        ...span,
        index: sentences.length,
        paragraph: paragraph.index,
        heading: paragraph.heading
      });
    }
  }
  return { text: normalized, paragraphs, sentences };
}
