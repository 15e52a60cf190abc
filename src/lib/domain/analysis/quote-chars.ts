/**
 * Character tests for the hand-written scanners of the quote and name modules. Each answers ASCII from the
 * character code and leaves the rest to the Unicode regex it stands for, so scanners match exactly what the
 * regexes they replaced matched, without a regex call per character.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Each non-ASCII BMP character asked once, then remembered: 0 not asked, 1 letter or digit, 2 neither. */
const bmpLetterOrDigit = new Uint8Array(0x10000);

/** Length (1 or 2 code units) of the letter or digit at text[i], 0 when there is none. */
export function letterOrDigitAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    // Astral letters ("𝒜") are one code point in two code units; a lone surrogate is neither.
    const low = text.charCodeAt(i + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
    return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = bmpLetterOrDigit[code];
  if (!known) bmpLetterOrDigit[code] = known = LETTER_OR_DIGIT.test(text[i]) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** Whether text[i] is whitespace as /\s/ sees it (false outside the text). */
export function isSpaceAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[i]);
}
