/**
 * `sourcewise convert <file> --to json|gift|aiken|kahoot-xlsx|kahoot-csv [--out F]`: reads a pack in any format the
 * app imports (JSON, GIFT, Aiken, Kahoot .xlsx or CSV) and writes it in another, both through the format registry
 * (src/lib/domain/formats). Without --out the result goes to stdout.
 * Problems go to stderr, one line each with its place. Exit codes: 0 converted, 1 converted but some items were
 * skipped (listed), 2 unusable input or arguments.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  EXPORT_FORMATS,
  exportPack,
  FORMATS,
  importBytes,
  MAX_FILE_BYTES,
  type ExportFormat
} from '../../lib/domain/formats';
import { formatIssue } from '../../lib/domain/packs/errors';
import { parseArgs, readFileBytes, UsageError } from '../io';

const USAGE = `sourcewise convert <file> --to ${EXPORT_FORMATS.join('|')} [--out F]`;

function readInput(path: string): ArrayBuffer {
  const bytes = readFileBytes(path, MAX_FILE_BYTES);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export async function run(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['to', 'out']);
  if (positional.length !== 1) throw new UsageError(`name one file to convert: ${USAGE}`);
  const to = flags.get('to');
  if (typeof to !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(to))
    throw new UsageError(`--to must be one of ${EXPORT_FORMATS.join(', ')}: ${USAGE}`);
  const out = flags.get('out');
  if (out === true) throw new UsageError('--out needs a file name');
  if (FORMATS[to as ExportFormat].binary && out === undefined)
    throw new UsageError(`--to ${to} writes a binary file; give --out F`);

  const [file] = positional;
  const result = await importBytes(basename(file), readInput(file));
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatIssue(problem, file));
    return 2;
  }
  const { pack, skipped, warnings, format } = result.preview;
  for (const item of skipped) console.error(`${formatIssue(item, file)} (skipped)`);
  for (const item of warnings) console.error(`${formatIssue(item, file)} (warning)`);
  const rendered = await exportPack(pack, to as ExportFormat);
  for (const item of rendered.warnings)
    console.error(`${formatIssue(item, `${out ?? to} output`)} (warning)`);
  if (typeof out === 'string') writeFileSync(out, rendered.data);
  else process.stdout.write(rendered.data);
  const count = pack.questions.length;
  console.error(
    `${file}: ${count} question${count === 1 ? '' : 's'} from ${FORMATS[format].label} → ${to}${typeof out === 'string' ? ` in ${out}` : ''}` +
      (skipped.length ? `; ${skipped.length} skipped` : '') +
      (rendered.changed
        ? `; ${rendered.changed} question${rendered.changed === 1 ? '' : 's'} changed or left out for ${FORMATS[to as ExportFormat].label} (see the warnings)`
        : '')
  );
  return skipped.length ? 1 : 0;
}
