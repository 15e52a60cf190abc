/** The word tokens the name scan reads: a hand-written scan of letters, digits and ' ’ . -, possessives trimmed. */
import { letterOrDigitAt, wordRunEnd } from '../text';

const ABBREVIATION =
  /^(\p{L}\.)+(\p{L})?$|^(mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|adm|prof|rev|st|jr|sr|maj|cmdr|del|hon|fr|msgr|sec|supt|atty)\.$/iu;

/** A word of the text. Most are lower-case words nobody asks about, so the string is cut out on first use. */
export class Token {
  private word: string | null = null;

  constructor(
    readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly possessive: boolean,
    /** Starts with a capital letter: the name scan and the common-word filter both ask. */
    readonly capital: boolean
  ) {}

  get text(): string {
    return (this.word ??= this.source.slice(this.start, this.end));
  }
}

/** Lower case without one final full stop ("Gen." → "gen"); runs for every capitalised word, hence no regex. */
export const lower = (w: string) => {
  const l = w.toLowerCase();
  return l.endsWith('.') ? l.slice(0, -1) : l;
};
/** Whether text[i] is a capital letter. */
const isCapitalisedAt = (text: string, i: number) => {
  // Asked for every token of a text: ASCII letters and digits are answered without building strings.
  const code = text.charCodeAt(i);
  if (code >= 65 && code <= 90) return true;
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return false;
  const c = text[i];
  return c !== c.toLowerCase() && c === c.toUpperCase();
};
/**
 * Word tokens of text[from, to): a letter or digit, then letters, digits and ' ’ . - (a word starting before
 * `to` may run past it). A hand-written scan: this runs over every character of every article, where the
 * equivalent Unicode regex was the single largest cost of finding names.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const first = letterOrDigitAt(text, i);
    if (!first) {
      i++;
      continue;
    }
    const start = i;
    i += first;
    i = wordRunEnd(text, i);
    // Trailing marks, trimmed by offset: most words are plain and never need their own string.
    let end = i;
    let possessive = false;
    const last = text.charCodeAt(end - 1);
    if (last === 46 || last === 45 || last === 39 || last === 0x2019 || last === 115 || last === 83) {
      // A full stop belongs to abbreviations and initials only.
      if (last === 46 && !ABBREVIATION.test(text.slice(start, end))) end = trimEnd(text, start, end, 46, 46);
      end = trimEnd(text, start, end, 45, 45);
      const final = text.charCodeAt(end - 1);
      const before = end - 2 >= start ? text.charCodeAt(end - 2) : -1;
      if ((final === 115 || final === 83) && (before === 39 || before === 0x2019)) {
        // "Trump's", "Trump’S": the owner's name without the 's.
        possessive = true;
        end -= 2;
      } else if ((final === 39 || final === 0x2019) && before === 115 && end - start > 2) {
        // "Jones'": the name without the apostrophe.
        possessive = true;
        end -= 1;
      } else end = trimEnd(text, start, end, 39, 0x2019);
    }
    if (end === start) continue;
    tokens.push(new Token(text, start, end, possessive, isCapitalisedAt(text, start)));
  }
  return tokens;
}

/** The end of text[start, end) without any trailing `a` or `b` characters (char codes). */
function trimEnd(text: string, start: number, end: number, a: number, b: number): number {
  while (end > start && (text.charCodeAt(end - 1) === a || text.charCodeAt(end - 1) === b)) end--;
  return end;
}
