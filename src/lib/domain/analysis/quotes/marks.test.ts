import { describe, expect, it } from 'vitest';
import { findAllMarkedSpans, splitLines } from './marks';

const spans = (text: string) =>
  findAllMarkedSpans(text, splitLines(text)).map((s) => ({
    text: text.slice(s.start, s.end),
    open: s.openMark,
    close: s.closeMark
  }));

describe('findMarkedSpans', () => {
  it('finds curly, straight and single quotes on one line', () => {
    expect(spans('He said “one thing”, then "another thing", then ‘a third thing’.')).toEqual([
      { text: 'one thing', open: '“', close: '”' },
      { text: 'another thing', open: '"', close: '"' },
      { text: 'a third thing', open: '‘', close: '’' }
    ]);
  });

  it('tells apostrophes (contractions, possessives, plurals) from closing marks', () => {
    expect(
      spans(
        "‘It’s the voters’ call, isn’t it?’ she asked. The Jones' house and the 1990s' mood stay unquoted."
      )
    ).toEqual([{ text: 'It’s the voters’ call, isn’t it?', open: '‘', close: '’' }]);
  });

  it('reads a straight single quote as a quote only when it closes', () => {
    expect(spans("He called it 'a farce' on Fox News' show.")).toEqual([
      { text: 'a farce', open: "'", close: "'" }
    ]);
    expect(spans("Rock 'n roll fans and 'tis the season")).toEqual([]);
  });

  it('leaves inch marks alone and keeps nested quotes inside the outer one', () => {
    expect(spans('He is 6\'3" tall.')).toEqual([]);
    expect(spans('“People say, ‘It doesn’t matter,’ but it does,” he said.')).toEqual([
      { text: 'People say, ‘It doesn’t matter,’ but it does,', open: '“', close: '”' }
    ]);
  });

  it('closes an open quote at the end of its paragraph, never across paragraphs', () => {
    expect(spans('“First part of the quote.\n“Second part,” she said.')).toEqual([
      { text: 'First part of the quote.', open: '“', close: null },
      { text: 'Second part,', open: '“', close: '”' }
    ]);
  });

  it('opens a quote with a right double mark at the start of a line', () => {
    expect(spans('”Fear. That is what I felt.” ― Ana Diaz')).toEqual([
      { text: 'Fear. That is what I felt.', open: '”', close: '”' }
    ]);
  });

  it('reads two apostrophes as a double mark, as some newspaper archives print them', () => {
    expect(spans("''This isn't reform,'' said the economist.")).toEqual([
      { text: "This isn't reform,", open: "''", close: "''" }
    ]);
  });
});
