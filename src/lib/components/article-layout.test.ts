import { describe, expect, it } from 'vitest';
import { paragraphsWithMark } from './article-layout';

const text = 'First line here.\nSecond line, with the quote.\n\nThird.';

describe('paragraphsWithMark', () => {
  it('splits on line breaks and skips blank lines', () => {
    expect(paragraphsWithMark(text).map((p) => p.map((x) => x.text).join(''))).toEqual([
      'First line here.',
      'Second line, with the quote.',
      'Third.'
    ]);
  });

  it('marks exactly the span, even across paragraphs', () => {
    const start = text.indexOf('here');
    const end = text.indexOf(', with');
    const marked = paragraphsWithMark(text, start, end).flatMap((p) =>
      p.filter((x) => x.marked).map((x) => x.text)
    );
    expect(marked).toEqual(['here.', 'Second line']);
  });

  it('ignores an empty or out-of-range span', () => {
    expect(
      paragraphsWithMark(text, 5, 5)
        .flat()
        .some((x) => x.marked)
    ).toBe(false);
    expect(
      paragraphsWithMark(text, 999, 1200)
        .flat()
        .some((x) => x.marked)
    ).toBe(false);
  });
});
