/** Writing a pack in a format: file name, media type, content and the warnings to show before saving. */
import { issue } from '../packs/errors';
import type { Pack } from '../packs/schema';
import { FORMATS, type ExportFormat } from './registry';
import type { Format, Written } from './types';

export interface ExportedFile extends Written {
  fileName: string;
  mimeType: string;
  /** How many questions the format changed or left out (its warnings name each by `$.questions[i]`). */
  changed: number;
}

/** The number of distinct questions a list of export warnings is about. */
export function questionsNamed(warnings: Written['warnings']): number {
  return new Set(warnings.flatMap((w) => /^\$\.questions\[\d+\]/.exec(w.place.field ?? '') ?? [])).size;
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

function imagesLeftOut(pack: Pack, format: Format): Written['warnings'] {
  return pack.questions.flatMap((question, i) => {
    const count = question.images?.length ?? 0;
    return count
      ? [
          issue(
            { field: `$.questions[${i}]` },
            `${count === 1 ? 'its picture is' : `its ${count} pictures are`} left out: ${format.label} files do not carry pictures (JSON and Moodle XML do)`
          )
        ]
      : [];
  });
}

export async function exportPack(pack: Pack, id: ExportFormat): Promise<ExportedFile> {
  const format: Format = FORMATS[id];
  const { write } = await FORMATS[id].writer();
  const written = await write(pack);
  const { data } = written;
  // Pictures are kept only where the format can hold them; anywhere else each question that had some says so.
  const warnings = format.holdsImages
    ? written.warnings
    : [...written.warnings, ...imagesLeftOut(pack, format)];
  return {
    fileName: `${fileBaseName(pack.title)}${format.fileSuffix ?? ''}.${format.extensions[0]}`,
    mimeType: format.mimeType,
    data,
    warnings,
    changed: questionsNamed(warnings)
  };
}
