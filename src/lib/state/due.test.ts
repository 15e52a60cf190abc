import { describe, expect, it } from 'vitest';
import type { ScheduleRecord } from '$lib/storage';
import { sortCards } from './due';
import type { PackLibrary, PackLoad } from './packs.svelte';

const card = (scope: string, packId: string, questionId: string) =>
  ({ scope, packId, questionId, due: 0, card: {} }) as unknown as ScheduleRecord;

function library(packs: Record<string, string[] | 'offline'>, builtIn: string[]): PackLibrary {
  const loadPack = async (id: string): Promise<PackLoad> => {
    const questions = packs[id];
    if (questions === 'offline')
      return { ok: false, message: 'The pack could not be loaded: offline.', details: [] };
    if (!questions) return { ok: false, message: `There is no pack called "${id}".`, details: [] };
    const pack = { id, questions: questions.map((q) => ({ id: q })) } as unknown as PackLoad & { ok: true };
    return { ok: true, pack: pack as never, builtIn: builtIn.includes(id) };
  };
  return {
    loadPack,
    status: 'ready',
    builtIn: builtIn.map((id) => ({ id })),
    entry: (id: string) => (builtIn.includes(id) || packs[id] ? { id } : undefined)
  } as unknown as PackLibrary;
}

describe('cards of questions that no longer exist', () => {
  it('are kept apart from the due ones: regenerated away, deleted with their pack, or moved between built-in packs', async () => {
    const packs = library({ corpus: ['a', 'b'], 'corpus-2': ['c'], mine: ['m1'], away: 'offline' }, [
      'corpus',
      'corpus-2'
    ]);
    const cards = [
      card('builtin', 'corpus', 'a'),
      card('builtin', 'corpus', 'gone-after-regeneration'),
      card('builtin', 'corpus', 'c'), // now in corpus-2: still exists
      card('pack:mine', 'mine', 'm1'),
      card('pack:mine', 'mine', 'm-removed'),
      card('pack:deleted', 'deleted', 'd1'),
      card('builtin', 'away', 'x') // cannot be loaded right now: neither
    ];
    const { live, orphaned } = await sortCards(cards, packs);
    expect(live.map((c) => c.questionId)).toEqual(['a', 'c', 'm1']);
    expect(orphaned.map((c) => c.questionId)).toEqual(['gone-after-regeneration', 'm-removed', 'd1']);
  });
});
