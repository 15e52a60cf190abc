import { describe, expect, it } from 'vitest';
import { FACT_PATTERNS, PHRASES } from './lexicon';
import { patternScanner } from './patterns';

/** What running each pattern on its own gives. */
function oneByOne(patterns: RegExp[], text: string) {
  return patterns.flatMap((pattern, k) => {
    const matches: { pattern: number; index: number; text: string }[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text))
      matches.push({ pattern: k, index: m.index, text: m[0] });
    return matches;
  });
}

const SENTENCES = [
  'It’s crucial that we act now, and I think the plan will likely fail.',
  'On May 5, 2020 at 10:30 am, two hundred people paid $5m, or 40 per cent more, for the first time in years.',
  'There were no casualties, according to officials, but hundreds of homes have to be rebuilt by next week.',
  'Post-it is crucial: you see, so-called experts said IT WAS HIGH TIME to act.',
  'In May the board met; the May report may well be late.',
  ''
];

describe('patternScanner', () => {
  it('finds what each pattern finds on its own, case and overlaps included', () => {
    for (const list of [PHRASES, FACT_PATTERNS]) {
      const patterns = list.map((p) => p.pattern);
      const scan = patternScanner(patterns);
      for (const text of SENTENCES) expect(scan(text)).toEqual(oneByOne(patterns, text));
    }
  });

  it('keeps case-sensitive patterns case-sensitive', () => {
    const scan = patternScanner([/\bMay\b/g, /\bmay\b/gi]);
    expect(scan('They may meet in May.')).toEqual([
      { pattern: 0, index: 17, text: 'May' },
      { pattern: 1, index: 5, text: 'may' },
      { pattern: 1, index: 17, text: 'May' }
    ]);
  });

  it('refuses patterns whose meaning would change when combined', () => {
    expect(() => patternScanner([/(a)\1/g])).toThrow();
    expect(() => patternScanner([/\p{L}/gu])).toThrow();
  });
});
