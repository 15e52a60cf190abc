import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModules, importsOf } from '../../scripts/check-modules.mjs';

/** A throw-away project tree: path → source. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'check-modules-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('check-modules', () => {
  it('reads static, type-only, re-exported and dynamic imports', () => {
    const text = [
      "import a from './a';",
      "import type { B } from '$lib/b';",
      "export { c } from './c';",
      "import './d.css';",
      'const e = () => import("./e");',
      "import {\n  f,\n  type G\n} from './f';"
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', '$lib/b', './c', './d.css', './f', './e']);
  });

  it('passes a tree whose rooms are entered by their doors', () => {
    const root = tree({
      'src/lib/domain/room/index.ts': "export { inner } from './inner';",
      'src/lib/domain/room/inner.ts': "import type { X } from './types';\nexport const inner = 1;",
      'src/lib/domain/room/types.ts': 'export type X = number;',
      'src/routes/page.ts': "import { inner } from '$lib/domain/room';"
    });
    expect(checkModules(root)).toEqual([]);
  });

  it('reports a cycle with its path, and a door bypassed', () => {
    const root = tree({
      'src/lib/domain/room/index.ts': "export { a } from './a';",
      'src/lib/domain/room/a.ts': "import { b } from './b';\nexport const a = b;",
      'src/lib/domain/room/b.ts': "import type { A } from './a';\nexport const b = 1;",
      'src/lib/domain/room/nested/index.ts': 'export const n = 1;',
      'src/lib/domain/room/nested/deep.ts': 'export const d = 1;',
      'src/lib/domain/room/c.ts': "import { d } from './nested/deep';",
      'src/cli/main.ts': "const load = () => import('../lib/domain/room/a');"
    });
    expect(checkModules(root)).toEqual([
      'import cycle: src/lib/domain/room/a.ts → src/lib/domain/room/b.ts → src/lib/domain/room/a.ts',
      'door bypassed: src/cli/main.ts imports src/lib/domain/room/a.ts; import src/lib/domain/room/index.ts instead',
      'door bypassed: src/lib/domain/room/c.ts imports src/lib/domain/room/nested/deep.ts; import src/lib/domain/room/nested/index.ts instead'
    ]);
  });

  it('leaves folders without a door alone, and lets tests reach a room’s test helpers', () => {
    const root = tree({
      'src/lib/domain/open/a.ts': 'export const a = 1;',
      'src/lib/domain/room/index.ts': 'export const r = 1;',
      'src/lib/domain/room/test-fixtures.ts': 'export const f = 1;',
      'src/lib/other.test.ts':
        "import { a } from './domain/open/a';\nimport { f } from './domain/room/test-fixtures';"
    });
    expect(checkModules(root)).toEqual([]);
  });

  it('lets other folders use the side doors a room names in its index.ts, and no other module', () => {
    const root = tree({
      'src/lib/domain/room/index.ts':
        "// side doors: lazy.ts — loaded on demand\nexport * from './lazy';\nexport * from './other';",
      'src/lib/domain/room/lazy.ts': 'export const lazy = 1;',
      'src/lib/domain/room/other.ts': 'export const other = 1;',
      'src/routes/page.ts':
        "const a = () => import('$lib/domain/room/lazy');\nimport { other } from '$lib/domain/room/other';"
    });
    expect(checkModules(root)).toEqual([
      'door bypassed: src/routes/page.ts imports src/lib/domain/room/other.ts; import src/lib/domain/room/index.ts instead'
    ]);
  });
});
