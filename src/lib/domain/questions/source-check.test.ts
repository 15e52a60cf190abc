import { describe, expect, it } from 'vitest';
import { passagesToCheck, QUESTION_TYPES, questionSchema } from '.';
import { sampleQuestion } from './testing';

const parse = (type: string, extra: Record<string, unknown> = {}) =>
  questionSchema.parse(sampleQuestion(type, extra));
const passage = (sourceId: string, excerpt: string) => ({
  sourceId,
  start: 10,
  end: 10 + excerpt.length,
  excerpt
});

describe('the passages a learner can check before answering', () => {
  it('offers a spot-the-error claim its evidence, not the claim itself', () => {
    const q = parse('spot-error', {
      source: passage('claim', 'The claim as reported.'),
      evidence: passage('dw', 'Officials said the opposite.')
    });
    expect(passagesToCheck(q)).toEqual([passage('dw', 'Officials said the opposite.')]);
  });

  it('offers an altered-detail question the sentence it was made from, and nothing when it has none', () => {
    expect(
      passagesToCheck(parse('altered-detail', { source: passage('dw', 'They met for 2 1/2 hours.') }))
    ).toEqual([passage('dw', 'They met for 2 1/2 hours.')]);
    expect(passagesToCheck(parse('altered-detail'))).toEqual([]);
  });

  it("offers each outlet's own passage of a discrepancy, named by the outlet, skipping outlets without one", () => {
    const q = parse('discrepancy', {
      outlets: [
        { sourceId: 'dw', outlet: 'DW', evidence: passage('dw', 'The talks lasted 2 1/2 hours.') },
        {
          sourceId: 'metro',
          outlet: 'Metro',
          evidence: passage('metro', 'They talked for 2 hours 45 minutes.')
        },
        { sourceId: 'bs', outlet: 'Business Standard' }
      ],
      values: ['2 1/2 hours', '2 hours 45 minutes', 'three hours'],
      answer: [0, 1, 2]
    });
    expect(passagesToCheck(q).map((p) => [p.outlet, p.excerpt])).toEqual([
      ['DW', 'The talks lasted 2 1/2 hours.'],
      ['Metro', 'They talked for 2 hours 45 minutes.']
    ]);
  });

  it('leaves out an empty excerpt: there is nothing to read', () => {
    expect(passagesToCheck(parse('spot-error', { evidence: passage('dw', '  ') }))).toEqual([]);
  });

  it('offers nothing for who said this, fact or opinion, or any authored type, even with a source', () => {
    const withPassages = (t: string) => ({
      source: passage('dw', 'A passage.'),
      ...(t === 'discrepancy' && {
        outlets: [
          { sourceId: 'dw', outlet: 'DW', evidence: passage('dw', 'Two hours.') },
          { sourceId: 'metro', outlet: 'Metro', evidence: passage('metro', 'Three hours.') }
        ]
      })
    });
    const checkable = QUESTION_TYPES.filter((t) => passagesToCheck(parse(t, withPassages(t))).length > 0);
    expect(checkable).toEqual(['spot-error', 'altered-detail', 'discrepancy']);
  });
});
