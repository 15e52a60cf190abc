/**
 * Importing a file or opening a share link: read, preview (what will be imported, what was skipped and why), then
 * store only when the teacher confirms. The parsers are loaded on first use.
 */
import type { ImportIssue } from '$lib/domain/packs/errors';
import { importFile, readPackFragment, type FormatId, type ImportPreview } from '$lib/domain/formats';
import type { TeachLibrary } from './teach.svelte';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'preview'; name: string; preview: ImportPreview }
  | { step: 'refused'; name: string; problems: ImportIssue[] }
  | { step: 'saved'; name: string; packId: string; title: string; count: number };

export class ImportFlow {
  state = $state.raw<ImportStep>({ step: 'idle' });

  constructor(private readonly library: TeachLibrary) {}

  async readFile(file: File): Promise<void> {
    this.state = { step: 'reading', name: file.name };
    try {
      const result = await importFile(file);
      this.state = result.ok
        ? { step: 'preview', name: file.name, preview: await this.#noteReplacement(result.preview) }
        : { step: 'refused', name: file.name, problems: result.problems };
    } catch (error) {
      this.#failed(file.name, error);
    }
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
    const format: FormatId = 'json';
    this.state = result.ok
      ? {
          step: 'preview',
          name: 'the link',
          preview: await this.#noteReplacement({
            format,
            pack: result.pack,
            skipped: result.skipped,
            warnings: result.warnings
          })
        }
      : { step: 'refused', name: 'the link', problems: result.problems };
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
  }
}
