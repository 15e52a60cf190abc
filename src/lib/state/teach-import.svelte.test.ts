import { describe, expect, it } from 'vitest';
import type { Pack } from '$lib/domain/packs/schema';
import { ImportFlow } from './teach-import.svelte';
import type { TeachLibrary } from './teach.svelte';
import { ScriptedWorker } from './scripted-worker.testing';

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
    storedIds: async () => stored,
    storedTitle: async (id: string) => (stored.includes(id) ? `Stored ${id}` : null),
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

describe('saving the previewed pack', () => {
  it('says it is saving; a pack that could not be saved brings the preview back, to try again', async () => {
    const { library } = fakeLibrary([], []);
    let finish: (saved: boolean) => void = () => {};
    library.save = () => new Promise<boolean>((resolve) => (finish = resolve));
    const flow = new ImportFlow(library);
    await flow.readFile(packFile('big'));
    const preview = flow.state;
    const saving = flow.confirm();
    expect(flow.state).toEqual({ step: 'saving', name: 'big.json', count: 2 });
    finish(false);
    await saving;
    expect(flow.state).toBe(preview);

    const again = flow.confirm();
    finish(true);
    await again;
    expect(flow.state).toMatchObject({ step: 'saved', packId: 'big', count: 2 });
  });
});

describe('reading a file in a worker', () => {
  it('shows the bytes read, and a cancel ends the worker, stores nothing and ignores a late answer', async () => {
    const { library, saved } = fakeLibrary([], []);
    const worker = new ScriptedWorker();
    const flow = new ImportFlow(library, () => worker as unknown as Worker);
    const reading = flow.readFile(packFile('big'));
    worker.say({ type: 'progress', read: 512, total: 2048 });
    expect(flow.state).toMatchObject({ step: 'reading', read: 512, total: 2048, checking: false });
    worker.say({ type: 'checking' });
    expect(flow.state).toMatchObject({ step: 'reading', checking: true });
    flow.cancel();
    await reading;
    expect(worker.terminated).toBe(true);
    expect(flow.state).toEqual({ step: 'cancelled', name: 'big.json' });
    worker.say({ type: 'done', result: { ok: false, problems: [{ place: {}, message: 'late' }] } });
    expect(flow.state.step).toBe('cancelled');
    await flow.confirm();
    expect(saved).toEqual([]);
  });

  it('reads the file on the page when the worker cannot load its code', async () => {
    const { library } = fakeLibrary([], []);
    const worker = new ScriptedWorker();
    const flow = new ImportFlow(library, () => worker as unknown as Worker);
    const reading = flow.readFile(packFile('offline'));
    worker.onerror?.({ message: 'failed to fetch', preventDefault() {} });
    await reading;
    expect(flow.state).toMatchObject({ step: 'preview', preview: { pack: { id: 'offline' } } });
  });

  it('keeps the plain message of a worker that stopped after it started', async () => {
    const { library } = fakeLibrary([], []);
    const worker = new ScriptedWorker();
    const flow = new ImportFlow(library, () => worker as unknown as Worker);
    const reading = flow.readFile(packFile('broken'));
    worker.say({ type: 'progress', read: 0, total: 10 });
    worker.say({ type: 'error', message: 'out of memory' });
    await reading;
    expect(flow.state).toMatchObject({
      step: 'refused',
      problems: [{ message: expect.stringContaining('out of memory') }]
    });
  });
});
