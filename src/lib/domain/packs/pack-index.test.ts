import { describe, expect, it } from 'vitest';
import { parsePackIndex } from './pack-index';

const entry = {
  id: 'alaska-summit',
  title: 'The Alaska summit',
  description: 'Five articles',
  file: 'alaska-summit.json',
  questionCount: 40,
  outlets: ['DW', 'Metro'],
  types: { attribution: 30, 'fact-opinion': 10 },
  skills: ['attribution']
};
const index = (packs: unknown[]) => ({ format: 'sourcewise-index', version: 1, packs });

describe('parsePackIndex', () => {
  it('reads a well-formed index', () => {
    const result = parsePackIndex(index([entry]));
    expect(result).toEqual({ ok: true, packs: [entry] });
  });

  it('fills optional lists with empty ones', () => {
    const result = parsePackIndex(index([{ id: 'a', title: 'A', file: 'a.json', questionCount: 1 }]));
    expect(result.ok && result.packs[0]).toMatchObject({
      description: '',
      outlets: [],
      types: {},
      skills: []
    });
  });

  it('names the field that is wrong', () => {
    expect(parsePackIndex(index([entry, { ...entry, title: '' }]))).toEqual({
      ok: false,
      problem: '$.packs[1].title: expected a non-empty text'
    });
    expect(parsePackIndex({ format: 'sourcewise-pack', version: 1, packs: [] })).toMatchObject({
      ok: false,
      problem: expect.stringContaining('$.format')
    });
    expect(parsePackIndex(index([{ ...entry, questionCount: '3' }]))).toMatchObject({ ok: false });
  });

  it('refuses file names that leave the packs folder', () => {
    for (const file of ['../secret.json', '/etc/passwd', 'a/b.json', 'pack.js'])
      expect(parsePackIndex(index([{ ...entry, file }])).ok).toBe(false);
  });

  it('refuses a newer index version', () => {
    expect(parsePackIndex({ ...index([]), version: 2 })).toMatchObject({
      ok: false,
      problem: expect.stringContaining('version')
    });
  });
});
