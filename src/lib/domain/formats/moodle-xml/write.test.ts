import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemblePack } from '../../packs/build';
import type { Pack, Question } from '../../packs/schema';
import { SAMPLE_FIELDS } from '../../questions/testing';
import { exportPack } from '../export';
import { importText } from '../import';
import { ANY_NUMBER } from '../shared/moodle';
import { read } from './read';
import { write } from './write';

const pack = (questions: Question[]): Pack => assemblePack({ id: 'p', title: 'Test pack' }, questions);
const base = { skill: 'general', explanation: '' } as const;

/** Every type Moodle XML holds, with the awkward parts: markup characters, line breaks, feedback, categories. */
const EVERY_TYPE: Question[] = [
  {
    ...base,
    id: 'c1',
    type: 'choice',
    title: 'Colours & <mixing>',
    prompt: 'What is between "orange" and green?\nPick one.',
    explanation: 'See the spectrum {ROYGBIV}.',
    multiple: false,
    options: [
      { text: 'yellow', weight: 100, feedback: 'right; <good>!' },
      { text: 'red & blue', weight: 0 },
      { text: 'half', weight: 50 }
    ],
    shuffle: false,
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
    shuffle: true,
    tags: ['category:$course$/top/Unit 1']
  },
  {
    ...base,
    id: 't1',
    type: 'true-false',
    prompt: 'The sun is a star.',
    answer: true,
    feedbackTrue: 'Yes.',
    feedbackFalse: 'It is.',
    tags: ['category:$course$/top/Unit 2']
  },
  {
    ...base,
    id: 's1',
    type: 'short-answer',
    prompt: 'Name the capital of France: _____',
    caseSensitive: true,
    accentsMatter: true,
    answers: [
      { text: 'Paris', weight: 100, feedback: 'Right' },
      { text: 'Pa*', weight: 50 }
    ],
    tags: ['category:$course$/top/Unit 2']
  },
  {
    ...base,
    id: 'n1',
    type: 'numerical',
    prompt: 'When did the war end?',
    answers: [
      { value: 1945, tolerance: 0, weight: 100 },
      { min: 1940, max: 1950, weight: 50, feedback: 'Close' },
      { ...ANY_NUMBER, weight: 0, feedback: 'No' }
    ],
    tags: ['category:$course$/top/Unit 2']
  },
  {
    ...base,
    id: 'm1',
    type: 'matching',
    prompt: 'Match the outlets',
    pairs: [
      { left: 'DW', right: 'Germany' },
      { left: 'BBC', right: 'UK' },
      { left: '', right: 'France' }
    ],
    tags: ['category:$course$/top/Unit 2']
  },
  {
    ...base,
    id: 'd1',
    type: 'description',
    prompt: 'Read this first.',
    tags: ['category:$course$/top/Unit 2']
  },
  {
    ...base,
    id: 'o1',
    type: 'open-response',
    prompt: 'Why?',
    explanation: 'Look for the source.',
    tags: ['category:$course$/top/Unit 2']
  }
];

async function roundTrip(questions: Question[], via: 'moodle-xml' | 'gift' | 'json') {
  const file = await exportPack(pack(questions), via);
  const back = await importText(file.fileName, file.data as string);
  if (!back.ok) throw new Error(back.problems.map((p) => p.message).join('; '));
  return { questions: back.preview.pack.questions, warnings: file.warnings, skipped: back.preview.skipped };
}

describe('Moodle XML writer', () => {
  it('every type it holds reads back the same, ids, titles, categories and feedback included, without warnings', async () => {
    const back = await roundTrip(EVERY_TYPE, 'moodle-xml');
    expect(back.warnings).toEqual([]);
    expect(back.skipped).toEqual([]);
    // A range is written as its middle ± half its width, which grades the same.
    const expected = structuredClone(EVERY_TYPE);
    (expected[4] as Extract<Question, { type: 'numerical' }>).answers[1] = {
      value: 1945,
      tolerance: 5,
      weight: 50,
      feedback: 'Close'
    };
    expect(back.questions).toEqual(expected);
  });

  it('writes one category element per group, as Moodle does', () => {
    const { data } = write(pack(EVERY_TYPE));
    expect((data as string).match(/<question type="category">/g)).toHaveLength(2);
    expect(data).toContain('<text>$course$/top/Unit 2</text>');
  });

  it('generated types become multiple choice or matching, a time limit and an unlisted grade are named', () => {
    const attribution = {
      ...base,
      id: 'a1',
      type: 'attribution',
      prompt: 'Who said it?',
      ...SAMPLE_FIELDS.attribution
    } as Question;
    const odd: Question = {
      ...base,
      id: 'c9',
      type: 'choice',
      prompt: 'Which?',
      multiple: true,
      timeLimit: 30,
      options: [
        { text: 'a', weight: 37 },
        { text: 'b', weight: 63 }
      ]
    };
    const { data, warnings } = write(pack([attribution, odd]));
    expect(warnings.map((w) => w.place.field)).toEqual(['$.questions[0]', '$.questions[1]']);
    expect(warnings[0].message).toContain('written as multiple choice (a attribution question)');
    expect(warnings[1].message).toContain('the grade 37% became 40%');
    expect(warnings[1].message).toContain('the 30-second time limit is left out');
    const back = read(data as string);
    expect(back.ok && 'questions' in back && back.questions.map((q) => q.type)).toEqual(['choice', 'choice']);
  });

  it('`convert --to moodle-xml` goes through the registry: a .xml file with its MIME type', async () => {
    const file = await exportPack(pack(EVERY_TYPE.slice(0, 1)), 'moodle-xml');
    expect(file.fileName).toBe('Test-pack-moodle.xml');
    expect(file.mimeType).toBe('application/xml');
  });
});

