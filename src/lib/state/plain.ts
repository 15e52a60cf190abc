/**
 * Small non-reactive helpers for the state classes. Kept out of `.svelte.ts` files on purpose: these values are
 * computed and replaced, never mutated in place, so they need no reactive Set/Map/Date.
 */

/** The current time; state methods take it as a default argument so tests can pass their own. */
export const clock = (): Date => new Date();

export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** A cache that is deliberately not reactive (its contents are promises, read once). */
export const cache = <K, V>() => new Map<K, V>();

/** A read-only lookup set (e.g. the question ids a pack still has). */
export const setOf = <T>(items: Iterable<T>): ReadonlySet<T> => new Set(items);

/** A fresh seed for a new session's order (the page passes it; the planner itself never draws randomness). */
export const newSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0];

/** The instant `ms` milliseconds after the epoch (a plain Date: read, never changed). */
export const instant = (ms: number): Date => new Date(ms);

/** A read-only lookup map (e.g. each pack's load by its id). */
export const mapOf = <K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> => new Map(entries);
