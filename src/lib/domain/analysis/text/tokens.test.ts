import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

/** The pattern tokenize is documented to match, as a regex. */
const TOKEN = /[\p{L}\p{N}]+(?:['’]\p{L}+)*(?:[.,/:]\p{N}+)*/gu;
const byPattern = (text: string) => [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length]);
const byScanner = (text: string) => tokenize(text).map((t) => [t.start, t.end]);

describe('tokenize', () => {
  it('finds words, possessives and numbers with their offsets', () => {
    const tokens = tokenize('Russia’s 2.5% rise, at 10:30 — “we’re fine”.', 100);
    expect(tokens.map((t) => t.norm)).toEqual(["russia's", '2.5', 'rise', 'at', '10:30', "we're", 'fine']);
    expect(tokens[0]).toMatchObject({ raw: 'Russia’s', start: 100, end: 108 });
  });

  it('matches its documented pattern on any text, accents, other scripts and astral letters included', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      'é',
      'ß',
      'Ж',
      '中',
      '𝒜',
      '٣',
      '7',
      "'",
      '’',
      '.',
      ',',
      '/',
      ':',
      ' ',
      '-',
      '😀',
      '\u0301'
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(byScanner(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 }
    );
  });
});
