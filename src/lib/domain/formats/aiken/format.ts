/** Aiken, the one-right-answer multiple choice text format Moodle imports and exports (read.ts follows Moodle). */
import type { TextFormat } from '../types';
import { aikenLikeness } from './format-lines';

export const aiken = {
  label: 'Aiken (Moodle)',
  menuLabel: 'Aiken for Moodle (.txt)',
  extensions: ['txt'],
  // Any text file ends in .txt: an article must not be read as Aiken, so only the content says a file is Aiken.
  claimsExtensions: false,
  mimeType: 'text/plain',
  fileSuffix: '-aiken',
  firstPlace: { line: 1 },
  binary: false,
  sniff: (sample) => aikenLikeness(sample.text),
  reader: () => import('./read'),
  writer: () => import('./write')
} as const satisfies TextFormat;
