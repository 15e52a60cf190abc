/**
 * `sourcewise generate [articles dir] [--out dir] [--seed N] [--corpus-id ID] [--corpus-title T]`: reads the folder's
 * `.md` (front matter), `.txt` (first line the title) and saved `.html` pages (see `corpus-loader.ts`); one pack per
 * article, one pack per story of two or more articles (the articles are grouped into stories first: a folder of
 * unrelated articles gives unrelated packs), the hand-written packs of content/packs, `index.json` and
 * `pack.schema.json`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { cachedAnalyzers, generatePack, groupStories } from '../../lib/domain/generate';
import { INDEX_FORMAT, INDEX_VERSION, packIndexEntry } from '../../lib/domain/packs/pack-index';
import { packSchema, type Pack } from '../../lib/domain/packs/schema';
import type { Article } from '../../lib/domain/corpus/article';
import { chromeLines } from '../../lib/domain/corpus/boilerplate';
import { isSlug } from '../../lib/domain/corpus/slug';
import { loadArticles, loadPacks } from '../corpus-loader';
import { parseArgs, UsageError } from '../io';

/** Where the app's own packs come from and go: only these articles may write that folder. */
const BUILT_IN_ARTICLES = 'content/articles';
const BUILT_IN_PACKS = 'static/packs';

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
  const dir = positional[0] ?? BUILT_IN_ARTICLES;
  if (!existsSync(dir)) throw new UsageError(`${dir}: no such directory`);
  const builtIn = resolve(dir) === resolve(BUILT_IN_ARTICLES);
  const out = stringFlag(flags, 'out') ?? (builtIn ? BUILT_IN_PACKS : undefined);
  // The built-in packs come from the built-in articles only: any other folder writes where it is told to.
  if (out === undefined)
    throw new UsageError(
      `${dir}: say where the packs go with --out (the built-in packs are made from ${BUILT_IN_ARTICLES})`
    );
  if (!builtIn && resolve(out) === resolve(BUILT_IN_PACKS))
    throw new UsageError(
      `--out ${out}: that folder holds the built-in packs, made from ${BUILT_IN_ARTICLES}; choose another`
    );
  const seed = integerFlag(flags, 'seed') ?? 1;
  const corpusId = stringFlag(flags, 'corpus-id') ?? 'corpus';
  if (!isSlug(corpusId))
    throw new UsageError(`--corpus-id "${corpusId}": use lower-case letters, digits and dashes`);
  const corpusTitle = stringFlag(flags, 'corpus-title') ?? 'All articles';
  const minConfidence = numberFlag(flags, 'min-confidence');

  const articles = await loadArticles(dir);
  const handWritten = loadPacks(stringFlag(flags, 'packs') ?? 'content/packs');
  // Every pack reads its whole story: analyse each article once.
  const analyzers = cachedAnalyzers();
  const common = { seed, minConfidence, analyzers };
  const stories = groupStories(articles, (article) => analyzers.findPeople(article.text));
  const storyOf = new Map(stories.flatMap((story) => story.map((article) => [article.id, story] as const)));
  const storyPacks = storyPackNames(stories, corpusId, corpusTitle).map(({ story, id, title }) =>
    generatePack(story, { ...common, id, title })
  );
  const generated: Pack[] = [
    ...storyPacks,
    ...articles.map((article) =>
      generatePack([article], {
        ...common,
        id: article.id,
        title: article.title,
        related: storyOf.get(article.id)
      })
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
  printSummary(out, packs, storyPacks.length, generated.length);
  printLeftOut(articles);
  return 0;
}

/**
 * The stories that get a pack of their own (two articles or more), with their pack's id and title: the largest story
 * (the first of equals) comes first and keeps the corpus id and title, so the built-in corpus pack keeps its id; the
 * others are numbered and named after their first article.
 */
export function storyPackNames(
  stories: readonly Article[][],
  corpusId: string,
  corpusTitle: string
): { story: Article[]; id: string; title: string }[] {
  const shared = stories.filter((story) => story.length > 1);
  const main = shared.reduce<Article[] | undefined>(
    (best, story) => (best && best.length >= story.length ? best : story),
    undefined
  );
  if (!main) return [];
  const others = shared.filter((story) => story !== main);
  return [
    { story: main, id: corpusId, title: corpusTitle },
    ...others.map((story, i) => ({
      story,
      id: `${corpusId}-${i + 2}`,
      title: `${corpusTitle}: ${story[0].title}`
    }))
  ];
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

function printSummary(out: string, packs: Pack[], storyCount: number, generatedCount: number): void {
  const totals: Record<string, number> = {};
  console.log(`sourcewise generate: wrote ${packs.length} packs, index.json and pack.schema.json to ${out}`);
  packs.forEach((pack, i) => {
    const { types, questionCount } = packIndexEntry(pack);
    if (i === 0 && storyCount) for (const [t, n] of Object.entries(types)) totals[t] = n;
    const kind = i < storyCount ? 'story' : i < generatedCount ? 'article' : 'hand-written';
    const detail = Object.entries(types)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
    console.log(`  ${pack.id}.json (${kind}): ${questionCount} questions${detail ? ` — ${detail}` : ''}`);
  });
  const line = Object.entries(totals)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  if (storyCount) console.log(`corpus pack "${packs[0].id}" per type: ${line || 'no questions'}`);
  else console.log('no two articles share a story: no story pack');
}

/** What each article lost as page furniture (credits, bylines, prompts), so a teacher can see nothing else went. */
function printLeftOut(articles: readonly Article[]): void {
  for (const article of articles) {
    // Separators ("—", "•") say nothing: only lines with words are listed.
    const lines = chromeLines(article.text).filter((line) => /\p{L}/u.test(line));
    if (!lines.length) continue;
    const shown = lines.slice(0, 3).map((line) => `“${line.length > 60 ? `${line.slice(0, 57)}…` : line}”`);
    const more = lines.length > 3 ? ` and ${lines.length - 3} more` : '';
    console.log(
      `  left out of ${article.id}: ${lines.length} line${lines.length === 1 ? '' : 's'} of page furniture: ${shown.join(', ')}${more}`
    );
  }
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
