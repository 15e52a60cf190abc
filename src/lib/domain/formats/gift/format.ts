/** GIFT, Moodle's text format for questions (read.ts follows Moodle's importer; write.ts round-trips with it). */
import type { TextFormat } from '../types';

export const gift = {
  label: 'GIFT (Moodle)',
  menuLabel: 'GIFT for Moodle (.gift)',
  extensions: ['gift'],
  mimeType: 'text/plain',
  firstPlace: { line: 1 },
  binary: false,
  // An answer block (even an unclosed one, which the reader reports by line), a `::title::` or a category line.
  sniff: (sample) => (/\{|^\s*::|^\s*\$CATEGORY:/m.test(sample.text) ? 0.5 : 0),
  reader: () => import('./read'),
  writer: () => import('./write')
} as const satisfies TextFormat;
