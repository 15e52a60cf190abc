import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from './main';

/** Each test starts the CLI as a process (tsx compiles it first): seconds each on a busy machine. */
const SPAWN_TIMEOUT = 120_000;

const bin = join(__dirname, 'bin.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('sourcewise CLI error paths', { timeout: SPAWN_TIMEOUT }, () => {
  let dir: string;
  const files: Record<string, string> = {};

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sourcewise-cli-'));
    files.empty = join(dir, 'empty.json');
    writeFileSync(files.empty, '');
    files.blank = join(dir, 'blank.txt');
    writeFileSync(files.blank, '  \n\n');
    files.binary = join(dir, 'image.json');
    writeFileSync(files.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    files.latin1 = join(dir, 'latin1.json');
    writeFileSync(files.latin1, Buffer.from('{"title": "caf\xe9"}', 'latin1'));
    files.huge = join(dir, 'huge.json');
    const fd = openSync(files.huge, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    files.notJson = join(dir, 'pack.json');
    writeFileSync(files.notJson, '{ "format": ');
    files.badPack = join(dir, 'bad-pack.json');
    writeFileSync(
      files.badPack,
      JSON.stringify({
        format: 'sourcewise-pack',
        version: 1,
        id: 'x',
        title: 'X',
        questions: [{ id: 'a', type: 'true-false', prompt: 'p', skill: 's' }]
      })
    );
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), /no such file/],
    ['an empty file', () => files.empty, /empty/],
    ['a blank file', () => files.blank, /empty/],
    ['a binary file', () => files.binary, /binary/],
    ['a non-UTF-8 file', () => files.latin1, /not valid UTF-8/],
    ['a 50 MB file', () => files.huge, /50\.0 MB; the limit is 10 MB/]
  ])('answers %s with one clear line and exit code 2', (_, file, message) => {
    const result = run('validate', file());
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).toContain(file());
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('lists each pack problem with its JSON path', () => {
    const result = run('validate', files.badPack);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('$.questions[0].answer');
  });

  it('reports JSON syntax errors with the file name', () => {
    const result = run('validate', files.notJson);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('pack.json: not valid JSON');
  });

  it('refuses unknown commands and shows the usage', () => {
    const result = run('frobnicate');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain('usage: sourcewise');
  });
});

describe('sourcewise --help', () => {
  it('explains every command when asked, with exit code 0, and runs nothing', async () => {
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    try {
      for (const command of ['generate', 'quotes', 'classify', 'checks', 'validate', 'convert']) {
        printed.length = 0;
        expect(await main([command, '--help']), command).toBe(0);
        expect(printed.join('\n'), command).toMatch(new RegExp(`^usage: sourcewise ${command}\\b`));
      }
    } finally {
      log.mockRestore();
    }
  });
});
