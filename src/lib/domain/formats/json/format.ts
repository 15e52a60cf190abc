/** Sourcewise's own pack format: the schema as JSON (see read.ts for the versions it reads). */
import type { TextFormat } from '../types';

export const json = {
  label: 'Sourcewise pack (JSON)',
  menuLabel: 'Sourcewise pack (.json)',
  extensions: ['json'],
  holdsImages: true,
  mimeType: 'application/json',
  firstPlace: { line: 1 },
  binary: false,
  sniff: (sample) => (sample.text.startsWith('{') ? 0.9 : 0),
  reader: () => import('./read'),
  writer: () => import('./write')
} as const satisfies TextFormat;
