/** Teacher-facing names of formats; the names of question types are in their registry (`$lib/domain/questions`). */
import type { ImportFormat } from '$lib/domain/packs/import';

/** Kept here rather than imported from the importer, so showing a label does not load the parsers. */
export const FORMAT_LABELS: Record<ImportFormat, string> = {
  json: 'Sourcewise pack (JSON)',
  gift: 'GIFT (Moodle)',
  'kahoot-xlsx': 'Kahoot spreadsheet (.xlsx)',
  'kahoot-csv': 'Kahoot spreadsheet (CSV)'
};
