/** Every export format in one place: file name, media type, content and the warnings to show before saving. */
import { writeKahootCsv } from './csv';
import type { ImportIssue } from './errors';
import { exportGift } from './gift-export';
import { writeKahootXlsx } from './kahoot-xlsx';
import type { Pack } from './schema';

export const EXPORT_FORMATS = ['json', 'gift', 'kahoot-xlsx', 'kahoot-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  json: 'Sourcewise pack (.json)',
  gift: 'GIFT for Moodle (.gift)',
  'kahoot-xlsx': 'Kahoot spreadsheet (.xlsx)',
  'kahoot-csv': 'Kahoot columns as CSV (.csv)'
};

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  data: string | Uint8Array;
  /** What the format could not carry, by question (`$.questions[3]`). */
  warnings: ImportIssue[];
}

/** A file name from the pack title: letters and digits kept, everything else a dash. */
export function fileBaseName(title: string): string {
  return (
    title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'pack'
  );
}

export async function exportPack(pack: Pack, format: ExportFormat): Promise<ExportedFile> {
  const base = fileBaseName(pack.title);
  switch (format) {
    case 'json':
      return {
        fileName: `${base}.json`,
        mimeType: 'application/json',
        data: `${JSON.stringify(pack, null, 2)}\n`,
        warnings: []
      };
    case 'gift': {
      const { text, warnings } = exportGift(pack);
      return { fileName: `${base}.gift`, mimeType: 'text/plain', data: text, warnings };
    }
    case 'kahoot-csv': {
      const { text, warnings } = writeKahootCsv(pack);
      return { fileName: `${base}-kahoot.csv`, mimeType: 'text/csv', data: text, warnings };
    }
    case 'kahoot-xlsx': {
      const { bytes, warnings } = await writeKahootXlsx(pack);
      return {
        fileName: `${base}-kahoot.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        data: bytes,
        warnings
      };
    }
  }
}
