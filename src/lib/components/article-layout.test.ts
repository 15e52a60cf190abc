import { describe, expect, it } from 'vitest';
import { paragraphsWithMark, sectionAt } from './article-layout';

const text = 'First line here.\nSecond line, with the quote.\n\nThird.';

describe('paragraphsWithMark', () => {
  it('splits on line breaks and skips blank lines', () => {
    const paragraphs = paragraphsWithMark(text);
    expect(paragraphs.map((p) => p.pieces.map((x) => x.text).join(''))).toEqual([
      'First line here.',
      'Second line, with the quote.',
      'Third.'
    ]);
    expect(paragraphs.map((p) => p.start)).toEqual([0, 17, text.indexOf('Third')]);
  });

  it('marks exactly the span, even across paragraphs', () => {
    const start = text.indexOf('here');
    const end = text.indexOf(', with');
    const marked = paragraphsWithMark(text, start, end).flatMap((p) =>
      p.pieces.filter((x) => x.marked).map((x) => x.text)
    );
    expect(marked).toEqual(['here.', 'Second line']);
  });

  it('ignores an empty or out-of-range span', () => {
    const anyMarked = (s: number, e: number) =>
      paragraphsWithMark(text, s, e).some((p) => p.pieces.some((x) => x.marked));
    expect(anyMarked(5, 5)).toBe(false);
    expect(anyMarked(999, 1200)).toBe(false);
  });
});

describe('sectionAt', () => {
  it('finds the section a paragraph starts in', () => {
    const sections = [{ start: 17, end: 46, kind: 'advocacy' }];
    expect(sectionAt(sections, 0)).toBeNull();
    expect(sectionAt(sections, 17)?.kind).toBe('advocacy');
    expect(sectionAt(sections, 46)).toBeNull();
  });
});
