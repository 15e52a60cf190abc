import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../io';
import { loadCheckDocument, run } from './checks';

const dir = mkdtempSync(join(tmpdir(), 'sourcewise-checks-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

afterEach(() => vi.restoreAllMocks());

describe('sourcewise checks', () => {
  it('prints the findings as JSON with claim and evidence passages', async () => {
    const a = file('a.txt', 'The talks ended after 2 1/2 hours.\n');
    const b = file(
      'b.md',
      '---\nid: b\ntitle: B\noutlet: Metro\npublished: 2025-08-16\nkind: news\n---\nThe meeting lasted about two hours and 45 minutes.\n'
    );
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await run([a, b, '--json'])).toBe(0);
    const { findings } = JSON.parse(log.mock.calls[0][0] as string);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      kind: 'discrepancy',
      claim: { file: a, text: 'The talks ended after 2 1/2 hours.' },
      evidence: {
        file: b,
        text: 'The meeting lasted about two hours and 45 minutes.',
        sourceId: 'b',
        outlet: 'Metro'
      }
    });
    expect(findings[0].explanation).toContain('Metro');
  });

  it('reads front matter from .md articles and keeps offsets into the article text', () => {
    const path = file(
      'c.md',
      '---\nid: c\ntitle: C\noutlet: DW\npublished: 2025-08-15\nkind: news\n---\nBody text here.\n'
    );
    const loaded = loadCheckDocument(path);
    expect(loaded).toMatchObject({ outlet: 'DW', published: '2025-08-15', sourceId: 'c' });
    expect(loaded.text.startsWith('Body text here.')).toBe(true);
  });

  it('refuses a missing file and a call without files with a usage error', async () => {
    await expect(run([join(dir, 'nope.txt')])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['--json'])).rejects.toThrow(/at least one article file/);
  });
});