/**
 * Questions every one of GIFT, Moodle XML and JSON holds, with text of the characters each format escapes (not `->`,
 * which GIFT cannot escape inside a matching pair).
 */
const words = fc
  .array(
    fc.constantFrom('a', 'Bé', '&', '<b>', '"q"', '{x}', '=', '~', '#1', ':', '>', '%', '*', 'word', '50%'),
    {
      minLength: 1,
      maxLength: 5
    }
  )
  .map((w) => w.join(' '));
const portableQuestion: fc.Arbitrary<Question> = fc
  .tuple(
    fc.constantFrom('choice', 'true-false', 'short-answer', 'numerical', 'matching', 'open-response'),
    words,
    words,
    words,
    fc.boolean()
  )
  .map(([type, prompt, one, two, flag]): Question => {
    const common = { ...base, id: 'x', prompt };
    if (type === 'choice')
      return {
        ...common,
        type,
        multiple: false,
        options: [
          { text: one, weight: 100 },
          { text: `${two} (other)`, weight: 0 }
        ]
      };
    if (type === 'true-false') return { ...common, type, answer: flag };
    if (type === 'short-answer')
      return {
        ...common,
        type,
        caseSensitive: false,
        answers: [
          {
            text:
              one
                .replace(/[*=~#{}:%>-]/g, '')
                .replace(/\s+/g, ' ')
                .trim() || 'a',
            weight: 100
          }
        ]
      };
    if (type === 'numerical')
      return { ...common, type, answers: [{ value: one.length, tolerance: flag ? 1 : 0, weight: 100 }] };
    if (type === 'matching')
      return {
        ...common,
        type,
        pairs: [
          { left: one, right: two },
          { left: `${two} 2`, right: `${one} 2` }
        ]
      };
    return { ...common, type: 'open-response' };
  });

/** What a question means, without what a format is free to add (ids, defaults GIFT and XML fill in). */
const meaning = (q: Question) => {
  const { id: _id, ...rest } = q as Question & { shuffle?: boolean; accentsMatter?: boolean };
  const copy: Record<string, unknown> = { ...rest };
  delete copy.shuffle;
  delete copy.accentsMatter;
  return copy;
};

describe('round trips GIFT ⇄ Moodle XML ⇄ Aiken ⇄ JSON', () => {
  it(
    'property: a question every format holds survives GIFT → Moodle XML → JSON → GIFT',
    { timeout: 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(portableQuestion, async (question) => {
          const q = { ...question, id: 'q1' } as Question;
          let current = [q];
          for (const via of ['gift', 'moodle-xml', 'json', 'gift'] as const)
            current = (await roundTrip(current, via)).questions;
          expect(current.map(meaning)).toEqual([meaning(q)]);
        }),
        { numRuns: 200 }
      );
    }
  );

  it('single-answer choice survives Moodle XML → Aiken → Moodle XML; what Aiken cannot hold is named', async () => {
    const xml = await roundTrip(EVERY_TYPE, 'moodle-xml');
    const aiken = await exportPack(pack(xml.questions), 'aiken');
    const left = aiken.warnings.filter((w) => w.message.includes(': left out: ')).map((w) => w.place.field);
    // Only the single-answer choice and the true/false are Aiken's; the other six are named.
    expect(left).toHaveLength(6);
    const back = await importText('back.txt', aiken.data as string);
    if (!back.ok) throw new Error('Aiken did not read back');
    const again = await roundTrip(back.preview.pack.questions, 'moodle-xml');
    expect(again.questions.map((q) => q.type === 'choice' && q.options.map((o) => o.text))).toEqual([
      ['yellow', 'red & blue', 'half'],
      ['True', 'False']
    ]);
  });
});

describe('Moodle XML export of images', () => {
  it('writes a question’s images as <file> elements its HTML text shows, and they read back the same', () => {
    const dot =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const question: Question = {
      ...base,
      id: 'img',
      type: 'true-false',
      prompt: 'Is [image: a dot] a dot & a <circle>?',
      answer: true,
      images: [{ src: dot, alt: 'a dot', name: 'dot one.png' }]
    };
    const written = write(pack([question]));
    expect(written.data).toContain('<file name="dot one.png" path="/" encoding="base64">');
    expect(written.data).toContain('<img src="@@PLUGINFILE@@/dot%20one.png" alt="a dot">');
    const back = read(String(written.data));
    if (!back.ok || !('questions' in back)) throw new Error('did not read back');
    expect(back.questions[0]).toMatchObject({ prompt: question.prompt, images: question.images });
    expect(back.warnings).toEqual([]);
  });
});
