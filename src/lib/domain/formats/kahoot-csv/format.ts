/** The Kahoot template's columns in a CSV file (rows as in shared/kahoot-rows.ts). */
import type { TextFormat } from '../types';

export const kahootCsv = {
  label: 'Kahoot spreadsheet (CSV)',
  menuLabel: 'Kahoot columns (.csv)',
  extensions: ['csv'],
  mimeType: 'text/csv',
  fileSuffix: '-kahoot',
  firstPlace: { row: 1 },
  binary: false,
  // The template's header in the first lines: its own wording, or any CSV header naming "Answer 1".
  sniff: (sample) => {
    const firstLines = sample.text.split('\n', 10).join('\n');
    return /(^|,)"?Question - max 120/i.test(firstLines) || /^[^{}\n]*,[^{}\n]*Answer 1/im.test(firstLines)
      ? 0.8
      : 0;
  },
  reader: () => import('./csv'),
  writer: () => import('./csv')
} as const satisfies TextFormat;
