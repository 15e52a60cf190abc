/**
 * An Anki deck package (.apkg): export only. write.ts builds it with sql.js (its asm.js build: no WebAssembly, so the
 * app's CSP stays as it is) and fflate, both loaded only when a teacher exports one. A package is a zip whose first
 * entry is the collection database (`collection.anki2`, `collection.anki21`, or `meta` before `collection.anki21b`).
 */
import type { ExportOnlyFormat } from '../types';

const ZIP = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

export const ankiApkg = {
  label: 'Anki deck (.apkg)',
  menuLabel: 'Anki deck (.apkg)',
  extensions: ['apkg'],
  mimeType: 'application/apkg',
  fileSuffix: '-anki',
  firstPlace: { line: 1 },
  binary: true,
  // The names of the first entries are in the first bytes of the zip.
  sniff: (sample) => (ZIP(sample.bytes) && sample.text.includes('collection.anki2') ? 1 : 0),
  notRead:
    'this is an Anki deck (.apkg); Sourcewise writes Anki decks but does not read them. In Anki, export the deck as “Notes in Plain Text” (.txt) and import that file here',
  writer: () => import('./write')
} as const satisfies ExportOnlyFormat;
