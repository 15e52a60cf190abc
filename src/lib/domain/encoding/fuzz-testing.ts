/**
 * Test-only (imported by *.property.test.ts, never by the app): what the fuzzing of every link and code decoder
 * shares — hostile text, base64url junk, edits of a valid payload, and the checks on each answer.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

export const RUNS = 10_000;
/** Far above one decode on a busy machine; a decoder that backtracks or inflates without a cap takes far longer. */
export const BOUND_MS = 1000;
export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export function timed<T>(run: () => T): T {
  const started = performance.now();
  const value = run();
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  return value;
}

export async function timedAsync<T>(run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await run();
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  return value;
}

/** A refusal a learner can read: a sentence, not a stack trace or a zod dump. */
export function expectPlainMessage(message: string) {
  expect(message.length).toBeGreaterThan(10);
  expect(message).not.toMatch(/ZodError|TypeError|RangeError|undefined|\[object /);
}

export const base64ish = fc.string({ unit: fc.constantFrom(...B64), maxLength: 400 });
/** Random single-character edits: cuts, insertions and swaps, in the base64url alphabet and outside it. */
export function mutated(base: string): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('insert', 'delete', 'replace', 'cut'),
    ch: fc.oneof(fc.constantFrom(...B64), fc.string({ maxLength: 2 }))
  });
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => {
    let text = base;
    for (const { at, kind, ch } of edits) {
      const i = at % (text.length + 1);
      if (kind === 'insert') text = text.slice(0, i) + ch + text.slice(i);
      else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
      else if (kind === 'replace') text = text.slice(0, i) + ch + text.slice(i + 1);
      else text = text.slice(0, i);
    }
    return text;
  });
}

/** Payloads a hostile page would put in a link: markup, script URLs, handlers, control characters, huge runs. */
export const hostileText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '__proto__',
    '\u0000\u202e\ud800',
    'x'.repeat(5000)
  )
);
