import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from './hooks.server';

const page = (links: string) =>
  `<html><head><title>Home</title>${links}</head><body><p>Text</p></body></html>`;
const link = (file: string, extra = '') =>
  `<link href="./_app/immutable/assets/${file}" rel="stylesheet"${extra}>`;

describe('inlining a page’s stylesheets', () => {
  it('writes each linked sheet into the page and leaves its link disabled, as Kit does for the sheets it inlines', () => {
    const sheets: Record<string, string> = {
      '_app/immutable/assets/0.abc.css': 'body{margin:0}',
      '_app/immutable/assets/3.d-e.css': 'p{color:red}'
    };
    const html = inlineStylesheets(page(link('0.abc.css') + link('3.d-e.css')), (file) => sheets[file]);
    expect(html).toContain(
      '<style>body{margin:0}</style>' + link('0.abc.css', ' disabled media="(max-width: 0)"')
    );
    expect(html).toContain(
      '<style>p{color:red}</style>' + link('3.d-e.css', ' disabled media="(max-width: 0)"')
    );
    expect(html).not.toMatch(/rel="stylesheet">/);
    expect(html).toContain('<body><p>Text</p></body>');
  });

  it('leaves alone links that are already disabled, and pages without stylesheets', () => {
    const disabled = page(link('Icon.css', ' disabled media="(max-width: 0)"'));
    const read = () => {
      throw new Error('nothing should be read');
    };
    expect(inlineStylesheets(disabled, read)).toBe(disabled);
    expect(inlineStylesheets(page(''), read)).toBe(page(''));
  });

  it('refuses a sheet that would close the <style> early', () => {
    expect(() => inlineStylesheets(page(link('0.css')), () => 'a::after{content:"</style>"}')).toThrow(
      /0\.css holds "<\/style"/
    );
  });
});
