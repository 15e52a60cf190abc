import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkFormsFile } from '../../lib/domain/discernment';
import { main } from '../main';
import { loadArticles } from '../corpus-loader';
import { run } from './discernment';
import { run as generate } from './generate';

/** Building the forms runs the generator over the check's articles: seconds on a busy machine. */
const SLOW = 120_000;
let log: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  log = vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const printed = () => log.mock.calls.map((c: unknown[]) => String(c[0])).join('\n');

describe('sourcewise discernment', () => {
  it(
    'prints a form as JSON: 20 items, each with its statement, key and evidence',
    async () => {
      expect(await run(['--form', 'A', '--json'])).toBe(0);
      const out = JSON.parse(printed()) as {
        form: string;
        items: { statement: string; key: string; evidence: { sentence: string; sourceId: string } }[];
      };
      expect(out.form).toBe('A');
      expect(out.items).toHaveLength(20);
      expect(out.items.filter((i) => i.key === 'accurate')).toHaveLength(10);
      expect(out.items.filter((i) => i.key === 'altered')).toHaveLength(10);
      for (const item of out.items) {
        expect(item.statement.length).toBeGreaterThan(0);
        expect(item.evidence.sentence.length).toBeGreaterThan(0);
      }
    },
    SLOW
  );

  it(
    'writes both forms as a valid forms file, and prints form B for review',
    async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'sourcewise-check-')), 'discernment', 'forms.json');
      expect(await run(['--out', out, '--seed', '5'])).toBe(0);
      const checked = checkFormsFile(JSON.parse(readFileSync(out, 'utf8')));
      expect(checked.ok).toBe(true);
      log.mockClear();
      expect(await run(['--form', 'B', '--seed', '5'])).toBe(0);
      const text = printed();
      expect(text).toMatch(/^Discernment check, form B/);
      expect(text).toMatch(/\[altered\] .*\n {4}changed: “.+” → “.+”\n {4}reported: /);
      expect(text).toMatch(/20 statements: 10 accurate, 10 altered$/);
    },
    SLOW
  );

  it('refuses the practice packs’ articles and unclear options with a plain message', async () => {
    const error = vi.mocked(console.error);
    expect(await main(['discernment', 'content/articles', '--form', 'A'])).toBe(2);
    expect(String(error.mock.calls.at(-1)?.[0])).toMatch(/these are the practice packs' articles/);
    expect(await main(['discernment', '--form', 'C'])).toBe(2);
    expect(String(error.mock.calls.at(-1)?.[0])).toBe(
      'sourcewise discernment: --form must be A or B, not "C"'
    );
    expect(await main(['discernment'])).toBe(2);
    expect(await main(['discernment', '--help'])).toBe(0);
    expect(printed()).toMatch(/usage: sourcewise discernment \[articles dir\] --form A\|B \[--json\]/);
  });

  it('keeps the check’s articles out of every practice pack', async () => {
    const check = await loadArticles('content/discernment');
    const practice = await loadArticles('content/articles');
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    for (const article of check) {
      expect(practice.map((a) => a.id)).not.toContain(article.id);
      // Not even a paragraph of a check article is in a practice article.
      for (const paragraph of article.text.split(/\n\s*\n/).filter((p) => p.length > 80))
        expect(practice.some((a) => flat(a.text).includes(flat(paragraph)))).toBe(false);
    }
    // The built-in packs are written from content/articles only: the check's folder cannot be made into them.
    const error = vi.mocked(console.error);
    expect(await main(['generate', 'content/discernment'])).toBe(2);
    expect(String(error.mock.calls.at(-1)?.[0])).toMatch(/say where the packs go with --out/);
    await expect(generate(['content/discernment', '--out', 'static/packs'])).rejects.toThrow(
      /holds the built-in packs/
    );
  });
});
