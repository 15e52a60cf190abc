/** Quizlet's export: a term, a separator, its definition; cards on lines or between semicolons (or custom). */
import type { TextFormat } from '../types';
import { quizletLikeness } from './format-sniff';

export const quizlet = {
  label: 'Quizlet export (flashcards)',
  menuLabel: 'Quizlet export (.txt)',
  extensions: ['txt'],
  // Any text file ends in .txt: only the content says a file is a Quizlet export.
  claimsExtensions: false,
  mimeType: 'text/plain',
  firstPlace: { line: 1 },
  binary: false,
  sniff: (sample) => quizletLikeness(sample.text),
  reader: () => import('./read')
} as const satisfies TextFormat;
