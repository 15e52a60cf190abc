import { describe, expect, it } from 'vitest';
import { seededRandom, shuffled } from '../hash';
import { splitIntoParts } from './link-size';
import { addPart, MAX_PARTS, PART_QR_BYTES, readPart, type PartCollection } from './parts';

const BASE = 'https://sourcewise.example/app/quiz#';
/** A quiz link's fragment of about 2,000 characters, as an own pack's link is. */
const PAYLOAD = `q1.${Array.from({ length: 2000 }, (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[(i * 7919) % 64]).join('')}`;

function collect(parts: string[]): {
  collection: PartCollection | null;
  payload: string | null;
  progress: number[];
} {
  let collection: PartCollection | null = null;
  let payload: string | null = null;
  const progress: number[] = [];
  for (const text of parts) {
    const read = readPart(text);
    if (!read?.ok) throw new Error(`refused: ${text}`);
    const added = addPart(collection, read.part);
    collection = added.collection;
    payload = added.payload ?? payload;
    progress.push(added.have);
  }
  return { collection, payload, progress };
}

describe('a quiz link in parts', () => {
  it('splits into links that each fit a version-10 QR code, and joins back in any order', () => {
    const parts = splitIntoParts(BASE, PAYLOAD)!;
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) {
      expect(part.startsWith(`${BASE}p1.`)).toBe(true);
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(PART_QR_BYTES);
    }
    for (const seed of [1, 2, 3]) {
      const { payload, progress } = collect(shuffled(parts, seededRandom(seed)));
      expect(payload).toBe(PAYLOAD);
      expect(progress).toEqual(parts.map((_, i) => i + 1));
    }
  });

  it('a part seen twice counts once, and the quiz opens only when the last one arrives', () => {
    const parts = splitIntoParts(BASE, PAYLOAD)!;
    const { payload, progress } = collect([parts[2], parts[2], parts[0], parts[2]]);
    expect(payload).toBeNull();
    expect(progress).toEqual([1, 1, 2, 2]);
    const read = readPart(parts[2]);
    if (!read?.ok) throw new Error('refused');
    expect(addPart(collect([parts[2]]).collection, read.part).status).toBe('again');
  });

  it('refuses a damaged part instead of joining it', () => {
    const [first] = splitIntoParts(BASE, PAYLOAD)!;
    const at = first.length - 20;
    const damaged = first.slice(0, at) + (first[at] === 'A' ? 'B' : 'A') + first.slice(at + 1);
    expect(readPart(damaged)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/misread or damaged/)
    });
    expect(readPart(first.replace('.1.', '.9.'))).toMatchObject({ ok: false });
    expect(readPart(`${BASE}q1.abc`)).toBeNull();
  });

  it("parts of another quiz start a fresh collection, never mix with the first quiz's", () => {
    const ours = splitIntoParts(BASE, PAYLOAD)!;
    const theirs = splitIntoParts(BASE, `${PAYLOAD}x`)!;
    const { collection, payload } = collect([ours[0], ours[1], theirs[0]]);
    expect(payload).toBeNull();
    expect(Object.keys(collection!.parts)).toEqual(['1']);
  });

  it('a link that would need more than the most parts an animation can show is not split', () => {
    expect(splitIntoParts(BASE, 'q1.' + 'A'.repeat(200 * MAX_PARTS))).toBeNull();
  });
});
