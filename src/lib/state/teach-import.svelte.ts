/**
 * Importing a file or opening a share link: read, preview (what will be imported, what was skipped and why), then
 * store only when the teacher confirms. The parsers are loaded on first use. A file is read and checked in a Web
 * Worker (made by the page), so a large one never freezes the page: it reports the bytes read, and Cancel ends it
 * with nothing stored. When the worker cannot start (offline before its code was cached), the file is read here.
 */
import { hash53 } from '$lib/domain/hash';
import type { ImportIssue } from '$lib/domain/packs/errors';
import { convertFlashcards, type CardsAs } from '$lib/domain/packs/flashcards';
import {
  importFile,
  readPackFragment,
  type CardLayout,
  type FormatId,
  type ImportPreview,
  type ImportResult,
  type ReadOptions
} from '$lib/domain/formats';
import { setOf } from './plain';
import { workerJob, type WorkerEnd, type WorkerJob } from './worker-job';
import type { TeachLibrary } from './teach.svelte';

/** How imported flashcards are studied: as cards, or turned into questions (`convertFlashcards`). */
export type StudyCardsAs = 'flashcard' | CardsAs;

/** The pack's id is taken: by a built-in pack (never replaced) or by a pack already stored on this device. */
export interface IdConflict {
  builtIn: boolean;
  /** The title of the pack that has the id now. */
  title: string;
  /** The id "keep both" gives the imported pack. */
  freeId: string;
}

export type ImportChoice = 'replace' | 'keep-both';

/** What the page sends the import worker: the picked file, and how to read it when the teacher chose. */
export interface ImportRequest {
  file: File;
  as?: { format: FormatId; options: ReadOptions };
}

/** What the import worker tells while it works: bytes read so far, then that the questions are being checked. */
export type ImportUpdate = { type: 'progress'; read: number; total: number } | { type: 'checking' };

/** Everything the import worker sends back: updates, then the result or why it stopped. */
export type ImportReply = ImportUpdate | WorkerEnd<ImportResult>;

export type ImportStep =
  | { step: 'idle' }
  /** `read` of `total` bytes are read; `checking` once all are and the questions are being read and checked. */
  | { step: 'reading'; name: string; read: number; total: number; checking: boolean }
  | { step: 'cancelled'; name: string }
  | { step: 'preview'; name: string; preview: ImportPreview; conflict: IdConflict | null }
  | { step: 'refused'; name: string; problems: ImportIssue[] }
  /** The confirmed pack is being checked and written (in the library's worker when it has one). */
  | { step: 'saving'; name: string; count: number }
  | { step: 'saved'; name: string; packId: string; title: string; count: number };

export class ImportFlow {
  state = $state.raw<ImportStep>({ step: 'idle' });
  /** How the preview's flashcards will be studied, and the cards that stay cards (with why). */
  cardsAs = $state<StudyCardsAs>('flashcard');
  keptCards = $state.raw<{ id: string; why: string }[]>([]);
  /** The file read, so a flashcard file can be read again with the teacher's layout. */
  #file: File | null = null;
  /** The preview as the file was read, before flashcards were turned into questions. */
  #preview: ImportPreview | null = null;
  /** Whether the previewed pack's id is taken (kept while the teacher changes the layout or the study form). */
  #idConflict: IdConflict | null = null;

  /** The worker reading a file now. */
  #job: WorkerJob<ImportResult> | null = null;
  /** Counts reads: a read that finishes after a cancel or a newer read is dropped. */
  #run = 0;

  constructor(
    private readonly library: TeachLibrary,
    /** Makes the import worker; without one (unit tests) files are read on the page. */
    private readonly makeWorker?: () => Worker
  ) {}

