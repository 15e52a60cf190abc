import { describe, expect, it } from 'vitest';
import { articleInput } from './article-input';

describe('article input', () => {
  it('reduces an HTML page to its article text, without navigation or scripts', () => {
    const html = `<!doctype html><html><head><title>Site | Summit</title><script>alert(1)</script></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Trump and Putin meet in Alaska</h1>
      <p>The talks lasted <b>2&nbsp;1/2 hours</b>.</p><figure><img src="a.jpg"><figcaption>Photo</figcaption></figure>
      <p>“We made progress,” Trump said.</p><aside>Read more</aside></article>
      <footer>© Outlet</footer></body></html>`;
    const article = articleInput(html, 'summit.html');
    expect(article.title).toBe('Trump and Putin meet in Alaska');
    expect(article.text).toBe('The talks lasted 2 1/2 hours.\n\n“We made progress,” Trump said.');
  });

  it('reads Markdown: front matter title, links as their words, no emphasis marks', () => {
    const md =
      '---\ntitle: "The summit"\noutlet: X\n---\nThe talks were **long**, said [the envoy](https://x.org).\n';
    expect(articleInput(md, 'a.md')).toEqual({
      title: 'The summit',
      text: 'The talks were long, said the envoy.'
    });
  });

  it('keeps pasted plain text as it is', () => {
    expect(articleInput('  First line.\r\nSecond <b> line.  ')).toEqual({
      text: 'First line.\nSecond <b> line.'
    });
  });
});
