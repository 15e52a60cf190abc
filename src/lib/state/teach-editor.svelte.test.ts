import { describe, expect, it } from 'vitest';
import type { Pack } from '$lib/domain/packs/schema';
import { AUTHORED_TYPES } from '$lib/domain/questions';
import { validatePack } from '$lib/domain/packs/validate';
import { blankPack, blankQuestion, PackEditor } from './teach-editor.svelte';
import type { TeachLibrary } from './teach.svelte';

const AUTHORED = AUTHORED_TYPES;

function fakeLibrary() {
  const saved: Pack[] = [];
  const library = { packs: [], load: async () => {}, save: async (pack: Pack) => (saved.push(pack), true) };
  return { library: library as unknown as TeachLibrary, saved };
}

/** A Map-backed localStorage for Node. */
function fakeLocalStorage() {
  const items = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k)
  } as Storage;
}

describe('pack editor', () => {
  it('gives a blank of every hand-written type that is valid once its text is filled in', () => {
    const questions = AUTHORED.map((type) => {
      const q = blankQuestion(type) as Record<string, unknown> & { prompt: string };
      q.prompt = 'Filled';
      if (q.type === 'choice')
        q.options = [
          { text: 'a', weight: 100 },
          { text: 'b', weight: 0 }
        ];
      if (q.type === 'short-answer') q.answers = [{ text: 'a', weight: 100 }];
      if (q.type === 'flashcard') Object.assign(q, { front: 'a term', back: 'what it means' });
      if (q.type === 'matching')
        q.pairs = [
          { left: 'a', right: '1' },
          { left: 'b', right: '2' }
        ];
      return q;
    });
    expect(validatePack({ ...blankPack(), questions })).toMatchObject({ ok: true });
  });

  it('shows problems by field, saves only a valid pack, and undoes a delete in place', async () => {
    const { library, saved } = fakeLibrary();
    const editor = new PackEditor(library);
    await editor.open(null);
    editor.add('true-false');
    editor.add('choice');
    expect(editor.problem('$.questions[1].options[0].text')).toBeDefined();
    expect(editor.problem('$.questions[1]', true)).toBeDefined();
    await editor.flush();
    expect(editor.save).toBe('invalid');
    expect(saved).toHaveLength(0);

    const choice = editor.pack!.questions[1];
    if (choice.type !== 'choice') throw new Error('expected a choice question');
    choice.options[0].text = 'yes';
    choice.options[1].text = 'no';
    await editor.flush();
    expect(editor.save).toBe('saved');
    expect(saved).toHaveLength(1);

    const ids = editor.pack!.questions.map((q) => q.id);
    editor.remove(0);
    expect(editor.pack!.questions.map((q) => q.id)).toEqual([ids[1]]);
    editor.undoRemove();
    expect(editor.pack!.questions.map((q) => q.id)).toEqual(ids);
    editor.move(0, 1);
    expect(editor.pack!.questions.map((q) => q.id)).toEqual([ids[1], ids[0]]);
    editor.duplicate(0);
    expect(editor.pack!.questions).toHaveLength(3);
    expect(new Set(editor.pack!.questions.map((q) => q.id)).size).toBe(3);
  });

  it('keeps edits that cannot be saved yet as a draft and brings them back on the next visit', async () => {
    fakeLocalStorage();
    const { library, saved } = fakeLibrary();
    const first = new PackEditor(library);
    await first.open(null);
    first.pack!.title = 'Half-written';
    first.add('choice');
    await first.flush();
    expect(saved).toHaveLength(0);

    const again = new PackEditor(library);
    await again.open(null);
    expect(again.restored).toBe(true);
    expect(again.pack!.title).toBe('Half-written');
    await again.discardDraft();
    expect(again.restored).toBe(false);
    expect(again.pack!.questions).toEqual([]);
  });
});
