/** Small, dependency-free hashing and seeded randomness shared by the generator and the app. */

/** 53-bit FNV-style hash (cyrb53), stable across runtimes; used for content-derived ids. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finish53(h1, h2);
}

function finish53(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const SEPARATOR = 0x241f;

/** A short stable id from content, e.g. `attribution-3k9x0a1b`: the hash53 of the parts joined with "␟". */
export function stableId(prefix: string, ...parts: (string | number)[]): string {
  // Hashed part by part, as if joined: the parts are often whole sentences, and joining them only to hash the
  // copy was a hot spot of every builder.
  let h1 = 0xdeadbeef ^ 0;
  let h2 = 0x41c6ce57 ^ 0;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) {
      h1 = Math.imul(h1 ^ SEPARATOR, 2654435761);
      h2 = Math.imul(h2 ^ SEPARATOR, 1597334677);
    }
    const part = parts[p];
    // As `join` writes it: undefined and null (from untyped callers) as nothing.
    const text = typeof part === 'string' ? part : part == null ? '' : String(part);
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  return `${prefix}-${base36(finish53(h1, h2))}`;
}

const DIGITS_36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * `n.toString(36)` for a whole number below 2^53, as written by hand: V8 converts to radix 36 through its general
 * floating-point routine, which took several microseconds per id, for every draft of every builder.
 */
function base36(n: number): string {
  let out = '';
  do {
    const quotient = Math.floor(n / 36);
    out = DIGITS_36[n - quotient * 36] + out;
    n = quotient;
  } while (n > 0);
  return out;
}

/** A seeded pseudo-random generator (mulberry32) returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle into a new array, driven by the given random source. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
