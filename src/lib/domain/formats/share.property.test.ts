/**
 * Property tests: 10,000 share links (`#pack=1.…`), junk and valid. Junk never throws and gets a plain message naming
 * the link, in bounded time; every pack small enough for a link comes back unchanged. (The quiz links and codes are
 * fuzzed in classroom/links.property.test.ts with the same helpers.)
 */
import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../encoding';
import { base64ish, expectPlainMessage, hostileText, mutated, RUNS, timed } from '../encoding/fuzz-testing';
import { hasPlace } from '../packs/errors';
import { packSchema, type Pack } from '../packs/schema';
import { encodePackFragment, readPackFragment } from './share';
import { summitChoice } from './testing';

const BASE = {
  format: 'sourcewise-pack',
  version: 2,
  id: 'shared-pack',
  sources: [{ id: 's1', title: 'Summit', outlet: 'Wire', kind: 'news', url: 'https://example.org/a' }],
  questions: [{ ...summitChoice('q-a'), source: { sourceId: 's1', start: 0, end: 4, excerpt: 'The ' } }]
};

function packWith(title: string, prompt: string): Pack | null {
  const parsed = packSchema.safeParse({
    ...BASE,
    title,
    questions: [...BASE.questions, { id: 'q-x', type: 'true-false', prompt, skill: 'general', answer: false }]
  });
  return parsed.success ? parsed.data : null;
}

describe('property: share links carrying a pack', () => {
  it('every pack small enough for a link comes back unchanged', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(hostileText, hostileText, (title, prompt) => {
        const built = packWith(title, prompt);
        fc.pre(built !== null);
        const read = timed(() => readPackFragment(`#${encodePackFragment(built!)}`));
        expect(read).toMatchObject({ ok: true, pack: built });
      }),
      { numRuns: RUNS }
    );
  });

  it('junk, hostile and damaged fragments get a plain refusal naming the link', { timeout: 180_000 }, () => {
    const valid = encodePackFragment(packWith('Shared', 'A statement')!);
    const input = fc.oneof(
      fc.string(),
      hostileText,
      base64ish.map((s) => `pack=1.${s}`),
      fc.tuple(fc.string({ maxLength: 3 }), base64ish).map(([v, s]) => `#pack=${v}.${s}`),
      fc.json().map((j) => `pack=1.${toBase64Url(deflateSync(strToU8(j)))}`),
      mutated(valid)
    );
    fc.assert(
      fc.property(input, (hash) => {
        fc.pre(hash !== valid);
        const read = timed(() => readPackFragment(hash));
        if (!read.ok)
          for (const problem of read.problems) {
            expect(hasPlace(problem.place)).toBe(true);
            expectPlainMessage(problem.message);
          }
      }),
      { numRuns: RUNS }
    );
  });

  it('a link whose pack has no "format" field gets a plain refusal (a counterexample fuzzing found)', () => {
    const hash =
      'pack=1.jVC7bsMwDPwVg7PTOEUnL0XGDp1aoEORQbAZW4heoaTaQeB_L-m4qcds4vF0D17h6MmWBDVEn6nBQUfcBNWcoIQfpKi9g_q5BN0KpVeE7d866WSQ0Y8ZZaDF2JAOaf4DDBjluqw6IaHj-WYRof6-LoK7tU62VicGfGZAIn1pQp4zGR76lEKst1sclQ0Gnzx1W8Xbk3Yi5XCIMB1KOGeMEmFlc94IMZC3YZbtkbBodVukHi-FRUyvvMcxcGD1Hz-etBHnDh2SMvcCUF-X19u9REyKWLtiGYnzInIN0uz32WMBExe9BOnZ9F6zSAk2m6S5CtRHZSJy8fl2t-AJR_m7d0wnuWEJA-quZ3BXVVN5Z7z72Phhta6mg6yX5uO6-b7gnAktOrnzA4WXyIkybuaQjCkXB6QlNHv9Ag';
    const read = readPackFragment(hash);
    expect(read.ok).toBe(false);
    if (!read.ok)
      for (const problem of read.problems) {
        expect(hasPlace(problem.place)).toBe(true);
        expectPlainMessage(problem.message);
      }
  });
});
