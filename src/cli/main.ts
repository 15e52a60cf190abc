/** The `sourcewise` command: generate packs, run the analysis steps, validate and convert packs. */
import { ArticleError } from '../lib/domain/corpus/article-error';
import { UsageError } from './io';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  generate: {
    summary:
      'generate [articles dir] [--out static/packs] [--seed N] [--corpus-id ID] [--corpus-title T] [--packs content/packs] [--min-confidence 0.7]   write packs, index.json and pack.schema.json from the .md (front matter), .txt (first line the title) and saved .html articles of a folder',
    load: () => import('./commands/generate')
  },
  quotes: {
    summary: 'quotes <files...> [--json]   direct quotes and their speakers',
    load: () => import('./commands/quotes')
  },
  classify: {
    summary: 'classify [--json]   label sentences (one a line on stdin) fact, opinion or unsure',
    load: () => import('./commands/classify')
  },
  checks: {
    summary: 'checks <files...> [--json]   claims the corpus corrects, and cross-source discrepancies',
    load: () => import('./commands/checks')
  },
  validate: {
    summary: 'validate <pack.json...>   check packs, listing every problem with its JSON path',
    load: () => import('./commands/validate')
  },
  discernment: {
    summary:
      'discernment [articles dir] --form A|B [--json] [--seed N] [--out file]   the discernment check: print a form for review, or write both forms',
    load: () => import('./commands/discernment')
  },
  convert: {
    summary: 'convert <file> --to json|gift|kahoot-csv [--out F]   convert between pack formats',
    load: () => import('./commands/convert')
  }
};

export function usage(): string {
  return [
    'usage: sourcewise <command> [options]',
    '',
    ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`sourcewise: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`usage: sourcewise ${command.summary}`);
    return 0;
  }
  try {
    const module = await command.load();
    return await module.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`sourcewise ${name}: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof ArticleError) {
      console.error(`sourcewise ${name}: ${error.message}`);
      return 2;
    }
    console.error(
      `sourcewise ${name}: internal error: ${error instanceof Error ? error.message : String(error)}`
    );
    return 1;
  }
}
