/** Word tokens with offsets, as the checks compare them: words.ts's words with their printed and normalised forms. */
import { wordSpans } from './words';

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
