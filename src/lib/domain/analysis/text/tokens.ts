/** Word tokens with offsets: the one scan of letters, digits, apostrophe parts and number parts. */
import { digitAt, letterAt, letterOrDigitAt } from './chars';

export interface Token {
  /** Lower-cased, curly apostrophes made straight: "we're", "russia's". */
  norm: string;
  /** The token as printed. */
  raw: string;
  start: number;
  end: number;
}

/**
 * Tokens are what /[\p{L}\p{N}]+(?:['’]\p{L}+)*(?:[.,/:]\p{N}+)*\/gu matches: letters and digits, then any
 * apostrophe parts ("russia's"), then any numeric parts ("2.5", "10:30", "1,000"). Every part is greedy and
 * optional, so one forward pass finds the same tokens; it is scanned by hand (with the quote modules' character
 * tests) because the Unicode pattern cost more than everything else the checks do with a sentence's words.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const spans = wordSpans(text);
  for (let k = 0; k < spans.length; k += 2) {
    const raw = text.slice(spans[k], spans[k + 1]);
    out.push({
      raw,
      norm: straightApostrophes(raw.toLowerCase()),
      start: offset + spans[k],
      end: offset + spans[k + 1]
    });
  }
  return out;
}

export const straightApostrophes = (word: string) => (word.includes('’') ? word.replace(/’/g, "'") : word);

const APOSTROPHE = 0x27;
const CURLY_APOSTROPHE = 0x2019;
/** ".", ",", "/" and ":" join digits into one number token. */
const isNumberGlue = (code: number) => code === 0x2e || code === 0x2c || code === 0x2f || code === 0x3a;

/** Start and end offsets of every token in `text`, flat: [start0, end0, start1, end1, …]. */
export function wordSpans(text: string): number[] {
  const spans: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let step = letterOrDigitAt(text, i);
    if (!step) {
      i++;
      continue;
    }
    const start = i;
    for (; step; step = letterOrDigitAt(text, i)) i += step;
    for (;;) {
      const code = text.charCodeAt(i);
      if ((code !== APOSTROPHE && code !== CURLY_APOSTROPHE) || !letterAt(text, i + 1)) break;
      i++;
      for (step = letterAt(text, i); step; step = letterAt(text, i)) i += step;
    }
    while (isNumberGlue(text.charCodeAt(i)) && digitAt(text, i + 1)) {
      i++;
      for (step = digitAt(text, i); step; step = digitAt(text, i)) i += step;
    }
    spans.push(start, i);
  }
  return spans;
}
