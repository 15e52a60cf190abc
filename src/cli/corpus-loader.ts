/**
 * Reads the corpus and hand-written packs from disk for the CLI. Anything broken fails with the file name (and the
 * JSON path for packs), so a bad article or pack never ships silently.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleError, parseArticle, type Article } from '../lib/domain/corpus/article';
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

function listFiles(dir: string, extension: string): string[] {
  const isDir = isDirectory(dir);
  if (isDir === undefined) throw new UsageError(`${dir}: no such directory`);
  if (!isDir) throw new UsageError(`${dir}: is a file, not a directory`);
  return readdirSync(dir)
    .filter((f) => f.endsWith(extension) && !f.startsWith('.'))
    .sort()
    .map((f) => join(dir, f));
}

/** Every `*.md` article of a directory, parsed; ids must be unique. */
export function loadArticles(dir: string): Article[] {
  const files = listFiles(dir, '.md');
  if (!files.length) throw new UsageError(`${dir}: no articles (*.md files) found`);
  const seen = new Map<string, string>();
  return files.map((file) => {
    const article = parseArticle(readTextFile(file), file);
    const other = seen.get(article.id);
    if (other) throw new ArticleError(file, `id "${article.id}" is already used by ${other}`, 1);
    seen.set(article.id, file);
    return article;
  });
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
