import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount, words, type WordOptions } from './words';

/** The patterns the splitters it replaced used, one per set of options. */
const PATTERNS: [WordOptions, RegExp][] = [
  [{}, /[\p{L}\p{N}]+(?:['’]\p{L}+)*(?:[.,/:]\p{N}+)*/gu],
  [{ numberParts: false }, /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu],
  [{ apostropheParts: 1, numberParts: false }, /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu],
  [{ apostropheParts: 0, numberParts: false }, /[\p{L}\p{N}]+/gu]
];
/** Letters, digits, apostrophes, number glue and spaces, astral characters included. */
const piece = fc.constantFrom(..."aZéЖ中٣7'’.,: -".split(''), '𝒜', '😀');

describe('words', () => {
  it('splits as the pattern of each option set', () => {
    expect(words("rock'n'roll at 10:30")).toEqual(["rock'n'roll", 'at', '10:30']);
    expect(words("rock'n'roll at 10:30", { apostropheParts: 1, numberParts: false })).toEqual([
      "rock'n",
      'roll',
      'at',
      '10',
      '30'
    ]);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        for (const [options, pattern] of PATTERNS) {
          const expected = text.match(pattern) ?? [];
          expect(words(text, options)).toEqual(expected);
          expect(wordCount(text, options)).toBe(expected.length);
        }
      }),
      { numRuns: 1500 }
    );
  });
});
