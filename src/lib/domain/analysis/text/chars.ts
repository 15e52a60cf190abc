/**
 * Character tests for the hand-written scanners of the quote and name modules. Each answers ASCII from the
 * character code and leaves the rest to the Unicode regex it stands for, so scanners match exactly what the
 * regexes they replaced matched, without a regex call per character.
 */

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{N}$/u;
/** Each non-ASCII BMP character classified once, then remembered: 0 not asked, else KNOWN | LETTER_BIT | DIGIT_BIT. */
const bmpClasses = new Uint8Array(0x10000);
const KNOWN = 1;
const LETTER_BIT = 2;
const DIGIT_BIT = 4;

function bmpClass(text: string, code: number, i: number): number {
  let known = bmpClasses[code];
  if (!known) {
    const c = text[i];
    bmpClasses[code] = known = KNOWN | (LETTER.test(c) ? LETTER_BIT : 0) | (DIGIT.test(c) ? DIGIT_BIT : 0);
  }
  return known;
}

/** Length (1 or 2 code units) of the character at text[i] when it is in the class `bits`, else 0. */
function classAt(text: string, i: number, bits: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 128) {
    const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    const digit = code >= 48 && code <= 57;
    return (letter && bits & LETTER_BIT) || (digit && bits & DIGIT_BIT) ? 1 : 0;
  }
  if (code >= 0xd800 && code <= 0xdbff) {
    // Astral letters ("𝒜") are one code point in two code units; a lone surrogate is neither.
    const low = text.charCodeAt(i + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
    const pair = text.slice(i, i + 2);
    return (bits & LETTER_BIT && LETTER.test(pair)) || (bits & DIGIT_BIT && DIGIT.test(pair)) ? 2 : 0;
  }
  return bmpClass(text, code, i) & bits ? 1 : 0;
}

/** Length (1 or 2 code units) of the letter or digit (\p{L}\p{N}) at text[i], 0 when there is none. */
export const letterOrDigitAt = (text: string, i: number): number => classAt(text, i, LETTER_BIT | DIGIT_BIT);

/**
 * Where a name-like word that has begun before `i` ends: it runs on through letters, digits and the marks names carry
 * inside them (' ’ . -), as [\p{L}\p{N}'’.-]* does. Shared by the name and cue-word scanners.
 */
export function wordRunEnd(text: string, i: number): number {
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    // ASCII letters, digits and ' . - without a call: the bulk of every word.
    if (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 39 ||
      code === 46 ||
      code === 45 ||
      code === 0x2019
    )
      i++;
    else {
      const next = code < 128 ? 0 : letterOrDigitAt(text, i);
      if (!next) break;
      i += next;
    }
  }
  return i;
}

/** Length (1 or 2 code units) of the letter (\p{L}) at text[i], 0 when there is none. */
export const letterAt = (text: string, i: number): number => classAt(text, i, LETTER_BIT);

/** Length (1 or 2 code units) of the digit (\p{N}) at text[i], 0 when there is none. */
export const digitAt = (text: string, i: number): number => classAt(text, i, DIGIT_BIT);

/** Whether text[i] is whitespace as /\s/ sees it (false outside the text). */
export function isSpaceAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[i]);
}

/** Whether the text has more than `limit` whitespace-separated words; reads only as far as it must. */
export function moreWordsThan(text: string, limit: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceAt(text, i)) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > limit) return true;
    }
  }
  return false;
}

/** Where each whitespace-separated word of the text starts; null when there are more than `limit` words. */
export function wordStarts(text: string, limit: number): number[] | null {
  const starts: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceAt(text, i)) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (starts.push(i) > limit) return null;
    }
  }
  return starts;
}
