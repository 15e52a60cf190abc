import { validatePack } from '../../lib/domain/packs/validate';
import { parseArgs, readTextFile, UsageError } from '../io';

export async function run(argv: string[]): Promise<number> {
  const { positional } = parseArgs(argv);
  if (!positional.length)
    throw new UsageError('name at least one pack file: sourcewise validate <pack.json>');
  let failed = false;
  for (const file of positional) {
    const text = readTextFile(file);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      console.error(`${file}: not valid JSON: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    const result = validatePack(data);
    if (result.ok) console.log(`${file}: ok, ${result.pack.questions.length} questions`);
    else {
      failed = true;
      console.error(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
      for (const p of result.problems) console.error(`  ${p.path}: ${p.message}`);
    }
  }
  return failed ? 1 : 0;
}