  async readFile(file: File, as?: { format: FormatId; layout: Partial<CardLayout> }): Promise<void> {
    this.#end();
    const run = ++this.#run;
    this.#file = file;
    this.state = { step: 'reading', name: file.name, read: 0, total: file.size, checking: false };
    try {
      const how = as && $state.snapshot({ format: as.format, options: { layout: as.layout } });
      const result = await this.#read(file, how);
      if (result === null || run !== this.#run) return;
      if (!result.ok) {
        this.state = { step: 'refused', name: file.name, problems: result.problems };
        return;
      }
      this.#preview = result.preview;
      const conflict = await this.#conflict(result.preview);
      if (run !== this.#run) return;
      this.#idConflict = conflict;
      this.#showCards(file.name);
    } catch (error) {
      if (run === this.#run) this.#failed(file.name, error);
    }
  }

  /** Reads the flashcard file again with the columns or separators the teacher chose. */
  async relayout(layout: Partial<CardLayout>): Promise<void> {
    if (!this.#file || !this.#preview) return;
    await this.readFile(this.#file, { format: this.#preview.format, layout });
  }

  /** Stops reading the file: the worker is ended, nothing is stored, and the page says so. */
  cancel(): void {
    if (this.state.step !== 'reading') return;
    const { name } = this.state;
    this.#run++;
    this.#end();
    this.#preview = null;
    this.state = { step: 'cancelled', name };
  }

  /** Ends the worker reading a file, if any; its read resolves with null. */
  #end(): void {
    this.#job?.stop();
    this.#job = null;
  }

  /** The file read in the worker (or here, without one or when it cannot start); null when cancelled. */
  #read(file: File, as?: ImportRequest['as']): Promise<ImportResult | null> {
    if (!this.makeWorker) return importFile(file, as);
    const job = workerJob<ImportResult, ImportUpdate>(
      this.makeWorker(),
      { file, as } satisfies ImportRequest,
      (update) => {
        if (this.state.step !== 'reading') return;
        this.state =
          update.type === 'progress'
            ? { ...this.state, read: update.read, total: update.total }
            : { ...this.state, read: this.state.total, checking: true };
      },
      () => importFile(file, as)
    );
    this.#job = job;
    return job.result;
  }

  /** Studies the preview's flashcards as cards, or as choice or typed questions. */
  studyCardsAs(as: StudyCardsAs): void {
    this.cardsAs = as;
    if (this.state.step === 'preview') this.#showCards(this.state.name);
  }

  #showCards(name: string): void {
    const read = this.#preview;
    if (!read) return;
    if (this.cardsAs === 'flashcard') {
      this.keptCards = [];
      this.state = { step: 'preview', name, preview: read, conflict: this.#idConflict };
      return;
    }
    const converted = convertFlashcards(read.pack.questions, this.cardsAs, hash53(read.pack.id));
    this.keptCards = converted.kept;
    this.state = {
      step: 'preview',
      name,
      preview: { ...read, pack: { ...read.pack, questions: converted.questions } },
      conflict: this.#idConflict
    };
  }

  /**
   * Whether the pack's id is taken, so the teacher chooses: replace, keep both, or cancel. Only the stored packs' ids
   * are read, and the title of the one that has the id: reading every stored pack would hold the page up.
   */
  async #conflict(preview: ImportPreview): Promise<IdConflict | null> {
    const [stored, builtIn] = await Promise.all([this.library.storedIds(), this.library.builtInPacks()]);
    const { id } = preview.pack;
    const taken = setOf([...builtIn.map((p) => p.id), ...stored]);
    if (!taken.has(id)) return null;
    let n = 2;
    while (taken.has(`${id}-${n}`)) n++;
    const builtInPack = builtIn.find((p) => p.id === id);
    const title = builtInPack?.title ?? (await this.library.storedTitle(id)) ?? id;
    return { builtIn: !!builtInPack, title, freeId: `${id}-${n}` };
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
    this.state = { step: 'reading', name: 'the link', read: 0, total: 0, checking: true };
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
    const preview = { format, pack: result.pack, skipped: result.skipped, warnings: result.warnings };
    this.#preview = preview;
    this.#idConflict = await this.#conflict(preview);
    this.#showCards('the link');
  }

  /**
   * Stores the previewed pack. When its id is taken, `choice` says what to do: replace the stored pack (its progress
   * on questions that stay is kept, as question ids are stable) or keep both (the import gets a fresh id). A built-in
   * pack is never replaced.
   */
  async confirm(choice: ImportChoice = 'replace'): Promise<void> {
    if (this.state.step !== 'preview') return;
    const shown = this.state;
    const { name, preview, conflict } = shown;
    if (conflict?.builtIn && choice === 'replace') return;
    const pack = conflict && choice === 'keep-both' ? { ...preview.pack, id: conflict.freeId } : preview.pack;
    const run = this.#run;
    this.state = { step: 'saving', name, count: pack.questions.length };
    const saved = await this.library.save(pack, 'imported');
    // Left meanwhile ("Import another", another file): what it shows now stays.
    if (run !== this.#run) return;
    // Not saved: the preview comes back, and the page shows why (the storage notice).
    this.state = saved
      ? { step: 'saved', name, packId: pack.id, title: pack.title, count: pack.questions.length }
      : shown;
  }

  reset(): void {
    this.#run++;
    this.#end();
    this.state = { step: 'idle' };
    this.#file = null;
    this.#preview = null;
    this.cardsAs = 'flashcard';
    this.keptCards = [];
  }
}
