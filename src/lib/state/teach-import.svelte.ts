/**
 * Importing a file or opening a share link: read, preview (what will be imported, what was skipped and why), then
 * store only when the teacher confirms. The parsers are loaded on first use.
 */
import { hash53 } from '$lib/domain/hash';
import type { ImportIssue } from '$lib/domain/packs/errors';
import { convertFlashcards, type CardsAs } from '$lib/domain/packs/flashcards';
import {
  importFile,
  readPackFragment,
  type CardLayout,
  type FormatId,
  type ImportPreview
} from '$lib/domain/formats';
import type { TeachLibrary } from './teach.svelte';

/** How imported flashcards are studied: as cards, or turned into questions (`convertFlashcards`). */
export type StudyCardsAs = 'flashcard' | CardsAs;

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'preview'; name: string; preview: ImportPreview }
  | { step: 'refused'; name: string; problems: ImportIssue[] }
  | { step: 'saved'; name: string; packId: string; title: string; count: number };

export class ImportFlow {
  state = $state.raw<ImportStep>({ step: 'idle' });
  /** How the preview's flashcards will be studied, and the cards that stay cards (with why). */
  cardsAs = $state<StudyCardsAs>('flashcard');
  keptCards = $state.raw<{ id: string; why: string }[]>([]);
  /** The file read, so a flashcard file can be read again with the teacher's layout. */
  #file: File | null = null;
  /** The preview as the file was read, before flashcards were turned into questions. */
  #read: ImportPreview | null = null;

  constructor(private readonly library: TeachLibrary) {}

  async readFile(file: File, as?: { format: FormatId; layout: Partial<CardLayout> }): Promise<void> {
    this.#file = file;
    this.state = { step: 'reading', name: file.name };
    try {
      const result = await importFile(file, as && { format: as.format, options: { layout: as.layout } });
      if (!result.ok) {
        this.state = { step: 'refused', name: file.name, problems: result.problems };
        return;
      }
      this.#read = await this.#noteReplacement(result.preview);
      this.#showCards(file.name);
    } catch (error) {
      this.#failed(file.name, error);
    }
  }

  /** Reads the flashcard file again with the columns or separators the teacher chose. */
  async relayout(layout: Partial<CardLayout>): Promise<void> {
    if (!this.#file || !this.#read) return;
    await this.readFile(this.#file, { format: this.#read.format, layout });
  }

  /** Studies the preview's flashcards as cards, or as choice or typed questions. */
  studyCardsAs(as: StudyCardsAs): void {
    this.cardsAs = as;
    if (this.state.step === 'preview') this.#showCards(this.state.name);
  }

  #showCards(name: string): void {
    const read = this.#read;
    if (!read) return;
    if (this.cardsAs === 'flashcard') {
      this.keptCards = [];
      this.state = { step: 'preview', name, preview: read };
      return;
    }
    const converted = convertFlashcards(read.pack.questions, this.cardsAs, hash53(read.pack.id));
    this.keptCards = converted.kept;
    this.state = {
      step: 'preview',
      name,
      preview: { ...read, pack: { ...read.pack, questions: converted.questions } }
    };
  }

  /** Importing a pack whose id is already stored replaces it (the same file imported again keeps its progress). */
  async #noteReplacement(preview: ImportPreview): Promise<ImportPreview> {
    await this.library.load();
    const existing = this.library.packs.find((r) => r.id === preview.pack.id);
    if (!existing) return preview;
    const note = {
      place: { field: '$.id' },
      message: `“${existing.pack.title}” is already on this device; importing replaces it, and study progress on questions that stay is kept`
    };
    return { ...preview, warnings: [note, ...preview.warnings] };
  }

  /** The importer could not be loaded (offline before it was cached) or the browser could not read the file. */
  #failed(name: string, error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.state = {
      step: 'refused',
      name,
      problems: [
        { place: {}, message: `it could not be read here (${detail}); try again, or reload the page` }
      ]
    };
  }

  /** A pack carried by a share link (`#pack=…`), shown as a preview like an imported JSON file. */
  async readLink(hash: string): Promise<void> {
    this.state = { step: 'reading', name: 'the link' };
    let result;
    try {
      result = await readPackFragment(hash);
    } catch (error) {
      this.#failed('the link', error);
      return;
    }
    if (!result.ok) {
      this.state = { step: 'refused', name: 'the link', problems: result.problems };
      return;
    }
    const format: FormatId = 'json';
    this.#file = null;
    this.#read = await this.#noteReplacement({
      format,
      pack: result.pack,
      skipped: result.skipped,
      warnings: result.warnings
    });
    this.#showCards('the link');
  }

  async confirm(): Promise<void> {
    if (this.state.step !== 'preview') return;
    const { name, preview } = this.state;
    const saved = await this.library.save(preview.pack, 'imported');
    if (saved)
      this.state = {
        step: 'saved',
        name,
        packId: preview.pack.id,
        title: preview.pack.title,
        count: preview.pack.questions.length
      };
  }

  reset(): void {
    this.state = { step: 'idle' };
    this.#file = null;
    this.#read = null;
    this.cardsAs = 'flashcard';
    this.keptCards = [];
  }
}
