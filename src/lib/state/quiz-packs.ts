/**
 * The packs a classroom quiz can be on: the library's (built-in and the teacher's own) and the discernment check's
 * two forms, each made into a pack from the check's forms file (kept in the check's own cache, so a student who
 * opened the quiz once takes it offline too).
 */
import { checkFormsFile } from '$lib/domain/discernment';
import { checkFormOfPack, checkPack, CHECK_PACK_IDS } from '$lib/domain/discernment/quiz';
import type { CheckForm } from '$lib/domain/discernment';
import type { AppState } from './app.svelte';
import { fetchKept, FORMS_URL } from './check.svelte';
import type { PackLoad } from './packs.svelte';
import { cache } from './plain';

const loads = cache<CheckForm, Promise<PackLoad>>();

async function loadCheckPack(form: CheckForm): Promise<PackLoad> {
  let data: unknown;
  try {
    data = await (await fetchKept(FORMS_URL)).json();
  } catch (error) {
    return {
      ok: false,
      message: `The discernment check could not be loaded (${(error as Error).message}).`,
      details: []
    };
  }
  const checked = checkFormsFile(data);
  if (!checked.ok)
    return { ok: false, message: `The discernment check cannot be used: ${checked.message}.`, details: [] };
  return { ok: true, pack: checkPack(checked.file, form), builtIn: true };
}

/** Whether a quiz is the discernment check (its answers are scored as the check, not logged as practice). */
export const isCheckPack = (packId: string): boolean => checkFormOfPack(packId) !== null;

/** A quiz's pack by id: a check form, or whatever the library holds under that id. */
export function loadQuizPack(app: AppState, id: string): Promise<PackLoad> {
  const form = checkFormOfPack(id);
  if (!form) return app.packs.loadPack(id);
  let load = loads.get(form);
  if (!load) {
    load = loadCheckPack(form);
    loads.set(form, load);
    // A network failure may pass; do not remember it.
    void load.then((r) => {
      if (!r.ok) loads.delete(form);
    });
  }
  return load;
}

/** The ids of every built-in pack a typed quiz code may be for: the library's, then the check's forms. */
export async function quizPackIds(app: AppState): Promise<string[]> {
  await app.packs.loadIndex();
  return [...app.packs.builtIn.map((p) => p.id), ...CHECK_PACK_IDS];
}
