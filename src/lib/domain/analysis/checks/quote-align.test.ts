import { describe, expect, it } from 'vitest';
import { tokenize } from '../text';
import { compareWording, sameRemark } from './quote-align';
import type { QuoteUnit } from './types';

let nextDoc = 0;
function unit(text: string, speaker: string | null = 'Jane Doe', heading = false): QuoteUnit {
  const tokens = tokenize(text);
  return {
    doc: nextDoc++,
    start: 0,
    end: text.length,
    text,
    speaker,
    tokens,
    keys: tokens.map((t) => t.norm.replace(/(\p{L})\1+/gu, '$1')),
    heading,
    quote: 0,
    paragraph: 0,
    context: ''
  };
}

const compare = (a: QuoteUnit, b: QuoteUnit) => compareWording((u) => u.text, a, b);

describe('compareWording', () => {
  it('finds a changed word and names both versions', () => {
    const diff = compare(
      unit("There's no deal till there's a deal."),
      unit("There's no deal until there's a deal,")
    );
    expect(diff).toMatchObject({ aligned: true, consistent: false, left: 'till', right: 'until' });
  });

  it('treats a clean cut of a longer quote as the same wording', () => {
    const diff = compare(
      unit('I will get a little heat on that one,'),
      unit('I will get a little heat on that one, but I could see it possibly happening.')
    );
    expect(diff.consistent).toBe(true);
  });

  it('counts a word added at a sentence edge ("He said" vs "And he said")', () => {
    const diff = compare(
      unit('He said there is not a country in the world that uses it now.'),
      unit('And he said there is not a country in the world that uses it.')
    );
    expect(diff.consistent).toBe(false);
    expect(diff.left).toContain('now');
    expect(diff.right).toContain('And');
  });

  it('sees a reordered quote as the same remark worded differently', () => {
    const diff = compare(unit('possibly see it happening.'), unit('But I could see it possibly happening.'));
    expect(diff).toMatchObject({ aligned: true, consistent: false });
  });

  it('ignores dropped titles and the capitals of a headline', () => {
    expect(compare(unit('it is up to President Smith now,'), unit('it is up to Smith now,')).consistent).toBe(
      true
    );
    const headline = unit('You Should Be Criminally Investigated.', null, true);
    const body = unit('You should give back the money and you should be criminally investigated,', null);
    expect(compare(headline, body).consistent).toBe(true);
  });

  it('does not align two sentences that only share a frame', () => {
    const diff = compare(
      unit('I thought he was very effective at being a conservative.'),
      unit('I thought he was very effective at securing the right-wing flank.')
    );
    expect(diff.aligned).toBe(false);
  });
});

describe('sameRemark', () => {
  it('needs most words in common and no different named speaker', () => {
    expect(sameRemark(unit('We need law and order now.'), unit('We need law and order.'))).toBe(true);
    expect(
      sameRemark(unit('We need law and order now.', 'Ann Lee'), unit('We need more teachers.', 'Ann Lee'))
    ).toBe(false);
    expect(
      sameRemark(
        unit('We will fight for every job in this state.', 'Ann Lee'),
        unit('We will fight for lower taxes.', 'Bob Ray')
      )
    ).toBe(false);
  });
});
