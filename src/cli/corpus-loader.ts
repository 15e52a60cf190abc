/**
 * Reads the corpus and hand-written packs from disk for the CLI. Anything broken fails with the file name (and the
 * JSON path for packs), so a bad article or pack never ships silently.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import {
  ArticleError,
  articleFromText,
  hasFrontMatter,
  parseArticle,
  type Article
} from '../lib/domain/corpus/article';
import { articleInput, readableArticle, type PageArticle } from '../lib/domain/formats';
import { upgradeOlderPack } from '../lib/domain/formats/json/format-migrate';
import { isSkill, SKILLS, type Pack } from '../lib/domain/packs/schema';
import { validatePack } from '../lib/domain/packs/validate';
import { readTextFile, UsageError } from './io';

function isDirectory(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

/** A folder's README describes the folder (sources, licences); it is not an article. */
const README = /^readme\.md$/i;

function listFiles(dir: string, ...extensions: string[]): string[] {
  const isDir = isDirectory(dir);
  if (isDir === undefined) throw new UsageError(`${dir}: no such directory`);
  if (!isDir) throw new UsageError(`${dir}: is a file, not a directory`);
  return readdirSync(dir)
    .filter((f) => extensions.includes(extname(f).toLowerCase()) && !f.startsWith('.') && !README.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** The article files `generate` reads. */
export const ARTICLE_EXTENSIONS = ['.md', '.txt', '.html', '.htm'];

/** An article id from a file name: "Blogger killed (AFP).html" → "blogger-killed-afp". */
export function idFromFileName(file: string): string {
  const slug = basename(file, extname(file))
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'article';
}

/**
 * One article file: `.md` with front matter (or plain Markdown), `.txt` (first line the title) or a saved `.html`
 * page (its article found by Readability, with the outlet and date the page gives). What a file does not say
 * (outlet, date) stays unsaid; the id comes from the file name when the file gives none.
 */
export async function readArticleFile(file: string): Promise<Article> {
  const text = readTextFile(file);
  const id = idFromFileName(file);
  const ext = extname(file).toLowerCase();
  if (ext === '.md' && hasFrontMatter(text)) return parseArticle(text, file, id);
  const read: PageArticle | undefined =
    ext === '.html' || ext === '.htm'
      ? await readableArticle(parseHTML(text).document)
      : await articleInput(text, file);
  if (!read?.text.trim())
    throw new ArticleError(
      file,
      ext.startsWith('.htm') ? 'no article text found in this page' : 'no article text'
    );
  const { text: body, title, outlet, published, url } = read;
  return articleFromText(body, { id, title, outlet, published, url });
}

/** Every article file of a directory (`.md`, `.txt`, `.html`), read; ids must be unique. */
export async function loadArticles(dir: string): Promise<Article[]> {
  const files = listFiles(dir, ...ARTICLE_EXTENSIONS);
  if (!files.length) throw new UsageError(`${dir}: no articles (.md, .txt or .html files) found`);
  const seen = new Map<string, string>();
  const articles: Article[] = [];
  for (const file of files) {
    const article = await readArticleFile(file);
    const other = seen.get(article.id);
    if (other) throw new ArticleError(file, `id "${article.id}" is already used by ${other}`, 1);
    seen.set(article.id, file);
    articles.push(article);
  }
  return articles;
}

/** Every hand-written `*.json` pack of a directory (none when the directory does not exist), validated. */
export function loadPacks(dir: string): { file: string; pack: Pack }[] {
  if (!isDirectory(dir)) return [];
  return listFiles(dir, '.json').map((file) => {
    let data: unknown;
    try {
      data = JSON.parse(readTextFile(file));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${file}: not valid JSON: ${(error as Error).message}`);
    }
    // A pack written in an older format version is read as the current one (formats/json/format-migrate.ts).
    const result = validatePack(upgradeOlderPack(data));
    if (!result.ok)
      throw new UsageError(
        `${file}: not a valid pack: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`
      );
    const unknown = result.pack.questions.findIndex((q) => !isSkill(q.skill));
    if (unknown >= 0)
      throw new UsageError(
        `${file}: $.questions[${unknown}].skill: “${result.pack.questions[unknown].skill}” is not a skill; the skills are ${SKILLS.join(', ')}`
      );
    return { file, pack: result.pack };
  });
}
