/**
 * Every file format, in the export menu's order. A new format is one folder (format.ts, its reader and writer) and
 * one line here; detection, the import page, the export menu and the CLI's `convert` all read this table.
 */
import { aiken } from './aiken/format';
import { ankiApkg } from './anki-apkg/format';
import { ankiText } from './anki-text/format';
import { cardTable } from './card-table/format';
import { gift } from './gift/format';
import { json } from './json/format';
import { kahootCsv } from './kahoot-csv/format';
import { kahootXlsx } from './kahoot-xlsx/format';
import { moodleXml } from './moodle-xml/format';
import { quizlet } from './quizlet/format';
import type { Format } from './types';

export const FORMATS = {
  json,
  gift,
  'moodle-xml': moodleXml,
  aiken,
  'kahoot-xlsx': kahootXlsx,
  'kahoot-csv': kahootCsv,
  quizlet,
  'anki-text': ankiText,
  'card-table': cardTable,
  'anki-apkg': ankiApkg
} as const satisfies Record<string, Format>;

export type FormatId = keyof typeof FORMATS;
/** Formats a pack can be written in: those with a writer. */
export type ExportFormat = {
  [K in FormatId]: (typeof FORMATS)[K] extends { writer: unknown } ? K : never;
}[FormatId];

export const FORMAT_IDS = Object.keys(FORMATS) as FormatId[];
export const EXPORT_FORMATS = FORMAT_IDS.filter(
  (id): id is ExportFormat => (FORMATS[id] as Format).writer !== undefined
);

/** Formats a file is read from: those with a reader (an Anki deck is written, not read). */
export type ReadFormat = {
  [K in FormatId]: (typeof FORMATS)[K] extends { reader: unknown } ? K : never;
}[FormatId];
export const READ_FORMATS = FORMAT_IDS.filter(
  (id): id is ReadFormat => (FORMATS[id] as Format).reader !== undefined
);

/** Files over this are refused before they are read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
