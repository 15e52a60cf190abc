/**
 * `sourcewise generate [articles dir] [--out dir] [--seed N] [--corpus-id ID] [--corpus-title T]`: one pack per
 * article, a corpus-wide pack, the hand-written packs of content/packs, `index.json` and `pack.schema.json`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { cachedAnalyzers } from '../../lib/domain/generate/analyzers';
import { generatePack } from '../../lib/domain/generate/pack';
import { INDEX_FORMAT, INDEX_VERSION, packIndexEntry } from '../../lib/domain/packs/pack-index';
import { packSchema, type Pack } from '../../lib/domain/packs/schema';
import { isSlug } from '../../lib/domain/corpus/slug';
import { loadArticles, loadPacks } from '../corpus-loader';
import { parseArgs, UsageError } from '../io';

const VALUED = ['out', 'seed', 'corpus-id', 'corpus-title', 'packs', 'min-confidence'];

export async function run(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, VALUED);
  const unknown = [...flags.keys()].filter((f) => !VALUED.includes(f));
  if (unknown.length)
    throw new UsageError(
      `unknown option --${unknown[0]} (options: ${VALUED.map((v) => `--${v}`).join(' ')})`
    );
  if (positional.length > 1)
    throw new UsageError('name one articles directory: sourcewise generate [articles dir]');
  const dir = positional[0] ?? 'content/articles';
  const out = stringFlag(flags, 'out') ?? 'static/packs';
  const seed = integerFlag(flags, 'seed') ?? 1;
  const corpusId = stringFlag(flags, 'corpus-id') ?? 'corpus';
  if (!isSlug(corpusId))
    throw new UsageError(`--corpus-id "${corpusId}": use lower-case letters, digits and dashes`);
  const corpusTitle = stringFlag(flags, 'corpus-title') ?? 'All articles';
  const minConfidence = numberFlag(flags, 'min-confidence');

  const articles = loadArticles(dir);
  const handWritten = loadPacks(stringFlag(flags, 'packs') ?? 'content/packs');
  // Every pack reads the whole story: analyse each article once.
  const common = { seed, minConfidence, analyzers: cachedAnalyzers() };
  const generated: Pack[] = [
    generatePack(articles, { ...common, id: corpusId, title: corpusTitle }),
    ...articles.map((article) =>
      generatePack([article], { ...common, id: article.id, title: article.title, related: articles })
    )
  ];
  const packs = [...generated];
  for (const { file, pack } of handWritten) {
    if (packs.some((p) => p.id === pack.id))
      throw new UsageError(`${file}: pack id "${pack.id}" is already used by another pack`);
    packs.push(pack);
  }

  mkdirSync(out, { recursive: true });
  removeStale(out, packs);
  // The packs and their index are read by the app and precached by every student's device: compact. The JSON
  // Schema is read by people and editors: indented.
  for (const pack of packs) writeJson(join(out, `${pack.id}.json`), pack, 0);
  writeJson(
    join(out, 'index.json'),
    { format: INDEX_FORMAT, version: INDEX_VERSION, packs: packs.map((pack) => packIndexEntry(pack)) },
    0
  );
  writeJson(join(out, 'pack.schema.json'), packJsonSchema(), 1);
  printSummary(out, packs, generated.length);
  return 0;
}

/** The pack schema as JSON Schema (input mode: defaults may be left out), for teachers' editors. */
export function packJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(packSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Sourcewise question pack'
  };
}

/** Packs the previous run listed in index.json that this run no longer writes (an article was removed). */
function removeStale(out: string, packs: Pack[]): void {
  const indexFile = join(out, 'index.json');
  if (!existsSync(indexFile)) return;
  try {
    const previous = JSON.parse(readFileSync(indexFile, 'utf8')) as { packs?: { file?: unknown }[] };
    const keep = new Set(packs.map((p) => `${p.id}.json`));
    for (const entry of previous.packs ?? []) {
      const file = typeof entry.file === 'string' ? entry.file : '';
      if (file.endsWith('.json') && isSlug(file.slice(0, -'.json'.length)) && !keep.has(file))
        rmSync(join(out, file), { force: true });
    }
  } catch {
    // An unreadable old index is simply replaced.
  }
}

function writeJson(file: string, data: unknown, indent: 0 | 1): void {
  try {
    writeFileSync(file, JSON.stringify(data, null, indent || undefined) + '\n');
  } catch (error) {
    throw new UsageError(`${file}: cannot write: ${(error as Error).message}`);
  }
}

function printSummary(out: string, packs: Pack[], generatedCount: number): void {
  const totals: Record<string, number> = {};
  console.log(`sourcewise generate: wrote ${packs.length} packs, index.json and pack.schema.json to ${out}`);
  packs.forEach((pack, i) => {
    const { types, questionCount } = packIndexEntry(pack);
    if (i === 0) for (const [t, n] of Object.entries(types)) totals[t] = n;
    const kind = i < generatedCount ? (i === 0 ? 'corpus' : 'article') : 'hand-written';
    const detail = Object.entries(types)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
    console.log(`  ${pack.id}.json (${kind}): ${questionCount} questions${detail ? ` — ${detail}` : ''}`);
  });
  const line = Object.entries(totals)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  console.log(`corpus pack "${packs[0].id}" per type: ${line || 'no questions'}`);
}

function stringFlag(flags: Map<string, string | true>, name: string): string | undefined {
  const value = flags.get(name);
  if (value === true) throw new UsageError(`--${name} needs a value`);
  return value;
}

function numberFlag(flags: Map<string, string | true>, name: string): number | undefined {
  const value = stringFlag(flags, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    throw new UsageError(`--${name} must be a number from 0 to 1, not "${value}"`);
  return n;
}

function integerFlag(flags: Map<string, string | true>, name: string): number | undefined {
  const value = stringFlag(flags, name);
  if (value === undefined) return undefined;
  if (!/^-?\d{1,9}$/.test(value)) throw new UsageError(`--${name} must be a whole number, not "${value}"`);
  return Number(value);
}
