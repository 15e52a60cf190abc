import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeLines } from '../lib/domain/corpus/boilerplate';
import { idFromFileName, loadArticles, readArticleFile } from './corpus-loader';

const FIXTURES = 'tests/fixtures/articles';
const SAVED_PAGE = join(FIXTURES, 'france24-bangladesh-blogger.html');
const PLAIN_TEXT = join(FIXTURES, 'plain-news.txt');

/** The text a question can be drawn from: the article's text without the lines the generator leaves out. */
const readable = (text: string) => {
  const leftOut = new Set(chromeLines(text));
  return text
    .split('\n')
    .filter((line) => !leftOut.has(line.trim()))
    .join('\n');
};

describe('reading a saved news page (.html)', async () => {
  const article = await readArticleFile(SAVED_PAGE);

  it("takes the article's headline, outlet and address from the page, not the site banner", () => {
    expect(article.title).toBe('Third blogger hacked to death in Bangladesh');
    expect(article.outlet).toBe('France 24');
    expect(article.url).toBe('http://www.france24.com/en/20150512-bangladesh-third-blogger-hacked-death');
    expect(article.id).toBe('france24-bangladesh-blogger');
  });

  it('keeps every paragraph of the report, in order', () => {
    expect(article.text).toMatch(/^A blogger was hacked to death by assailants using machetes/);
    const das = article.text.indexOf('Ananta Bijoy Das, a 33-year-old blogger');
    const haider = article.text.indexOf('Their deaths followed the similar killing in 2013');
    expect(das).toBeGreaterThan(0);
    expect(haider).toBeGreaterThan(das);
  });

  it('leaves out the navigation, share buttons, photo credit, byline, related links and sidebar', () => {
    const text = readable(article.text);
    for (const furniture of [
      'International News 24/7',
      'Tweet',
      'Munir uz Zaman',
      'NEWS WIRES',
      'Read more',
      'Atheist US blogger',
      'Top stories',
      'Yemen ceasefire',
      'COMMENT(S)',
      'FRANCE 24 with AFP',
      'Date created'
    ])
      expect(text, furniture).not.toContain(furniture);
  });

  it('gives no date when the page has none, rather than a made-up one', () => {
    expect(article.published).toBeUndefined();
  });

  it('reads the date a page gives in its metadata', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcewise-html-'));
    const file = join(dir, 'dated.html');
    writeFileSync(
      file,
      `<html><head><title>Council approves buses</title>
      <meta property="article:published_time" content="2024-05-02T09:30:00Z"></head>
      <body><article><h1>Council approves buses</h1>${'<p>The council approved 40 new buses for the northern routes, the mayor said on Tuesday after a long debate.</p>'.repeat(4)}</article></body></html>`
    );
    const dated = await readArticleFile(file);
    expect(dated).toMatchObject({ published: '2024-05-02', title: 'Council approves buses' });
    expect(dated.outlet).toBeUndefined();
  });

  it('refuses a page without article text, naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcewise-html-'));
    const file = join(dir, 'empty.html');
    writeFileSync(file, '<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>');
    await expect(readArticleFile(file)).rejects.toThrow(/empty\.html.*no article text found in this page/);
  });
});

describe('reading a plain-text article (.txt)', async () => {
  const article = await readArticleFile(PLAIN_TEXT);

  it('takes the first line as the title and the rest as the article, with no outlet or date', () => {
    expect(article.title).toBe('Third blogger hacked to death in Bangladesh');
    expect(article.text).toMatch(/^A blogger was hacked to death/);
    expect(article.text).not.toContain('Third blogger hacked to death in Bangladesh');
    expect(article.outlet).toBeUndefined();
    expect(article.published).toBeUndefined();
    expect(article.id).toBe('plain-news');
  });
});

describe('a folder of articles', () => {
  it('reads .md, .txt and .html together; Markdown front matter may leave out the id, outlet and date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcewise-folder-'));
    mkdirSync(join(dir, 'articles'));
    const articles = join(dir, 'articles');
    writeFileSync(join(articles, 'a.txt'), 'Title line\n\nThe council met on Tuesday.');
    writeFileSync(
      join(articles, 'B Story.md'),
      '---\ntitle: A story\nkind: news\n---\nThe mayor spoke on Friday.'
    );
    writeFileSync(
      join(articles, 'c.html'),
      '<html><body><article><h1>Page</h1><p>Text.</p></article></body></html>'
    );
    writeFileSync(join(articles, 'notes.docx'), 'ignored');
    const read = await loadArticles(articles);
    expect(read.map((a) => [a.id, a.title, a.outlet ?? null]).sort()).toEqual([
      ['a', 'Title line', null],
      ['b-story', 'A story', null],
      ['c', 'Page', null]
    ]);
  });

  it('makes ids from file names', () => {
    expect(idFromFileName('/x/Blogger killed (AFP).HTML')).toBe('blogger-killed-afp');
    expect(idFromFileName('/x/___.txt')).toBe('article');
  });
});
