/**
 * Which scheduling cards still have their question. A regeneration may drop questions; their cards are kept (they
 * are the learner's history) but are not due, since there is nothing to ask. A card whose pack cannot be loaded right
 * now (offline) is neither: it waits.
 */
import type { ScheduleRecord } from '$lib/storage';
import type { PackLibrary } from './packs.svelte';
import { unique } from './plain';

export interface SortedCards {
  /** Cards whose question exists. */
  live: ScheduleRecord[];
  /** Cards whose question no longer exists (its pack was deleted, or regenerated without it). */
  orphaned: ScheduleRecord[];
}

export async function sortCards(cards: readonly ScheduleRecord[], packs: PackLibrary): Promise<SortedCards> {
  const questionsOf = new Map<string, ReadonlySet<string> | 'unknown'>();
  await Promise.all(
    unique(cards.map((c) => c.packId)).map(async (id) => {
      const load = await packs.loadPack(id);
      // "No such pack" is an answer (it was deleted); a failed download is not.
      const gone = !load.ok && load.details.length === 0 && !packs.entry(id) && packs.status === 'ready';
      questionsOf.set(
        id,
        load.ok ? new Set(load.pack.questions.map((q) => q.id)) : gone ? new Set() : 'unknown'
      );
    })
  );
  // The built-in packs share their questions: a question moved from one built-in pack to another still exists.
  let builtInQuestions: Promise<ReadonlySet<string> | 'unknown'> | null = null;
  const anyBuiltIn = () =>
    (builtInQuestions ??= Promise.all(packs.builtIn.map((p) => packs.loadPack(p.id))).then((loads) =>
      loads.every((l) => l.ok)
        ? new Set(loads.flatMap((l) => (l.ok ? l.pack.questions.map((q) => q.id) : [])))
        : 'unknown'
    ));
  const live: ScheduleRecord[] = [];
  const orphaned: ScheduleRecord[] = [];
  for (const card of cards) {
    const own = questionsOf.get(card.packId) ?? 'unknown';
    if (own === 'unknown') continue;
    if (own.has(card.questionId)) {
      live.push(card);
      continue;
    }
    const where = card.scope === 'builtin' ? await anyBuiltIn() : own;
    if (where === 'unknown') continue;
    (where.has(card.questionId) ? live : orphaned).push(card);
  }
  return { live, orphaned };
}
