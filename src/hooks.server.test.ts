import { describe, expect, it } from 'vitest';
import type { ClientGraph } from './build/client-graph';
import { completeModulepreloads, inlineStylesheets } from './hooks.server';

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

describe('completing a page’s module preloads', () => {
  const preload = (file: string, prefix = '../') =>
    `<link href="${prefix}_app/immutable/${file}" rel="modulepreload">`;
  // The page imports its node; the node imports a shared chunk, which imports zod; the app state (also imported by the
  // node) imports storage lazily, and storage statically imports zod too: Kit, meeting zod behind the lazy import
  // first, left it out.
  const graph: ClientGraph = {
    'nodes/12.js': {
      file: '_app/immutable/nodes/12.a.js',
      imports: ['_app.js', '_shared.js'],
      isEntry: true
    },
    '_app.js': { file: '_app/immutable/chunks/app.js', dynamicImports: ['_storage.js'] },
    '_storage.js': { file: '_app/immutable/chunks/storage.js', imports: ['_zod.js'] },
    '_shared.js': { file: '_app/immutable/chunks/shared.js', imports: ['_storage.js', '_zod.js'] },
    '_zod.js': { file: '_app/immutable/chunks/zod.js' },
    '_lazy.js': { file: '_app/immutable/chunks/lazy.js' }
  };

  it('adds every chunk the preloaded chunks import statically, with the page’s own relative prefix', () => {
    const kit = [preload('nodes/12.a.js'), preload('chunks/app.js'), preload('chunks/shared.js')].join('');
    const html = completeModulepreloads(page(kit), graph);
    expect(html).toContain(preload('chunks/storage.js'));
    expect(html).toContain(preload('chunks/zod.js'));
    expect(html).not.toContain('lazy.js');
    // Each chunk once, and the page otherwise as it was.
    expect(html.match(/zod\.js/g)).toHaveLength(1);
    expect(html.replace(/<link[^>]*>/g, '')).toBe(page(''));
  });

  it('leaves a page alone when its list is complete or it preloads nothing', () => {
    const full = page(
      ['nodes/12.a.js', 'chunks/app.js', 'chunks/shared.js', 'chunks/storage.js', 'chunks/zod.js']
        .map((file) => preload(file, './'))
        .join('')
    );
    expect(completeModulepreloads(full, graph)).toBe(full);
    expect(completeModulepreloads(page(''), graph)).toBe(page(''));
  });
});
