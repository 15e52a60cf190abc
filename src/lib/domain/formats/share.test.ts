import { describe, expect, it } from 'vitest';
import { stableId } from '../hash';
import { assemblePack } from '../packs/build';
import { encodePackFragment, hasSharedPack, readPackFragment, shareLink } from './share';
import type { Question } from '../packs/schema';

const question = (i: number): Question => ({
  id: `q${i}`,
  type: 'true-false',
  // Content-derived noise, so the pack does not compress away to nothing.
  prompt: `Statement ${i} about the summit: ${[1, 2, 3, 4].map((k) => stableId('w', i, k)).join(' ')}.`,
  explanation: '',
  skill: 'general',
  answer: i % 2 === 0
});
const pack = (n: number) =>
  assemblePack(
    { id: 'shared', title: 'Shared pack' },
    Array.from({ length: n }, (_, i) => question(i))
  );

describe('share links', () => {
  it('carries a small pack in the fragment and reads it back unchanged', () => {
    const link = shareLink(pack(5), 'https://example.org/teach/open#old');
    if (!link.ok) throw new Error(link.message);
    expect(link.url).toMatch(/^https:\/\/example\.org\/teach\/open#pack=1\.[A-Za-z0-9_-]+$/);
    const hash = new URL(link.url).hash;
    expect(hasSharedPack(hash)).toBe(true);
    const read = readPackFragment(hash);
    expect(read.ok && read.pack).toEqual(pack(5));
  });

  it('says when a pack is too large for a link', () => {
    const link = shareLink(pack(150), 'https://example.org/');
    expect(link).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!link.ok && link.message).toMatch(/too large for a link .* Share it as a file/);
  });

  it('explains a damaged, cut or foreign link instead of failing', () => {
    const fragment = encodePackFragment(pack(3));
    expect(readPackFragment(`#${fragment.slice(0, 40)}`)).toMatchObject({
      ok: false,
      problems: [{ place: { field: 'link' } }]
    });
    expect(readPackFragment('#pack=1.<script>')).toMatchObject({ ok: false });
    expect(readPackFragment('#pack=9.abc').ok === false && readPackFragment('#pack=9.abc')).toMatchObject({
      problems: [{ message: expect.stringContaining('newer version') }]
    });
    expect(readPackFragment('#other=1')).toMatchObject({ ok: false });
  });
});
