/**
 * What a format module is. The light half (`format.ts` in each folder: names, extensions, MIME type, `sniff`) is
 * loaded with the registry; the reader and writer are loaded on demand, so showing a label or the export menu loads
 * no parser.
 */
import type { ImportIssue, Place } from '../packs/errors';
import type { Pack, Question } from '../packs/schema';

/** The start of a file: its first bytes, and the same decoded as text (BOM and leading space removed). */
export interface Sample {
  bytes: Uint8Array;
  text: string;
}

/**
 * How a flashcard file was read (shared/flashcards.ts): which separators and which column is the front, the back
 * and the tags. The import preview shows it, and the teacher's changes are read again with it.
 */
export interface CardLayout {
  /** Between the fields of a card: a tab, a comma, a semicolon or any text the teacher names. */
  fieldSeparator: string;
  /** Between cards: a line break, a semicolon or any text the teacher names. */
  cardSeparator: string;
  /** What each column is called: its header, or "Column 1" … */
  columns: string[];
  front: number;
  back: number;
  /** The column of tags, if any. */
  tags?: number;
  /** True when the first row names the columns and is not a card. */
  header: boolean;
}

/** A teacher's choices from the preview, passed back to a reader (only flashcard readers take any). */
export interface ReadOptions {
  layout?: Partial<CardLayout>;
}

/** What a reader gives: a whole pack (JSON), questions to assemble into one, or why the file cannot be read. */
export type ReadResult =
  | { ok: true; pack: Pack; skipped: ImportIssue[]; warnings: ImportIssue[] }
  | {
      ok: true;
      questions: Question[];
      skipped: ImportIssue[];
      warnings: ImportIssue[];
      /** A flashcard file's layout, which the teacher may change. */
      layout?: CardLayout;
    }
  | { ok: false; problems: ImportIssue[] };

export interface Written {
  data: string | Uint8Array;
  /** What the format could not carry, by question (`$.questions[3]`). */
  warnings: ImportIssue[];
}

interface FormatCommon {
  /** The format's name where a file read in it is shown (the import preview, the CLI's summary). */
  label: string;
  /** Its entry in the export menu. */
  menuLabel: string;
  /** File name extensions, lower case, without the dot; the first is the one exported files get. */
  extensions: readonly string[];
  /**
   * False when the extensions are too common to name the format on their own (Aiken's `.txt`, which any article
   * may have): such a file is this format only when `sniff` says so.
   */
  claimsExtensions?: false;
  mimeType: string;
  /** True when an exported file keeps a question's pictures; any other writer's file leaves them out, with a warning. */
  holdsImages?: true;
  /** Put between the pack's name and the extension of an exported file (`-kahoot`). */
  fileSuffix?: string;
  /** Where a problem with the file as a whole is shown (a spreadsheet's first row, a text file's first line). */
  firstPlace: Place;
  /**
   * How sure it is that a file starting like this is in this format: 1 is certain (a binary signature), 0 not this
   * format, in between a likeness the extension outranks.
   */
  sniff(sample: Sample): number;
  writer?: () => Promise<{ write(pack: Pack): Written | Promise<Written> }>;
}

export interface TextFormat extends FormatCommon {
  binary: false;
  reader: () => Promise<{ read(text: string, options?: ReadOptions): ReadResult }>;
}

export interface BinaryFormat extends FormatCommon {
  binary: true;
  reader: () => Promise<{ read(buffer: ArrayBuffer): Promise<ReadResult> }>;
}

/** A format a pack is written in but no file is read from (an Anki deck): such a file is refused with `notRead`. */
export interface ExportOnlyFormat extends FormatCommon {
  binary: true;
  reader?: undefined;
  /** Why a file in this format is not read, and what to do instead, in a teacher's words. */
  notRead: string;
  writer: () => Promise<{ write(pack: Pack): Written | Promise<Written> }>;
}

export type Format = TextFormat | BinaryFormat | ExportOnlyFormat;
