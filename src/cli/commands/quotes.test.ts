import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/** Each test starts the CLI as a process (tsx compiles it first): seconds each on a busy machine. */
const SPAWN_TIMEOUT = 120_000;

const bin = join(__dirname, '..', 'bin.js');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, 'quotes', ...args], { encoding: 'utf8' });

describe('sourcewise quotes', { timeout: SPAWN_TIMEOUT }, () => {
  let dir: string;
  const body = '“We will build the bridge by June,” Mayor Tom Ellis said on Monday.\n';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sourcewise-quotes-'));
    writeFileSync(join(dir, 'plain.txt'), body);
    writeFileSync(
      join(dir, 'article.md'),
      `---\nid: bridge\ntitle: Bridge\noutlet: Town Post\npublished: 2025-08-15\nkind: news\n---\n${body}`
    );
  });

  it('prints the JSON contract for plain text and for articles, with offsets into the body', () => {
    const result = run(join(dir, 'plain.txt'), join(dir, 'article.md'), '--json');
    expect(result.status).toBe(0);
    const { documents } = JSON.parse(result.stdout);
    expect(documents.map((d: { file: string }) => d.file)).toEqual([
      join(dir, 'plain.txt'),
      join(dir, 'article.md')
    ]);
    for (const doc of documents) {
      const [q] = doc.quotes;
      expect(q).toMatchObject({
        text: 'We will build the bridge by June,',
        speaker: 'Tom Ellis',
        cue: 'said on Monday',
        question: true
      });
      expect(body.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('prints one line per quote without --json', () => {
    const result = run(join(dir, 'plain.txt'));
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toContain('Tom Ellis');
  });

  it('names a missing file in one line and exits with 2', () => {
    const result = run(join(dir, 'nope.txt'), '--json');
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('nope.txt');
  });

  it('asks for a file when given none', () => {
    const result = run('--json');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('sourcewise quotes');
  });
});
