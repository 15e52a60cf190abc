/**
 * File formats for packs (framework-free; the same code runs in the CLI, the tests and the teacher area):
 * - registry.ts: every format's name, extensions, MIME type and `sniff`, light enough for a label or a menu;
 * - one folder per format (json/, gift/, moodle-xml/, aiken/, kahoot-xlsx/, kahoot-csv/, quizlet/, anki-text/, card-table/,
 *   anki-apkg/, which is written only):
 *   `format.ts` (the registry's entry), its reader and writer, loaded only when a file is read or written; shared/
 *   holds what several use (Kahoot rows, flashcard rows, plain text, generated types rewritten as plain quiz types);
 * - import.ts / export.ts: detection, preview and export through the registry; share.ts: a pack in a link;
 *   article-input.ts: an article from pasted text or a .txt/.md/.html file, for the generator; readable-html.ts: a
 *   saved web page's article through Readability, given a parsed document (linkedom in the CLI, DOMParser in a page).
 * The functions here load that code on first use.
 */
// side doors: json/format-migrate.ts — storage and quiz links bring packs an older app wrote up to date on every page,
// without the registry and its formats.
import type { Pack } from '../packs/schema';
import { FORMATS, type ExportFormat, type FormatId } from './registry';
import type { Format, ReadOptions } from './types';
import type { FileLike } from './import';

export { EXPORT_FORMATS, FORMAT_IDS, FORMATS, MAX_FILE_BYTES, READ_FORMATS } from './registry';
export type { ExportFormat, FormatId, ReadFormat } from './registry';
export type { CardLayout, Format, ReadOptions, Sample, Written } from './types';
export type { FileLike, ImportPreview, ImportResult } from './import';
export type { ExportedFile } from './export';
export type { JsonRead } from './json/read';
export type { ShareLink } from './share';
export type { ArticleInput } from './article-input';
export type { PageArticle } from './readable-html';

/** Reads a picked or dropped file into a preview (its size is checked before a byte is read). */
export const importFile = async (file: FileLike, as?: { format: FormatId; options: ReadOptions }) =>
  (await import('./import')).importFile(file, as);

/** Reads text in a text format (detected, or the one named) into a preview. */
export const importText = async (name: string, text: string) =>
  (await import('./import')).importText(name, text);

/** Reads a file's bytes (the CLI's `convert`) into a preview. */
export const importBytes = async (name: string, buffer: ArrayBuffer) =>
  (await import('./import')).importBytes(name, buffer);

export const exportPack = async (pack: Pack, format: ExportFormat) =>
  (await import('./export')).exportPack(pack, format);

/** A link carrying the pack (`#pack=1.…`), or why it cannot be one. */
export const shareLink = async (pack: Pack, baseUrl: string) =>
  (await import('./share')).shareLink(pack, baseUrl);

/** The pack carried by a location hash, with the checks of a JSON import. */
export const readPackFragment = async (hash: string) => (await import('./share')).readPackFragment(hash);

/** An article from pasted text or a .txt, .md or .html file, for the generator. */
export const articleInput = async (text: string, fileName?: string) =>
  (await import('./article-input')).articleInput(text, fileName);

/** The article of a parsed web page (Readability), with its headline, outlet, date and address; see readable-html.ts. */
export const readableArticle = async (page: Document) =>
  (await import('./readable-html')).readableArticle(page);

/** Loads every format's code (for the teacher area's offline warm-up). */
export const loadFormatCode = (): Promise<unknown> =>
  Promise.all([
    import('./import'),
    import('./export'),
    import('./share'),
    import('./article-input'),
    import('./readable-html'),
    ...Object.values(FORMATS).flatMap((format: Format) => [format.reader?.(), format.writer?.()])
  ]);
