import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from './generate';

/**
 * Question ids are derived from words, and a learner's progress is keyed by them: a change to a word splitter (or
 * any other part of the generator) must not change the id of a built-in question. The fixture lists every pack id
 * of `npm run packs` with its question ids in order. A change meant to add or drop questions rewrites it; the diff
 * must then show only ids added or dropped, never one question under a new id.
 */
const FIXTURE = 'tests/fixtures/packs/built-in-question-ids.json';
/** The arguments of `npm run packs` (package.json), writing to a temporary folder instead of static/packs. */
const PACKS_ARGS = [
  'content/articles',
  '--corpus-id',
  'alaska-summit',
  '--corpus-title',
  'The Alaska summit'
];
/** Generation runs the whole analysis: seconds on a busy machine. */
const SLOW = 180_000;

beforeEach(() => void vi.spyOn(console, 'log').mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

describe('built-in packs', () => {
  it(
    'keep the question ids of every built-in question',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'sourcewise-ids-'));
      expect(await run([...PACKS_ARGS, '--out', out])).toBe(0);
      const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
        packs: { file: string }[];
      };
      const ids: Record<string, string[]> = {};
      for (const entry of index.packs) {
        const pack = JSON.parse(readFileSync(join(out, entry.file), 'utf8')) as {
          id: string;
          questions: { id: string }[];
        };
        ids[pack.id] = pack.questions.map((q) => q.id);
      }
      expect(ids).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
    },
    SLOW
  );
});
