import { describe, expect, it } from 'vitest';
import type { Pack } from '$lib/domain/packs/schema';
import type { PackRecord } from '$lib/storage';
import { ImportFlow } from './teach-import.svelte';
import type { TeachLibrary } from './teach.svelte';

function packFile(id: string, title = `Pack ${id}`): File {
  const pack = {
    format: 'sourcewise-pack',
    version: 1,
    id,
    title,
    questions: [
      { id: 'q1', type: 'true-false', prompt: 'Is it?', skill: 'general', answer: true },
      { id: 'q2', type: 'true-false', prompt: 'Is it not?', skill: 'general', answer: false }
    ]
  };
  return new File([JSON.stringify(pack)], `${id}.json`, { type: 'application/json' });
}

function fakeLibrary(stored: string[], builtIn: string[]) {
  const saved: Pack[] = [];
  const library = {
    packs: stored.map((id) => ({ id, pack: { id, title: `Stored ${id}` } }) as unknown as PackRecord),
    load: async () => {},
    builtInPacks: async () => builtIn.map((id) => ({ id, title: `Built-in ${id}` })),
    save: async (pack: Pack) => (saved.push(pack), true)
  };
  return { library: library as unknown as TeachLibrary, saved };
}

describe('importing a pack whose id is taken', () => {
  it('asks before replacing a stored pack: replace keeps the id, keep both gives a fresh one', async () => {
    const { library, saved } = fakeLibrary(['mine', 'mine-2'], []);
    const flow = new ImportFlow(library);
    await flow.readFile(packFile('mine'));
    expect(flow.state).toMatchObject({
      step: 'preview',
      conflict: { builtIn: false, title: 'Stored mine', freeId: 'mine-3' }
    });
    await flow.confirm('keep-both');
    expect(saved.map((p) => p.id)).toEqual(['mine-3']);
    expect(flow.state).toMatchObject({ step: 'saved', packId: 'mine-3' });

    await flow.readFile(packFile('mine'));
    await flow.confirm('replace');
    expect(saved.map((p) => p.id)).toEqual(['mine-3', 'mine']);
  });

  it('never replaces a built-in pack: only "keep both" saves, under a new id', async () => {
    const { library, saved } = fakeLibrary([], ['alaska-summit']);
    const flow = new ImportFlow(library);
    await flow.readFile(packFile('alaska-summit', 'Not the real one'));
    expect(flow.state).toMatchObject({ conflict: { builtIn: true, freeId: 'alaska-summit-2' } });
    await flow.confirm('replace');
    expect(saved).toEqual([]);
    expect(flow.state.step).toBe('preview');
    await flow.confirm('keep-both');
    expect(saved.map((p) => [p.id, p.title])).toEqual([['alaska-summit-2', 'Not the real one']]);
  });

  it('asks nothing when the id is free', async () => {
    const { library, saved } = fakeLibrary(['other'], ['alaska-summit']);
    const flow = new ImportFlow(library);
    await flow.readFile(packFile('fresh'));
    expect(flow.state).toMatchObject({ step: 'preview', conflict: null });
    await flow.confirm();
    expect(saved.map((p) => p.id)).toEqual(['fresh']);
  });
});
