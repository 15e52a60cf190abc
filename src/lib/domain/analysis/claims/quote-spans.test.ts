import { describe, expect, it } from 'vitest';
import { quoteSpans } from './quote-spans';

const quoted = (text: string) => quoteSpans(text).map((s) => text.slice(s.start, s.end));

describe('quoteSpans', () => {
  it('finds curly, straight and mixed double quotes', () => {
    expect(quoted('He said “it is over” and left.')).toEqual(['“it is over”']);
    expect(quoted('He said "it is over" and left.')).toEqual(['"it is over"']);
    expect(quoted('He said “it is over" and left.')).toEqual(['“it is over"']);
  });

  it('keeps apostrophes inside single-quoted quotes and ignores possessives', () => {
    expect(quoted('‘We’ve agreed on a lot,’ he said.')).toEqual(['‘We’ve agreed on a lot,’']);
    expect(quoted("The leaders' aides and the reporters' questions.")).toEqual([]);
  });

  it('runs a quotation that is not closed to the end of the sentence', () => {
    expect(quoted('He added: “It will be a long winter.')).toEqual(['“It will be a long winter.']);
    expect(quoted('‘And I will call him about it.')).toEqual(['‘And I will call him about it.']);
  });

  it('treats the end of a quotation opened in an earlier sentence as quoted', () => {
    expect(quoted('We made real progress,” she said.')).toEqual(['We made real progress,”']);
    expect(quoted('For Europe: disappointing," he added.')).toEqual(['For Europe: disappointing,"']);
    expect(quoted('We will see each other soon.’')).toEqual(['We will see each other soon.’']);
  });
});
