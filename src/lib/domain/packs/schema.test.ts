import { describe, expect, it } from 'vitest';
import { packSchema, questionSchema, QUESTION_TYPES, type PackInput } from './schema';
import { validatePack } from './validate';
import { sampleProvenance as provenance, sampleQuestion } from '../questions/testing';

/** For every type, one way to break it that a teacher's editor or an importer could produce. */
const broken: Record<(typeof QUESTION_TYPES)[number], [Record<string, unknown>, string]> = {
  attribution: [{ answer: 3 }, 'answer'],
  'fact-opinion': [{ answer: 'maybe' }, 'answer'],
  'spot-error': [{ evidence: { ...provenance, start: 9, end: 2 } }, 'evidence'],
  'altered-detail': [{ detailKind: 'colour' }, 'detailKind'],
  discrepancy: [{ answer: [0] }, 'answer'],
  choice: [{ options: [{ text: 'Yes', weight: 0 }] }, 'options'],
  'true-false': [{ answer: 'yes' }, 'answer'],
  'short-answer': [{ answers: [] }, 'answers'],
  numerical: [{ answers: [{ min: 5, max: 1 }] }, 'answers'],
  matching: [
    {
      pairs: [
        { left: 'only one', right: 'x' },
        { left: '', right: 'y' }
      ]
    },
    'pairs'
  ],
  description: [{ prompt: 42 }, 'prompt'],
  'open-response': [{ skill: '' }, 'skill'],
  flashcard: [{ back: '' }, 'back']
};

const question = sampleQuestion;

function pack(questions: unknown[]): PackInput {
  return {
    format: 'sourcewise-pack',
    version: 2,
    id: 'test',
    title: 'Test pack',
    sources: [{ id: 'dw', title: 'Summit', outlet: 'DW', kind: 'liveblog' }],
    questions
  } as PackInput;
}

describe('question schema', () => {
  it.each(QUESTION_TYPES)('accepts a valid %s question', (type) => {
    expect(questionSchema.safeParse(question(type)).success).toBe(true);
  });

  it.each(QUESTION_TYPES)('rejects a broken %s question and names the field', (type) => {
    const [change, field] = broken[type];
    const result = questionSchema.safeParse(question(type, change));
    expect(result.success).toBe(false);
    expect(result.error!.issues.some((issue) => issue.path.includes(field))).toBe(true);
  });

  it('rejects an unknown type', () => {
    expect(questionSchema.safeParse({ ...question('choice'), type: 'essay' }).success).toBe(false);
  });

  it('takes an optional time limit of 5–240 whole seconds, on any type', () => {
    for (const type of QUESTION_TYPES)
      expect(questionSchema.parse(question(type, { timeLimit: 30 })).timeLimit, type).toBe(30);
    expect(questionSchema.parse(question('choice')).timeLimit).toBeUndefined();
    expect(questionSchema.safeParse(question('choice', { timeLimit: 5 })).success).toBe(true);
    expect(questionSchema.safeParse(question('choice', { timeLimit: 240 })).success).toBe(true);
    for (const bad of [3, 500, 0, 7.5, '30', null]) {
      const result = questionSchema.safeParse(question('choice', { timeLimit: bad }));
      expect(result.success, String(bad)).toBe(false);
      expect(result.error!.issues[0]).toMatchObject({
        path: ['timeLimit'],
        message: 'a time limit is whole seconds from 5 to 240'
      });
    }
  });

  it('takes up to 4 images, each a PNG, JPEG, GIF or WebP data: address of at most 200 KB, never SVG', () => {
    const png = {
      src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      alt: 'a dot',
      name: 'dot.png'
    };
    expect(questionSchema.parse(question('choice', { images: [png] })).images).toEqual([png]);
    expect(questionSchema.parse(question('choice')).images).toBeUndefined();
    const bad = [
      { src: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' },
      { src: 'data:text/html;base64,PHA+' },
      { src: 'https://example.org/a.png' },
      { src: `data:image/png;base64,${'A'.repeat(300 * 1024)}` }
    ];
    for (const image of bad)
      expect(
        questionSchema.safeParse(question('choice', { images: [image] })).success,
        image.src.slice(0, 30)
      ).toBe(false);
    expect(questionSchema.safeParse(question('choice', { images: Array(5).fill(png) })).success).toBe(false);
  });
});

describe('pack schema', () => {
  it('accepts a pack with one question of every type', () => {
    const result = packSchema.safeParse(pack(QUESTION_TYPES.map((t) => question(t))));
    expect(result.success).toBe(true);
  });

  it('refuses duplicate question ids and sources the pack does not carry', () => {
    const a = question('true-false');
    const b = { ...question('true-false'), source: { ...provenance, sourceId: 'nowhere' } };
    const result = validatePack(pack([a, b]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['$.questions[1].id', '$.questions[1].source.sourceId'])
    );
  });

  it('lists every problem with its JSON path', () => {
    const result = validatePack(
      pack([
        question('choice', { options: [{ text: '', weight: 100 }] }),
        question('attribution', { answer: 9 })
      ])
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['$.questions[0].options[0].text', '$.questions[1].answer'])
    );
  });

  it('refuses a future version by naming it, and other formats by naming the field', () => {
    const future = validatePack({ ...pack([]), version: 7 });
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.problems[0].message).toContain('version 7');
    const other = validatePack({ format: 'moodle' });
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.problems[0].path).toBe('$.format');
    expect(validatePack([]).ok).toBe(false);
  });

  it('caps the number of questions', () => {
    const many = Array.from({ length: 5001 }, (_, i) => ({ ...question('description'), id: `d${i}` }));
    const result = validatePack(pack(many));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].path).toBe('$.questions');
  });
});
