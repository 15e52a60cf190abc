import { describe, expect, it } from 'vitest';
import {
  AUTHORED_TYPES,
  GENERATED_TYPES,
  QUESTION_TYPES,
  questionKinds,
  questionSchema,
  responseSchema,
  SKILL_LABELS,
  TYPE_LABELS
} from '.';
import { sampleQuestion } from './testing';

describe('the question-type registry', () => {
  it('builds the question and response unions in the order of the type list', () => {
    const order = (union: { options: readonly { shape: { type: { value: string } } }[] }) =>
      union.options.map((o) => o.shape.type.value);
    expect(order(questionSchema)).toEqual([...QUESTION_TYPES]);
    expect(order(responseSchema)).toEqual([...QUESTION_TYPES]);
  });

  it('splits the types into authored and generated ones, each once', () => {
    expect([...GENERATED_TYPES, ...AUTHORED_TYPES].sort()).toEqual([...QUESTION_TYPES].sort());
    expect(GENERATED_TYPES).toEqual([
      'attribution',
      'fact-opinion',
      'spot-error',
      'altered-detail',
      'discrepancy'
    ]);
  });

  it.each(QUESTION_TYPES)('gives %s a label, a known skill and a valid sample', (type) => {
    expect(TYPE_LABELS[type]).toBe(questionKinds[type].label);
    expect(TYPE_LABELS[type].length).toBeGreaterThan(0);
    expect(SKILL_LABELS[questionKinds[type].skill]).toBeDefined();
    expect(questionKinds[type].schema.safeParse(sampleQuestion(type)).success).toBe(true);
  });
});
