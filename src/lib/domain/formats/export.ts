/** Writing a pack in a format: file name, media type, content and the warnings to show before saving. */
import type { Pack } from '../packs/schema';
import { FORMATS, type ExportFormat } from './registry';
import type { Format, Written } from './types';

export interface ExportedFile extends Written {
  fileName: string;
  mimeType: string;
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

export async function exportPack(pack: Pack, id: ExportFormat): Promise<ExportedFile> {
  const format: Format = FORMATS[id];
  const { write } = await FORMATS[id].writer();
  const { data, warnings } = await write(pack);
  return {
    fileName: `${fileBaseName(pack.title)}${format.fileSuffix ?? ''}.${format.extensions[0]}`,
    mimeType: format.mimeType,
    data,
    warnings
  };
}
