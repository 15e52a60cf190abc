import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemblePack } from '../../packs/build';
import { questionSchema, type Question } from '../../packs/schema';
import { summitChoice } from '../testing';
import { read } from './read';
import { write } from './write';

const FIXTURES = new URL('../../../../../tests/fixtures/formats/aiken/', import.meta.url);

const pack = (questions: Question[]) => assemblePack({ id: 'p', title: 'Pack' }, questions);
const written = (questions: Question[]) => {
  const { data, warnings } = write(pack(questions));
  return { text: data as string, warnings };
};
const base = { explanation: '', skill: 'general' };
/** A question from its fields, with the schema's defaults filled in. */
const q = (fields: Record<string, unknown>): Question => questionSchema.parse({ ...base, ...fields });

describe('Aiken export', () => {
  it('writes a single-answer choice as Moodle does', () => {
    expect(written([summitChoice('a')]).text).toBe(
      'Where did they meet?\nA) Anchorage\nB) Moscow\nANSWER: A\n'
    );
  });

  it('round trip Aiken → pack → Aiken keeps every question of Moodle’s fixture', () => {
    const source = readFileSync(new URL('moodle-questions.aiken.txt', FIXTURES), 'utf8');
    const first = read(source);
    if (!first.ok || !('questions' in first)) throw new Error('expected questions');
    const out = written(first.questions);
    expect(out.warnings).toEqual([]);
    expect(out.text).toBe(source);
    const again = read(out.text);
    if (!again.ok || !('questions' in again)) throw new Error('expected questions');
    expect(again.questions).toEqual(first.questions);
  });

  it('names every question it cannot write, and why; none is dropped silently', () => {
    const { text, warnings } = written([
      q({
        id: 's',
        type: 'short-answer',
        prompt: 'Capital of Alaska?',
        answers: [{ text: 'Juneau', weight: 100 }]
      }),
      { ...summitChoice('m'), multiple: true, prompt: 'Pick both' },
      {
        ...summitChoice('two'),
        prompt: 'Two right',
        options: [
          { text: 'x', weight: 100 },
          { text: 'y', weight: 100 }
        ]
      },
      {
        ...summitChoice('many'),
        prompt: 'Many',
        options: Array.from({ length: 27 }, (_, i) => ({ text: `o${i}`, weight: i === 0 ? 100 : 0 }))
      },
      summitChoice('ok', 'Kept?')
    ]);
    expect(text).toBe('Kept?\nA) Anchorage\nB) Moscow\nANSWER: A\n');
    expect(warnings).toEqual([
      {
        place: { field: '$.questions[0]' },
        message: expect.stringMatching(
          /“Capital of Alaska\?”: left out: a short answer question .*cannot be expressed in Aiken/
        )
      },
      {
        place: { field: '$.questions[1]' },
        message: expect.stringMatching(/“Pick both”: left out: a multiple-answer question/)
      },
      {
        place: { field: '$.questions[2]' },
        message: expect.stringMatching(/“Two right”: left out: 2 right options/)
      },
      {
        place: { field: '$.questions[3]' },
        message: expect.stringMatching(/“Many”: left out: 27 options \(Aiken letters them A–Z/)
      }
    ]);
  });

  it('flattens line breaks and lists what changed, by question', () => {
    const { text, warnings } = written([
      {
        ...summitChoice('a', 'Read this:\n“We will meet.”\nWho said it?'),
        explanation: 'See paragraph 2.',
        timeLimit: 30,
        options: [
          { text: 'Trump', weight: 100 },
          { text: 'Putin', weight: 50, feedback: 'Half right' }
        ]
      }
    ]);
    expect(text.split('\n')[0]).toBe('Read this: “We will meet.” Who said it?');
    expect(warnings).toHaveLength(1);
    for (const part of [
      'partial credit is lost',
      'option feedback',
      'line breaks became spaces',
      'explanation',
      '30-second time limit'
    ])
      expect(warnings[0].message).toContain(part);
  });

  it('writes true/false and generated questions as multiple choice, saying so', () => {
    const { text, warnings } = written([
      { ...base, id: 't', type: 'true-false', prompt: 'The talks lasted six hours.', answer: false },
      q({
        id: 'f',
        type: 'fact-opinion',
        prompt: 'Fact or opinion?',
        statement: 'The summit was a triumph.',
        answer: 'opinion'
      })
    ]);
    expect(text).toBe(
      'The talks lasted six hours.\nA) True\nB) False\nANSWER: B\n\nFact or opinion? The summit was a triumph.\nA) Fact\nB) Opinion\nANSWER: B\n'
    );
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('written as multiple choice (True, False)'),
      expect.stringContaining('written as multiple choice (a fact-opinion question)')
    ]);
  });

  it('leaves out a question Moodle would read as an option line, naming it', () => {
    const { text, warnings } = written([summitChoice('a', 'A. Lincoln was president in:')]);
    expect(text).toBe('');
    expect(warnings[0].message).toMatch(/starts with “A\.”, which Moodle reads as an option/);
  });
});
