/**
 * JSON from strangers, parsed so that no key can reach an object's prototype: `__proto__`, `constructor` and
 * `prototype` are dropped wherever they stand. `JSON.parse` alone makes `__proto__` an own property, which a later
 * spread or `Object.assign` would turn into a prototype change.
 */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function parseJsonInert(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value));
}
