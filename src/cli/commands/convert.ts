/**
 * `sourcewise convert <file> --to json|gift|kahoot-csv|kahoot-xlsx [--out F]`: reads a pack in any format the app
 * imports (JSON, GIFT, Kahoot .xlsx or CSV) and writes it in another. Without --out the result goes to stdout.
 * Problems go to stderr, one line each with its place. Exit codes: 0 converted, 1 converted but some items were
 * skipped (listed), 2 unusable input or arguments.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { writeKahootCsv } from '../../lib/domain/packs/csv';
import { formatIssue, type ImportIssue } from '../../lib/domain/packs/errors';
import { exportGift } from '../../lib/domain/packs/gift-export';
import { FORMAT_LABELS, importBytes, MAX_FILE_BYTES } from '../../lib/domain/packs/import';
import { writeKahootXlsx } from '../../lib/domain/packs/kahoot-xlsx';
import type { Pack } from '../../lib/domain/packs/schema';
import { parseArgs, readFileBytes, UsageError } from '../io';

const TARGETS = ['json', 'gift', 'kahoot-csv', 'kahoot-xlsx'] as const;
type Target = (typeof TARGETS)[number];
const USAGE = 'sourcewise convert <file> --to json|gift|kahoot-csv|kahoot-xlsx [--out F]';

function readInput(path: string): ArrayBuffer {
  const bytes = readFileBytes(path, MAX_FILE_BYTES);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function render(
  pack: Pack,
  to: Target
): Promise<{ data: string | Uint8Array; warnings: ImportIssue[] }> {
  switch (to) {
    case 'json':
      return { data: `${JSON.stringify(pack, null, 2)}\n`, warnings: [] };
    case 'gift': {
      const { text, warnings } = exportGift(pack);
      return { data: text, warnings };
    }
    case 'kahoot-csv': {
      const { text, warnings } = writeKahootCsv(pack);
      return { data: text, warnings };
    }
    case 'kahoot-xlsx': {
      const { bytes, warnings } = await writeKahootXlsx(pack);
      return { data: bytes, warnings };
    }
  }
}

export async function run(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['to', 'out']);
  if (positional.length !== 1) throw new UsageError(`name one file to convert: ${USAGE}`);
  const to = flags.get('to');
  if (typeof to !== 'string' || !(TARGETS as readonly string[]).includes(to))
    throw new UsageError(`--to must be one of ${TARGETS.join(', ')}: ${USAGE}`);
  const out = flags.get('out');
  if (out === true) throw new UsageError('--out needs a file name');
  if (to === 'kahoot-xlsx' && out === undefined)
    throw new UsageError('--to kahoot-xlsx writes a binary file; give --out F');

  const [file] = positional;
  const result = await importBytes(basename(file), readInput(file));
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatIssue(problem, file));
    return 2;
  }
  const { pack, skipped, warnings, format } = result.preview;
  for (const item of skipped) console.error(`${formatIssue(item, file)} (skipped)`);
  for (const item of warnings) console.error(`${formatIssue(item, file)} (warning)`);
  const rendered = await render(pack, to as Target);
  for (const item of rendered.warnings)
    console.error(`${formatIssue(item, `${out ?? to} output`)} (warning)`);
  if (typeof out === 'string') writeFileSync(out, rendered.data);
  else process.stdout.write(rendered.data);
  const count = pack.questions.length;
  console.error(
    `${file}: ${count} question${count === 1 ? '' : 's'} from ${FORMAT_LABELS[format]} → ${to}${typeof out === 'string' ? ` in ${out}` : ''}` +
      (skipped.length ? `; ${skipped.length} skipped` : '')
  );
  return skipped.length ? 1 : 0;
}
