/** The check's own articles, read from disk (used by tests only). */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle, type Article } from '../corpus/article';

export const CHECK_DIR = 'content/discernment';

export function loadCheckArticles(): Article[] {
  return readdirSync(CHECK_DIR)
    .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
    .sort()
    .map((f) => parseArticle(readFileSync(`${CHECK_DIR}/${f}`, 'utf8'), `${CHECK_DIR}/${f}`));
}
