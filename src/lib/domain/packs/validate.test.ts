import { describe, expect, it } from 'vitest';
import { PACK_FORMAT, PACK_VERSION } from './schema';
import { jsonPath, validatePack } from './validate';

const pack = (overrides: Record<string, unknown> = {}) => ({
  format: PACK_FORMAT,
  version: PACK_VERSION,
  id: 'unit-1',
  title: 'Unit 1',
  questions: [{ id: 'q1', type: 'true-false', skill: 'general', prompt: 'The sky is blue.', answer: true }],
  ...overrides
});

describe('validatePack', () => {
  it('accepts a valid pack and gives it back typed', () => {
    const result = validatePack(pack());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.pack.title).toBe('Unit 1');
    expect(result.pack.questions).toHaveLength(1);
    expect(result.pack.questions[0]).toMatchObject({ id: 'q1', type: 'true-false', answer: true });
  });

  it('refuses anything but a JSON object', () => {
    for (const data of [null, 'pack', 3, [pack()]])
      expect(validatePack(data)).toEqual({
        ok: false,
        problems: [{ path: '$', message: 'a pack must be a JSON object' }]
      });
  });

  it('refuses another format by name, before looking at anything else', () => {
    expect(validatePack(pack({ format: 'kahoot', questions: 'none' }))).toEqual({
      ok: false,
      problems: [
        {
          path: '$.format',
          message: `this is not a Sourcewise pack: its "format" is "kahoot", not "${PACK_FORMAT}"`
        }
      ]
    });
  });

  it('says a missing format is missing, and cuts a long one short', () => {
    const missing = validatePack({ ...pack(), format: undefined });
    expect(missing).toEqual({
      ok: false,
      problems: [{ path: '$.format', message: 'this is not a Sourcewise pack: it has no "format" field' }]
    });
    const long = validatePack(pack({ format: 'x'.repeat(5000) }));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.problems[0].message.length).toBeLessThan(160);
  });

  it('refuses a newer version with the version it found and the one it reads', () => {
    const result = validatePack(pack({ version: PACK_VERSION + 1 }));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: '$.version',
          message: expect.stringContaining(`pack version ${PACK_VERSION + 1} is newer`)
        }
      ]
    });
  });

  it('reports every schema problem with its JSON path', () => {
    const result = validatePack(
      pack({
        title: '',
        questions: [
          { id: 'q1', type: 'true-false', skill: 'general', prompt: 'Fine.', answer: true },
          { id: 'q2', type: 'true-false', skill: 'general', prompt: 'No answer.' }
        ]
      })
    );
    if (result.ok) throw new Error('expected problems');
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('$.title');
    expect(paths.some((p) => p.startsWith('$.questions[1]'))).toBe(true);
    for (const problem of result.problems) expect(problem.message).not.toBe('');
  });
});

describe('jsonPath', () => {
  it('writes keys with dots and indexes with brackets', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['questions', 3, 'options', 0, 'text'])).toBe('$.questions[3].options[0].text');
  });
});
