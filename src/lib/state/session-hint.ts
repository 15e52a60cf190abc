/**
 * A synchronous hint, in localStorage, of the packs that have ever had a study session saved on this device. A pack
 * without one has nothing to resume, so its first question is shown without waiting for IndexedDB (opening it and
 * loading the storage code cost a cold start ~50–100 ms on a slow phone). The hint only ever speeds things up: the
 * saved session is still read right after, and taken over if the learner has not answered yet (a hint lost with
 * cleared site data, or a session restored from a backup, therefore still resumes).
 */
const KEY = 'sourcewise:saved-sessions';

function read(): Set<string> | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return null; // no localStorage (a sandboxed frame, some private modes) or a broken value: no fast path
  }
}

/** Whether the pack may have a saved session; `true` when unsure. */
export function maySavedSession(packId: string): boolean {
  return read()?.has(packId) ?? true;
}

/** Records that a session of this pack was saved (called with every save; writes only the first time). */
export function noteSavedSession(packId: string): void {
  const packs = read();
  if (!packs || packs.has(packId)) return;
  try {
    localStorage.setItem(KEY, JSON.stringify([...packs, packId]));
  } catch {
    // Storage full or unavailable: the next visit simply waits for IndexedDB.
  }
}
