/**
 * The one word splitter of the analysis rooms: a run of letters and digits, then any apostrophe parts, then any
 * number parts, as /[\p{L}\p{N}]+(?:['’]\p{L}+)*(?:[.,/:]\p{N}+)*\/gu would match (options drop the last two parts
 * for callers whose fitted weights counted words without them). Scanned by hand with the character tests of
 * chars.ts: the Unicode pattern was a visible cost, and this runs over every sentence and quote.
 *
 * Not here: the quote and name modules' tokens (cue-words.ts, name-tokens.ts) also yield punctuation and trim
 * possessives, and the generator's question keys (generate/passage.ts `words`) have their own rules; question ids
 * are derived from those keys and must not change.
 */
import { digitAt, letterAt, letterOrDigitAt } from './chars';

const APOSTROPHE = 0x27;
const CURLY_APOSTROPHE = 0x2019;
/** ".", ",", "/" and ":" join digits into one number token. */
const isNumberGlue = (code: number) => code === 0x2e || code === 0x2c || code === 0x2f || code === 0x3a;

export interface WordOptions {
  /**
   * How many apostrophe parts a word may take ("russia's", "rock'n'roll"): any number for the checks and quotes;
   * one for the claim cues' word count (their weights were fitted with that count); none for a plain count of
   * letter-and-digit runs (the classifier's sentence length, also fitted).
   */
  apostropheParts?: number;
  /** Whether ".", ",", "/" and ":" between digits join one number ("2.5", "10:30", "1,000"): the checks compare figures whole. */
  numberParts?: boolean;
}

/** Start and end offsets of every word in `text`, flat: [start0, end0, start1, end1, …]. */
export function wordSpans(
  text: string,
  { apostropheParts = Infinity, numberParts = true }: WordOptions = {}
): number[] {
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
    for (let parts = 0; parts < apostropheParts; parts++) {
      const code = text.charCodeAt(i);
      if ((code !== APOSTROPHE && code !== CURLY_APOSTROPHE) || !letterAt(text, i + 1)) break;
      i++;
      for (step = letterAt(text, i); step; step = letterAt(text, i)) i += step;
    }
    while (numberParts && isNumberGlue(text.charCodeAt(i)) && digitAt(text, i + 1)) {
      i++;
      for (step = digitAt(text, i); step; step = digitAt(text, i)) i += step;
    }
    spans.push(start, i);
  }
  return spans;
}

/** The words of `text` as strings. */
export function words(text: string, options?: WordOptions): string[] {
  const spans = wordSpans(text, options);
  const out: string[] = [];
  for (let k = 0; k < spans.length; k += 2) out.push(text.slice(spans[k], spans[k + 1]));
  return out;
}

/** How many words `text` has. */
export const wordCount = (text: string, options?: WordOptions): number => wordSpans(text, options).length / 2;
