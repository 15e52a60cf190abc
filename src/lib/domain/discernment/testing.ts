/** Test helpers: the check's own articles, read from disk, and a small forms file of made-up facts. */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle, type Article } from '../corpus/article';
import { FORMS_FORMAT, FORMS_VERSION, type CheckItem, type FormsFile } from './forms';

export const CHECK_DIR = 'content/discernment';

export function loadCheckArticles(): Article[] {
  return readdirSync(CHECK_DIR)
    .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
    .sort()
    .map((f) => parseArticle(readFileSync(`${CHECK_DIR}/${f}`, 'utf8'), `${CHECK_DIR}/${f}`));
}

/** Fact `n` as an item: reported exactly, or with its number changed. */
export function checkItemFixture(n: number, key: 'accurate' | 'altered'): CheckItem {
  const sentence = `Fact ${n} says ${n + 10} boats came.`;
  return key === 'accurate'
    ? {
        id: `i${n}`,
        statement: sentence,
        key,
        evidence: { sourceId: 's', sentence },
        detailKind: 'number',
        confidence: 0.85
      }
    : {
        id: `i${n}`,
        statement: sentence.replace(`${n + 10}`, '999'),
        key,
        change: { from: `${n + 10}`, to: '999' },
        evidence: { sourceId: 's', sentence },
        detailKind: 'number',
        confidence: 0.85
      };
}

/** Two balanced forms of made-up facts: A holds facts 0–19, B 100–119; even positions are accurate. */
export function formsFixture(): FormsFile {
  const form = (offset: number) =>
    Array.from({ length: 20 }, (_, i) => checkItemFixture(offset + i, i % 2 ? 'altered' : 'accurate'));
  return {
    format: FORMS_FORMAT,
    version: FORMS_VERSION,
    edition: 'e1',
    seed: 1,
    sources: [{ id: 's', title: 'T', outlet: 'O' }],
    forms: { A: form(0), B: form(100) }
  };
}
