import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemblePack } from '../../packs/build';
import { readGiftQuestions } from './read';
import { escapeGift, exportGift } from './write';
import type { Pack, Question } from '../../packs/schema';

const FIXTURES = new URL('../../../../../tests/fixtures/formats/gift/gift-pegjs/', import.meta.url);

const pack = (questions: Question[]): Pack => assemblePack({ id: 'p', title: 'Test pack' }, questions);
const base = { skill: 'general', explanation: '' } as const;

const HAND_WRITTEN: Question[] = [
  {
    ...base,
    id: 'c1',
    type: 'choice',
    title: 'Colours: mixing',
    prompt: 'What is between orange and green?',
    explanation: 'See the spectrum {ROYGBIV}.',
    multiple: false,
    options: [
      { text: 'yellow', weight: 100, feedback: 'right; good!' },
      { text: 'red #1', weight: 0, feedback: 'no = not that' },
      { text: 'half', weight: 50 }
    ],
    tags: ['category:$course$/top/Unit 1', 'colours']
  },
  {
    ...base,
    id: 'c2',
    type: 'choice',
    prompt: 'Pick the continents',
    multiple: true,
    options: [
      { text: 'Africa', weight: 50 },
      { text: 'Asia', weight: 50 },
      { text: 'China', weight: -100 }
    ],
    tags: ['category:$course$/top/Unit 1']
  },
  {
    ...base,
    id: 'c3',
    type: 'choice',
    prompt: 'Several right (as Kahoot writes them)',
    multiple: false,
    options: [
      { text: 'a', weight: 100 },
      { text: 'b', weight: 100 }
    ],
    tags: ['category:$course$/top/Unit 1']
  },
  {
    ...base,
    id: 'tf',
    type: 'true-false',
    prompt: 'Line one\nline two with <b>tags</b> & {braces}',
    answer: false,
    feedbackTrue: 'No: it is false',
    tags: ['category:$course$/top/Unit 1']
  },
  {
    ...base,
    id: 'sa',
    type: 'short-answer',
    prompt: 'Grant is buried in _____ tomb.',
    answers: [
      { text: 'Grant’s', weight: 100 },
      { text: '*', weight: 0, feedback: 'Try again' }
    ],
    caseSensitive: false,
    tags: ['category:$course$/top/Unit 1']
  },
  {
    ...base,
    id: 'num',
    type: 'numerical',
    prompt: 'Pi to 3 places?',
    answers: [
      { value: 3.142, tolerance: 0.0005, weight: 100, feedback: 'Yes' },
      { min: 3, max: 3.5, weight: 25 },
      { value: -1e-7, tolerance: 0, weight: -10 },
      { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, weight: 0, feedback: 'Wrong' }
    ],
    tags: ['category:$course$/top/Unit 1']
  },
  {
    ...base,
    id: 'm',
    type: 'matching',
    prompt: 'Match the capitals',
    explanation: 'Atlas: p. 4',
    pairs: [
      { left: 'Canada', right: 'Ottawa' },
      { left: 'Italy = IT', right: 'Rome ~ Roma' },
      { left: '', right: 'Paris' }
    ],
    tags: ['category:$course$/top/Unit 1']
  },
  {
    ...base,
    id: 'd',
    type: 'description',
    prompt: '// Read the article first.',
    tags: ['category:$course$/top/Unit 1']
  },
  {
    ...base,
    id: 'o',
    type: 'open-response',
    prompt: '[html] is not a format here',
    explanation: 'Any honest answer.',
    tags: ['category:$course$/top/Unit 1']
  }
];

describe('GIFT export', () => {
  it('escapes the control characters and the backslash', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
  });

  it('export then import gives the same questions, for every hand-written type', () => {
    const { text, warnings } = exportGift(pack(HAND_WRITTEN));
    expect(warnings).toEqual([]);
    const back = readGiftQuestions(text);
    expect(back.skipped).toEqual([]);
    expect(back.questions).toEqual(HAND_WRITTEN);
  });

  it('export then import gives the same questions for every gift-pegjs fixture', () => {
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.gift'))) {
      const first = readGiftQuestions(readFileSync(new URL(file, FIXTURES), 'utf8')).questions;
      const back = readGiftQuestions(exportGift(pack(first)).text);
      expect(back.skipped, file).toEqual([]);
      expect(back.questions, file).toEqual(first);
    }
  });

  it('writes generated questions as choice or matching and says so', () => {
    const generated: Question[] = [
      {
        ...base,
        skill: 'attribution',
        id: 'g1',
        type: 'attribution',
        prompt: 'Who said this?',
        quote: 'Gotta make a deal',
        options: ['Trump', 'Putin', 'Zelensky'],
        answer: 0
      },
      {
        ...base,
        id: 'g2',
        type: 'fact-opinion',
        prompt: 'Fact or opinion?',
        statement: 'It rained.',
        answer: 'fact',
        cues: []
      }
    ];
    const { text, warnings } = exportGift(pack(generated));
    expect(warnings.map((w) => w.place.field)).toEqual(['$.questions[0]', '$.questions[1]']);
    const back = readGiftQuestions(text).questions;
    expect(back.map((q) => q.type)).toEqual(['choice', 'choice']);
    expect(back[0].prompt).toContain('Gotta make a deal');
  });

  it('warns, per question, that a time limit cannot be written, and still writes the question', () => {
    const timed = (id: string, timeLimit?: number): Question => ({
      ...base,
      id,
      type: 'true-false',
      prompt: `Statement ${id}`,
      answer: true,
      ...(timeLimit === undefined ? {} : { timeLimit })
    });
    const { text, warnings } = exportGift(pack([timed('a', 30), timed('b'), timed('c', 45)]));
    expect(warnings).toEqual([
      {
        place: { field: '$.questions[0]' },
        message: 'GIFT has no time limit: the 30-second limit was left out (Moodle sets time per quiz)'
      },
      { place: { field: '$.questions[2]' }, message: expect.stringContaining('the 45-second limit') }
    ]);
    expect(readGiftQuestions(text).questions.map((q) => q.prompt)).toEqual([
      'Statement a',
      'Statement b',
      'Statement c'
    ]);
  });

  it('warns about what GIFT cannot say', () => {
    const { warnings } = exportGift(
      pack([
        {
          ...base,
          id: 's',
          type: 'short-answer',
          prompt: 'Case?',
          answers: [{ text: 'NaCl', weight: 100 }],
          caseSensitive: true
        },
        {
          ...base,
          id: 'c',
          type: 'choice',
          prompt: 'One?',
          multiple: false,
          options: [{ text: 'only', weight: 100 }]
        }
      ])
    );
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('case-sensitive'),
      expect.stringContaining('left out: a choice question needs two options')
    ]);
  });
});
