/**
 * The pack editor's state: the pack being edited (deep `$state`), its validation problems by JSON path (shown at the
 * field), autosave once the pack is valid, and undo after deleting a question.
 */
import type { Pack, Question } from '$lib/domain/packs/schema';
import { questionKinds, type AuthoredType } from '$lib/domain/questions';
import { PACK_FORMAT, PACK_VERSION } from '$lib/domain/packs/schema';
import { validatePack } from '$lib/domain/packs/validate';
import type { TeachLibrary } from './teach.svelte';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'invalid' | 'failed';

const AUTOSAVE_MS = 700;

/** A fresh id that stays with the question through edits, so study progress survives them. */
function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

/** An empty question of a hand-written type, with the fields the teacher fills in. */
export function blankQuestion(type: AuthoredType): Question {
  const base = { id: newId('q'), prompt: '', explanation: '', skill: questionKinds[type].skill };
  switch (type) {
    case 'choice':
      return {
        ...base,
        type,
        multiple: false,
        options: [
          { text: '', weight: 100 },
          { text: '', weight: 0 }
        ]
      };
    case 'true-false':
      return { ...base, type, answer: true };
    case 'short-answer':
      return { ...base, type, answers: [{ text: '', weight: 100 }], caseSensitive: false };
    case 'numerical':
      return { ...base, type, answers: [{ value: 0, tolerance: 0, weight: 100 }] };
    case 'matching':
      return {
        ...base,
        type,
        pairs: [
          { left: '', right: '' },
          { left: '', right: '' }
        ]
      };
    case 'description':
    case 'open-response':
      return { ...base, type };
    case 'flashcard':
      return { ...base, type, front: '', back: '' };
  }
}

export function blankPack(): Pack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id: newId('authored'),
    title: 'Untitled pack',
    description: '',
    language: 'en',
    tags: [],
    sources: [],
    questions: []
  };
}

const DRAFT_KEY = 'sourcewise-teach-draft';

interface Draft {
  origin: 'authored' | 'imported' | 'generated';
  pack: Pack;
}

/** The one unsaved draft; unreadable or missing storage (a private window) simply means no draft. */
function readDraft(): Draft | null {
  try {
    const value = JSON.parse(globalThis.localStorage?.getItem(DRAFT_KEY) ?? 'null') as Draft | null;
    return value && typeof value.pack?.id === 'string' && Array.isArray(value.pack.questions) ? value : null;
  } catch {
    return null;
  }
}

function writeDraft(draft: Draft | null): void {
  try {
    if (draft) globalThis.localStorage?.setItem(DRAFT_KEY, JSON.stringify(draft));
    else globalThis.localStorage?.removeItem(DRAFT_KEY);
  } catch {
    // Storage full or blocked: the draft stays on screen, only not across visits.
  }
}

export class PackEditor {
  pack = $state<Pack | null>(null);
  status = $state<'loading' | 'ready' | 'missing'>('loading');
  save = $state<SaveState>('saved');
  /** The question deleted last, with its place, until undone or another is deleted. */
  removed = $state.raw<{ question: Question; index: number } | null>(null);
  /** The pack shown holds edits from an earlier visit that could not be saved yet. */
  restored = $state(false);
  /** Every problem of the pack by JSON path (`$.questions[2].options[0].text`). */
  problems = $derived.by(() => {
    const problems: Record<string, string> = {};
    if (!this.pack) return problems;
    const result = validatePack(this.#snapshot());
    if (!result.ok) for (const p of result.problems) problems[p.path] ??= p.message;
    return problems;
  });

  #origin: 'authored' | 'imported' | 'generated' = 'authored';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly library: TeachLibrary) {}

  async open(id: string | null): Promise<void> {
    await this.library.load();
    const record = id ? this.library.packs.find((r) => r.id === id) : undefined;
    const draft = readDraft();
    // Edits that could not be saved (a field still needed fixing) come back: for this pack, or, on "New pack",
    // a new pack that was never saved.
    if (draft && (draft.pack.id === id || (!id && !this.library.packs.some((r) => r.id === draft.pack.id)))) {
      this.#origin = draft.origin;
      this.pack = draft.pack;
      this.restored = true;
      this.status = 'ready';
      this.save = 'invalid';
      return;
    }
    if (!id) {
      this.pack = blankPack();
      this.status = 'ready';
      // Saved on the first edit, so opening "New pack" and leaving stores nothing.
      this.save = 'unsaved';
      return;
    }
    if (!record) {
      this.status = 'missing';
      return;
    }
    this.#origin = record.origin;
    this.pack = structuredClone(record.pack);
    this.status = 'ready';
  }

  /** Drops restored unsaved edits and reopens the pack as stored (or a blank one). */
  async discardDraft(): Promise<void> {
    const id = this.pack?.id ?? null;
    writeDraft(null);
    this.restored = false;
    await this.open(this.library.packs.some((r) => r.id === id) ? id : null);
  }

  /** The pack as stored: an address field left empty means no address. */
  #snapshot(): Pack {
    const pack = $state.snapshot(this.pack) as Pack;
    for (const source of pack.sources) if (!source.url) delete source.url;
    return pack;
  }

  /** The problem at a path, or among its children when `within` (an options list). */
  problem(path: string, within = false): string | undefined {
    if (path in this.problems) return this.problems[path];
    if (!within) return undefined;
    const child = Object.keys(this.problems).find(
      (p) => p.startsWith(`${path}[`) || p.startsWith(`${path}.`)
    );
    return child === undefined ? undefined : this.problems[child];
  }

  /** Call after every edit: saves a moment later if the pack is valid. */
  changed(): void {
    clearTimeout(this.#timer);
    this.save = 'unsaved';
    this.#timer = setTimeout(() => void this.flush(), AUTOSAVE_MS);
  }

  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    if (!this.pack) return;
    if (Object.keys(this.problems).length) {
      this.save = 'invalid';
      // Kept on the device (not in the packs store, which takes only valid packs) until it can be saved.
      writeDraft({ origin: this.#origin, pack: this.#snapshot() });
      return;
    }
    this.save = 'saving';
    const ok = await this.library.save(this.#snapshot(), this.#origin);
    this.save = ok ? 'saved' : 'failed';
    if (ok) {
      writeDraft(null);
      this.restored = false;
    }
  }

  add(type: AuthoredType): void {
    this.pack?.questions.push(blankQuestion(type));
    this.changed();
  }

  duplicate(index: number): void {
    if (!this.pack) return;
    const copy = { ...structuredClone($state.snapshot(this.pack.questions[index])), id: newId('q') };
    this.pack.questions.splice(index + 1, 0, copy);
    this.changed();
  }

  move(index: number, by: -1 | 1): void {
    const questions = this.pack?.questions;
    const to = index + by;
    if (!questions || to < 0 || to >= questions.length) return;
    [questions[index], questions[to]] = [questions[to], questions[index]];
    this.changed();
  }

  remove(index: number): void {
    if (!this.pack) return;
    const [question] = this.pack.questions.splice(index, 1);
    this.removed = { question: $state.snapshot(question), index };
    this.changed();
  }

  undoRemove(): void {
    if (!this.pack || !this.removed) return;
    this.pack.questions.splice(
      Math.min(this.removed.index, this.pack.questions.length),
      0,
      this.removed.question
    );
    this.removed = null;
    this.changed();
  }
}
