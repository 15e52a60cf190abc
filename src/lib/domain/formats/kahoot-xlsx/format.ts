/** Kahoot's "Import from spreadsheet" template as an .xlsx workbook (rows as in shared/kahoot-rows.ts). */
import type { BinaryFormat } from '../types';

export const kahootXlsx = {
  label: 'Kahoot spreadsheet (.xlsx)',
  menuLabel: 'Kahoot spreadsheet (.xlsx)',
  extensions: ['xlsx'],
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  fileSuffix: '-kahoot',
  firstPlace: { row: 1 },
  binary: true,
  // A zip archive (`PK`), which an .xlsx file is; so is an Anki deck, which anki-apkg/ claims as certain (1).
  sniff: (sample) => (sample.bytes[0] === 0x50 && sample.bytes[1] === 0x4b ? 0.95 : 0),
  reader: () => import('./xlsx'),
  writer: () => import('./xlsx')
} as const satisfies BinaryFormat;
