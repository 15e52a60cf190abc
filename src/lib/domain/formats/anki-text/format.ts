/** Anki's "Notes in Plain Text" export (and import format): file headers (`#separator:tab`), then a note per row. */
import type { TextFormat } from '../types';

export const ankiText = {
  label: 'Anki notes in plain text (flashcards)',
  menuLabel: 'Anki notes in plain text (.txt)',
  extensions: ['txt'],
  claimsExtensions: false,
  mimeType: 'text/plain',
  firstPlace: { line: 1 },
  binary: false,
  // Anki writes its headers first; no other format starts with them.
  sniff: (sample) =>
    /^#(separator|html|tags column|columns|notetype|deck|guid column|notetype column|deck column):/i.test(
      sample.text
    )
      ? 0.95
      : 0,
  reader: () => import('./read')
} as const satisfies TextFormat;
