/**
 * Corpus articles: `content/articles/<slug>.md` with YAML front matter and the article's own text.
 * Parsing fails with the file name and the problem, so a broken article never ships silently.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { sourceKindSchema, type Source, type SourceKind } from '../packs/schema';
import { ArticleError } from './article-error';
import { SLUG } from './slug';
import { parseText, type TextDocument } from './text';

const frontMatterSchema = z.strictObject({
  /** Absent: the id given by the caller (made from the file name). */
  id: z.string().regex(SLUG, 'use lower-case letters, digits and dashes').optional(),
  title: z.string().min(1),
  /** Left out when the file does not say; questions then name the article by its title. */
  outlet: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  published: z
    .union([z.string(), z.date()])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
    .optional(),
  url: z.url().optional(),
  /** The licence the article is published under, for openly licensed texts (e.g. "CC BY 2.5"). */
  licence: z.string().min(1).optional(),
  kind: sourceKindSchema,
  /** Parts of the text of another kind, located by the exact words they begin with. */
  sections: z
    .array(
      z.strictObject({ kind: sourceKindSchema, startsWith: z.string().min(10), label: z.string().optional() })
    )
    .optional()
});

export type FrontMatter = z.output<typeof frontMatterSchema> & { id: string };

export interface ArticleSection {
  start: number;
  end: number;
  kind: SourceKind;
  label?: string;
}

export interface Article extends TextDocument {
  id: string;
  title: string;
  /** Absent when the article does not say (a pasted text, a plain .txt): never a made-up "Unknown". */
  outlet?: string;
  author?: string;
  published?: string;
  url?: string;
  licence?: string;
  kind: SourceKind;
  sections: ArticleSection[];
  /** Where the article came from (a file path), for messages. */
  origin: string;
}

export { ArticleError };

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Whether a text starts with a front matter block. */
export const hasFrontMatter = (source: string): boolean => FENCE.test(source);

/**
 * Parses a corpus article (front matter + text). `origin` names the file in error messages; `fallbackId` is the id
 * of an article whose front matter names none.
 */
export function parseArticle(source: string, origin: string, fallbackId?: string): Article {
  if (source.includes('\u0000')) throw new ArticleError(origin, 'the file is binary, not text');
  const fence = FENCE.exec(source);
  if (!fence)
    throw new ArticleError(origin, 'missing front matter: the file must start with a "---" line', 1);
  let raw: unknown;
  try {
    raw = parseYaml(fence[1]);
  } catch (error) {
    const yamlLine = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new ArticleError(
      origin,
      `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      yamlLine ? yamlLine + 1 : 2
    );
  }
  const parsed = frontMatterSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || 'front matter';
    throw new ArticleError(origin, `front matter field "${field}": ${issue.message}`, 1);
  }
  const id = parsed.data.id ?? fallbackId;
  if (!id) throw new ArticleError(origin, 'front matter field "id": give the article an id', 1);
  const body = source.slice(fence[0].length);
  if (!body.trim()) throw new ArticleError(origin, 'the article has no text after its front matter');
  return buildArticle({ ...parsed.data, id }, body, origin);
}

/** Turns pasted text (no front matter) into an article, for the teacher's "generate from any article". */
export function articleFromText(text: string, meta: Partial<FrontMatter> & { id: string }): Article {
  const firstLine = text.trim().split('\n')[0]?.trim() ?? '';
  return buildArticle(
    {
      ...meta,
      title: meta.title || firstLine.slice(0, 120) || 'Untitled article',
      kind: meta.kind ?? 'news'
    } as FrontMatter,
    text,
    meta.id
  );
}

function buildArticle(front: FrontMatter, body: string, origin: string): Article {
  const doc = parseText(body);
  const sections: ArticleSection[] = [];
  for (const section of front.sections ?? []) {
    const start = doc.text.indexOf(section.startsWith);
    if (start < 0)
      throw new ArticleError(
        origin,
        `section "${section.kind}" starts with words not found in the text: "${section.startsWith}"`
      );
    sections.push({ start, end: doc.text.length, kind: section.kind, label: section.label });
  }
  sections.sort((a, b) => a.start - b.start);
  sections.forEach((s, i) => (s.end = sections[i + 1]?.start ?? doc.text.length));
  return {
    ...doc,
    id: front.id,
    title: front.title,
    outlet: front.outlet || undefined,
    author: front.author,
    published: front.published || undefined,
    url: front.url,
    licence: front.licence,
    kind: front.kind,
    sections,
    origin
  };
}

/** The kind of text at an offset: a marked section's kind, else the article's. */
export function kindAt(article: Pick<Article, 'kind' | 'sections'>, offset: number): SourceKind {
  return article.sections.find((s) => offset >= s.start && offset < s.end)?.kind ?? article.kind;
}

/** The pack's view of an article: metadata, full text and marked sections. */
export function articleToSource(article: Article): Source {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    author: article.author,
    url: article.url,
    published: article.published,
    kind: article.kind,
    text: article.text,
    sections: article.sections.length ? article.sections : undefined
  };
}
