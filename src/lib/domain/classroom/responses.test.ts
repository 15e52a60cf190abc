import { describe, expect, it } from 'vitest';
import { packSchema, type Question } from '../packs/schema';
import { grade, type Response } from '../study';
import { describeResponse, NO_ANSWER } from './describe';
import { fromWire, toWire } from './responses';
import { samplePack } from './test-fixtures';
import { outlets, pairs } from '../questions/testing';

const pack = packSchema.parse({
  ...samplePack(1),
  questions: [
    ...samplePack(1).questions,
    {
      id: 'q-disc',
      type: 'discrepancy',
      prompt: 'Who reported what?',
      skill: 'sources',
      topic: 'how long the talks lasted',
      outlets: outlets('DW', 'Metro'),
      values: ['2½ hours', '2 h 45 min'],
      answer: [0, 1]
    },
    {
      id: 'q-match',
      type: 'matching',
      prompt: 'Match',
      skill: 'general',
      pairs: pairs(['Putin', 'Russia'], ['Trump', 'USA'])
    },
    { id: 'q-num', type: 'numerical', prompt: 'How many?', skill: 'general', answers: [{ value: 36 }] }
  ]
});
const q = (id: string): Question => pack.questions.find((x) => x.id === id)!;

const cases: [string, Response, string][] = [
  ['q-attr', { type: 'attribution', choice: 2 }, 'Wolfgang Ischinger'],
  ['q-fact', { type: 'fact-opinion', label: 'opinion' }, 'Opinion'],
  ['q-choice', { type: 'choice', choices: [1] }, 'six hours'],
  ['q-tf', { type: 'true-false', value: false }, 'False'],
  ['q-extra-0', { type: 'short-answer', text: 'Anchorage' }, 'Anchorage'],
  ['q-disc', { type: 'discrepancy', values: [1, null] }, 'DW: 2 h 45 min; Metro: –'],
  ['q-match', { type: 'matching', matches: { '0': 'USA', '1': 'Russia' } }, 'Putin → USA; Trump → Russia'],
  ['q-num', { type: 'numerical', value: 35 }, '35']
];

describe('responses in result codes', () => {
  it.each(cases)('%s: compacts, expands to the same response and grades the same', (id, response, label) => {
    const wire = toWire(response);
    expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(response).length);
    const back = fromWire(q(id), wire);
    expect(back).toEqual(response);
    expect(grade(q(id), back!)).toEqual(grade(q(id), response));
    expect(describeResponse(q(id), wire)).toBe(label);
  });

  it('treats a missing answer as no answer, and refuses a value that does not fit the question', () => {
    expect(toWire(undefined)).toBeNull();
    expect(fromWire(q('q-attr'), null)).toBeNull();
    expect(fromWire(q('q-attr'), 'fact')).toBeNull();
    expect(describeResponse(q('q-attr'), null)).toBe(NO_ANSWER);
  });
});
