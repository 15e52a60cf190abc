import { deflateSync, strToU8 } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../encoding';
import { INPUT_LIMITS } from '../limits';
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

  it('refuses a link that would unpack to 100 MB quickly, naming the limit', () => {
    // ~100 MB of spaces deflate to ~100 KB: a link under the character limit that would fill memory if unpacked.
    // Node's own zlib makes it in a fraction of the time fflate would take.
    const bomb = toBase64Url(deflateRawSync(Buffer.alloc(100 * 1024 * 1024, 0x20), { level: 9 }));
    expect(bomb.length).toBeLessThan(INPUT_LIMITS.shareLink.chars);
    const started = performance.now();
    const read = readPackFragment(`#pack=1.${bomb}`);
    // Far under what unpacking 100 MB takes, and generous for a busy machine.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(read).toMatchObject({
      ok: false,
      problems: [{ place: { field: 'link' }, message: expect.stringContaining('more than 5 MB') }]
    });
  });

  it('refuses a link over the character limit before unpacking it', () => {
    const read = readPackFragment(`#pack=1.${'A'.repeat(INPUT_LIMITS.shareLink.chars + 1)}`);
    expect(!read.ok && read.problems[0].message).toMatch(/over the limit of 160,000 characters/);
  });

  it('reads links made before the shared base64url encoding, and drops a javascript: source address', () => {
    const hostile = {
      ...pack(1),
      sources: [{ id: 's1', title: 'Story', outlet: 'Wire', kind: 'news', url: 'javascript:alert(1)' }]
    };
    // The old encoder: btoa, then base64url without padding.
    const bytes = deflateSync(strToU8(JSON.stringify(hostile)), { level: 9 });
    const old = btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    const read = readPackFragment(`#pack=1.${old}`);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.pack.questions).toEqual(pack(1).questions);
    expect(read.pack.sources[0].url).toBeUndefined();
    expect(read.warnings[0].message).toMatch(
      /source “Story”: the address “javascript:alert\(1\)” is not a web address/
    );
  });
});
