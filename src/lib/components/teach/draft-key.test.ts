import { describe, expect, it } from 'vitest';
import { makeQuestion, outlets } from '$lib/domain/questions/testing';
import { draftKey } from './draft-key';

describe('the answer key of a draft, in words', () => {
  it('names the right option, label or verdict of each generated type', () => {
    expect(
      draftKey(makeQuestion({ id: 'a', type: 'attribution', quote: 'q', options: ['Ann', 'Dev'], answer: 1 }))
    ).toBe('Dev');
    expect(
      draftKey(makeQuestion({ id: 'f', type: 'fact-opinion', statement: 's', answer: 'opinion', cues: [] }))
    ).toBe('Opinion');
    expect(
      draftKey(
        makeQuestion({
          id: 's',
          type: 'spot-error',
          claim: 'c',
          answer: 'contradicted',
          evidence: { sourceId: 'x', start: 0, end: 1, excerpt: 'e' }
        })
      )
    ).toBe('It does not hold up');
    expect(
      draftKey(
        makeQuestion({
          id: 'v',
          type: 'altered-detail',
          options: ['40 buses', '80 buses'],
          answer: 0,
          detailKind: 'number'
        })
      )
    ).toBe('40 buses');
  });

  it('pairs each outlet with what it reported', () => {
    const q = makeQuestion({
      id: 'd',
      type: 'discrepancy',
      topic: 't',
      outlets: outlets('DW', 'Metro'),
      values: ['3 hours', '2 1/2 hours'],
      answer: [1, 0]
    });
    expect(draftKey(q)).toBe('DW: 2 1/2 hours; Metro: 3 hours');
  });

  it('has no key for an authored type', () => {
    expect(draftKey(makeQuestion({ id: 't', type: 'true-false', answer: true }))).toBeNull();
  });
});
