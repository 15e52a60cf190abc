import { describe, expect, it } from 'vitest';
import { balanceFactOpinion } from './fact-opinion';
import type { QuestionCandidate } from './types';

function draft(id: string, answer: 'fact' | 'opinion', confidence: number): QuestionCandidate {
  return {
    key: id,
    confidence,
    question: {
      id,
      type: 'fact-opinion',
      skill: 'fact-opinion',
      prompt: 'Fact or opinion?',
      explanation: '',
      statement: id,
      answer,
      cues: []
    }
  };
}

describe('balanceFactOpinion', () => {
  it('keeps the most confident of the commoner key, as many as keep both keys within 35–65%', () => {
    const facts = Array.from({ length: 10 }, (_, i) => draft(`f${i}`, 'fact', 0.8 + i / 100));
    const opinions = [draft('o1', 'opinion', 0.9), draft('o2', 'opinion', 0.95)];
    const kept = balanceFactOpinion([...facts, ...opinions]);
    expect(kept.map((d) => d.question.id)).toEqual(['f7', 'f8', 'f9', 'o1', 'o2']);
    const share = kept.filter(
      (d) => d.question.type === 'fact-opinion' && d.question.answer === 'opinion'
    ).length;
    expect(share / kept.length).toBeGreaterThanOrEqual(0.35);
  });

  it('asks nothing rather than an all-fact set, and leaves a balanced set alone', () => {
    expect(balanceFactOpinion([draft('f1', 'fact', 0.9), draft('f2', 'fact', 0.9)])).toEqual([]);
    const balanced = [
      draft('f1', 'fact', 0.9),
      draft('o1', 'opinion', 0.9),
      draft('f2', 'fact', 0.8),
      draft('o2', 'opinion', 0.9),
      draft('f3', 'fact', 0.8)
    ];
    expect(balanceFactOpinion(balanced)).toEqual(balanced);
  });
});
