import { describe, expect, it } from 'vitest';
import { migrateV0, readJsonPack } from './read';

const v1 = (questions: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify(
    { format: 'sourcewise-pack', version: 1, id: 'p1', title: 'Pack', questions, ...extra },
    null,
    2
  );
const tf = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'true-false',
  prompt: 'Is it?',
  skill: 'general',
  answer: true,
  ...extra
});

describe('JSON pack import', () => {
  it('reads a version 1 pack and keeps its ids', () => {
    const read = readJsonPack(v1([tf('a'), tf('b')]));
    expect(read.ok && read.pack.questions.map((q) => q.id)).toEqual(['a', 'b']);
  });

  it('skips a bad question with its JSON path and keeps the rest', () => {
    const read = readJsonPack(v1([tf('a'), tf('b', { answer: 'yes' }), { id: 'c', type: 'quiz' }]));
    if (!read.ok) throw new Error('expected a preview');
    expect(read.pack.questions.map((q) => q.id)).toEqual(['a']);
    expect(read.skipped.map((s) => s.place.field)).toEqual(['$.questions[1].answer', '$.questions[2].type']);
  });

  it('skips a question whose source is not in the pack', () => {
    const source = { sourceId: 'nowhere', start: 0, end: 3, excerpt: 'abc' };
    const read = readJsonPack(v1([tf('a', { source })]));
    expect(read.ok).toBe(false);
    const withOther = readJsonPack(v1([tf('a', { source }), tf('b')]));
    expect(withOther.ok && withOther.skipped[0].place.field).toBe('$.questions[0].source.sourceId');
  });

  it('refuses an unknown future version, naming it', () => {
    const read = readJsonPack(
      JSON.stringify({ format: 'sourcewise-pack', version: 7, id: 'x', title: 'X', questions: [] })
    );
    expect(read).toEqual({
      ok: false,
      problems: [
        { place: { field: '$.version' }, message: expect.stringContaining('pack version 7 is newer') }
      ]
    });
  });

  it('reads a version 1 pack as version 2, with a note for each skill it changed', () => {
    const read = readJsonPack(v1([tf('a', { skill: 'Media literacy' }), tf('b', { skill: 'detail' })]));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.pack.version).toBe(2);
    expect(read.pack.questions.map((q) => q.skill)).toEqual(['general', 'detail']);
    expect(read.warnings.map((w) => w.message)).toEqual([
      'question “a”: the skill “Media literacy” is not one Sourcewise knows, so it became “general”'
    ]);
  });

  it('refuses a version 2 pack naming a skill that is not on the list, naming the question and the skills', () => {
    const text = v1([tf('a'), tf('b', { skill: 'quotes' })], { version: 2 });
    expect(readJsonPack(text)).toEqual({
      ok: false,
      problems: [
        {
          place: { field: '$.questions[1].skill' },
          message:
            'question “b”: “quotes” is not a skill; the skills are attribution, fact-opinion, verification, detail, sources, general'
        }
      ]
    });
  });

  it("reads three spot-the-error keys in version 2 and gives a generated question its type's skill", () => {
    const source = { sourceId: 's1', start: 0, end: 3, excerpt: 'abc' };
    const spot = (id: string, answer: string) => ({
      id,
      type: 'spot-error',
      prompt: 'Does this claim hold up?',
      skill: 'general',
      claim: 'It rained.',
      answer,
      evidence: source
    });
    const read = readJsonPack(
      v1([spot('a', 'holds-up'), spot('b', 'contradicted'), spot('c', 'unsupported')], {
        version: 2,
        sources: [{ id: 's1', title: 'S', outlet: 'O', kind: 'news' }]
      })
    );
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.pack.questions.map((q) => [q.type === 'spot-error' && q.answer, q.skill])).toEqual([
      ['holds-up', 'verification'],
      ['contradicted', 'verification'],
      ['unsupported', 'verification']
    ]);
    expect(read.warnings).toHaveLength(3);
  });

  it('gives the line of a JSON syntax error', () => {
    const read = readJsonPack('{\n  "format": "sourcewise-pack",\n  "version": 1,\n  oops\n}');
    expect(read.ok === false && read.problems[0].place.line).toBe(4);
  });

  it('refuses pack-level problems with their path', () => {
    const read = readJsonPack(
      JSON.stringify({ format: 'sourcewise-pack', version: 1, id: 'x', questions: [] })
    );
    expect(read.ok === false && read.problems[0].place.field).toBe('$.title');
    expect(readJsonPack('[1]')).toMatchObject({ ok: false, problems: [{ place: { field: '$' } }] });
    expect(readJsonPack('{"version": "1"}')).toMatchObject({
      ok: false,
      problems: [{ place: { field: '$.version' } }]
    });
  });

  it('migrates a version 0 pack: name, kind, text, choices and correct', () => {
    const v0 = {
      version: 0,
      id: 'old',
      name: 'Early pack',
      questions: [
        { id: 'q1', kind: 'multiple-choice', text: 'Pick one', choices: ['a', 'b', 'c'], correct: 1 },
        { id: 'q2', kind: 'multiple-choice', text: 'Pick two', choices: ['a', 'b', 'c'], correct: [0, 2] },
        { id: 'q3', kind: 'truefalse', text: 'True?', answer: false },
        { id: 'q4', kind: 'essay', text: 'Discuss.' }
      ]
    };
    const read = readJsonPack(JSON.stringify(v0));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.pack.title).toBe('Early pack');
    expect(read.pack.questions.map((q) => q.type)).toEqual([
      'choice',
      'choice',
      'true-false',
      'open-response'
    ]);
    expect(read.pack.questions[0]).toMatchObject({
      multiple: false,
      options: [{ weight: 0 }, { weight: 100 }, { weight: 0 }]
    });
    expect(read.pack.questions[1]).toMatchObject({
      multiple: true,
      options: [{ weight: 50 }, { weight: 0 }, { weight: 50 }]
    });
    expect(read.warnings[0].message).toContain('version 0');
    expect(migrateV0({ version: 0, name: 'x', questions: 'none' }).questions).toBe('none');
  });

  it('drops __proto__, constructor and prototype keys without touching Object.prototype', () => {
    // JSON.stringify would drop a literal __proto__ key: write them into the text as a stranger's file would have them.
    const poison = '"__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }';
    const hostile = v1([tf('a')], { sources: [{ id: 's1', title: 'S', outlet: 'O', kind: 'news' }] })
      .replace('"id": "p1"', `${poison}, "id": "p1"`)
      .replace('"id": "a"', `${poison}, "id": "a"`)
      .replace('"id": "s1"', `${poison}, "id": "s1"`);
    const read = readJsonPack(hostile);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.pack.questions.map((q) => q.id)).toEqual(['a']);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(JSON.stringify(read.pack)).not.toMatch(/__proto__|constructor|polluted/);
  });

  it('leaves out a source address that is not http(s), with a warning naming the source', () => {
    const sources = [
      { id: 's1', title: 'Summit report', outlet: 'Wire', kind: 'news', url: 'javascript:alert(1)' },
      {
        id: 's2',
        title: 'Data',
        outlet: 'Wire',
        kind: 'news',
        url: 'data:text/html,<script>alert(1)</script><p>and more</p>'
      },
      { id: 's3', title: 'Web', outlet: 'Wire', kind: 'news', url: 'https://example.org/story' }
    ];
    const read = readJsonPack(v1([tf('a')], { sources }));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.pack.sources.map((s) => s.url)).toEqual([undefined, undefined, 'https://example.org/story']);
    expect(read.warnings).toEqual([
      {
        place: { field: '$.sources[0].url' },
        message:
          'source “Summit report”: the address “javascript:alert(1)” is not a web address (http or https), so it was left out'
      },
      {
        place: { field: '$.sources[1].url' },
        message: expect.stringMatching(
          /^source “Data”: the address “data:text\/html,<script>alert\(1\)<\/script…” is not a web address/
        )
      }
    ]);
  });
});
