/**
 * An article a teacher brings to the generator: pasted text, or a .txt, .md or .html file. HTML is reduced to its
 * article text (the `<article>` or `<main>` element when there is one, without navigation, scripts or forms);
 * Markdown loses its front matter, link targets and emphasis marks. The result is plain text with a title guess.
 */
import { decodeEntities, htmlToText, markdownToText } from './shared/plain-text';

export interface ArticleInput {
  text: string;
  /** A title found in the file (`<h1>`, `<title>`, a `# heading`, front matter), if any. */
  title?: string;
}

/** Longest article text accepted, matching the pack schema's cap on a source's text. */
export const MAX_ARTICLE_CHARS = 500_000;

function inner(html: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'i').exec(html);
  return match?.[1];
}

const stripTags = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

export function articleFromHtml(html: string): ArticleInput {
  const title = stripTags(inner(html, 'h1') ?? inner(html, 'title') ?? '') || undefined;
  let body = inner(html, 'article') ?? inner(html, 'main') ?? inner(html, 'body') ?? html;
  body = body.replace(/<(nav|header|footer|aside|form|figure|button|noscript|svg)\b[\s\S]*?<\/\1\s*>/gi, '');
  body = body.replace(/<img\b[^>]*>/gi, '');
  let text = htmlToText(body).text;
  if (title && text.startsWith(title)) text = text.slice(title.length).trim();
  return { text, title };
}

export function articleFromMarkdown(markdown: string): ArticleInput {
  let body = markdown.replace(/^\ufeff/, '');
  let title: string | undefined;
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(body);
  if (front) {
    title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1])?.[1];
    body = body.slice(front[0].length);
  }
  const heading = /^#\s+(.+)$/m.exec(body);
  if (heading && !title) title = heading[1].trim();
  body = body
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^>\s?/gm, '');
  return { text: markdownToText(body), title };
}

/** A plain-text file: its first line is the title, the rest the article. */
export function articleFromPlainText(text: string): ArticleInput {
  const lines = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n');
  const title = lines[0].trim();
  const body = lines.slice(1).join('\n').trim();
  // A one-line file is all text: a title alone would leave nothing to ask about.
  return body ? { text: body, title: title || undefined } : { text: title };
}

/** Reads an article from a file name and its text, or pasted text when there is no name. */
export function articleInput(text: string, fileName = ''): ArticleInput {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const looksHtml = /^\s*(<!doctype html|<html\b)/i.test(text);
  const read =
    ext === 'html' || ext === 'htm' || looksHtml
      ? articleFromHtml(text)
      : ext === 'md' || ext === 'markdown'
        ? articleFromMarkdown(text)
        : ext === 'txt'
          ? articleFromPlainText(text)
          : {
              text: text
                .replace(/^\ufeff/, '')
                .replace(/\r\n?/g, '\n')
                .trim()
            };
  return { ...read, text: read.text.slice(0, MAX_ARTICLE_CHARS) };
}
