/** Cards in a CSV or TSV spreadsheet with a header row; the preview says which column is the front, back and tags. */
import type { TextFormat } from '../types';
import { cardTableLikeness } from './format-sniff';

export const cardTable = {
  label: 'Flashcard table (CSV/TSV with a header row)',
  menuLabel: 'Flashcard table (.csv)',
  extensions: ['csv', 'tsv'],
  mimeType: 'text/csv',
  firstPlace: { row: 1 },
  binary: false,
  sniff: (sample) => cardTableLikeness(sample.text),
  reader: () => import('./read')
} as const satisfies TextFormat;
