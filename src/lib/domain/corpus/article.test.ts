import { describe, expect, it } from 'vitest';
import { ArticleError, articleFromText, articleToSource, kindAt, parseArticle } from './article';

const front = (lines: string[]) => ['---', ...lines, '---'].join('\n');
const good = front([
  'id: dw-summit',
  'title: "Trump admits no deal"',
  'outlet: DW',
  "published: '2025-08-15'",
  'kind: liveblog'
]);

describe('parseArticle', () => {
  it('reads front matter and keeps the text unchanged', () => {
    const article = parseArticle(`${good}\nTrump spoke only of "some headway".\n`, 'dw.md');
    expect(article).toMatchObject({
      id: 'dw-summit',
      outlet: 'DW',
      kind: 'liveblog',
      published: '2025-08-15'
    });
    expect(article.text).toBe('Trump spoke only of "some headway".\n');
    expect(article.sentences[0].text).toBe('Trump spoke only of "some headway".');
  });

  it('locates a marked advocacy section by the words it starts with', () => {
    const md = `${front([
      'id: rare',
      'title: Meet',
      'outlet: Rare',
      "published: '2025-08-15'",
      'kind: news',
      'sections:',
      '  - kind: advocacy',
      '    startsWith: "The recent meeting between"'
    ])}\nNews paragraph.\nThe recent meeting between them raises questions.\n`;
    const article = parseArticle(md, 'rare.md');
    expect(article.sections).toHaveLength(1);
    expect(kindAt(article, 3)).toBe('news');
    expect(kindAt(article, article.text.indexOf('The recent'))).toBe('advocacy');
    expect(articleToSource(article).sections?.[0].kind).toBe('advocacy');
  });

  it.each([
    ['no front matter', 'Just text.', /missing front matter/],
    ['bad YAML', '---\ntitle: [unclosed\n---\ntext', /not valid YAML/],
    [
      'a missing field',
      front(['id: x', 'outlet: O', "published: '2025'", 'kind: news']) + '\ntext',
      /"title"/
    ],
    [
      'an unknown kind',
      front(['id: x', 'title: T', 'outlet: O', "published: '2025'", 'kind: blog']) + '\ntext',
      /"kind"/
    ],
    [
      'an unknown field',
      good.replace('kind: liveblog', 'kind: liveblog\ncolour: red') + '\ntext',
      /colour|unrecognized/i
    ],
    ['no text', `${good}\n\n`, /no text/],
    [
      'a section that is not there',
      good.replace(
        'kind: liveblog',
        'kind: news\nsections:\n  - kind: advocacy\n    startsWith: "words that never appear"'
      ) + '\nBody.',
      /not found/
    ]
  ])('fails with the file name on %s', (_, source, message) => {
    try {
      parseArticle(source, 'content/articles/broken.md');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ArticleError);
      expect((error as Error).message).toContain('content/articles/broken.md');
      expect((error as Error).message).toMatch(message);
    }
  });
});

describe('articleFromText', () => {
  it('makes an article from pasted text, titled by its first line', () => {
    const article = articleFromText('Summit ends\nThe talks ended without a deal.', { id: 'pasted' });
    expect(article.title).toBe('Summit ends');
    expect(article.kind).toBe('news');
    expect(article.sentences.map((s) => s.text)).toContain('The talks ended without a deal.');
    // What the text does not say stays unsaid: no made-up outlet or date.
    expect(article.outlet).toBeUndefined();
    expect(article.published).toBeUndefined();
  });

  it('takes the id from the caller when the front matter names none, and still asks for one otherwise', () => {
    const noId = front(['title: T', 'kind: news']) + '\ntext';
    expect(parseArticle(noId, 'notes/my-file.md', 'my-file')).toMatchObject({ id: 'my-file', title: 'T' });
    expect(() => parseArticle(noId, 'notes/my-file.md')).toThrow(/my-file\.md.*"id"/);
  });
});
