import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validatePack } from '../../lib/domain/packs/validate';

/** Each test starts the CLI as a process (tsx compiles it first): seconds each on a busy machine. */
const SPAWN_TIMEOUT = 120_000;

const bin = join(__dirname, '..', 'bin.js');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, 'convert', ...args], { encoding: 'utf8' });
const MOODLE = join(__dirname, '../../../tests/fixtures/formats/gift/moodle-questions.gift.txt');

describe('sourcewise convert', { timeout: SPAWN_TIMEOUT }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sourcewise-convert-'));
    writeFileSync(join(dir, 'mixed.gift'), 'Good?{T}\n\nBroken {=a\n\nFine?{=yes}\n');
    writeFileSync(join(dir, 'broken.gift'), 'Broken {=a\n');
  });

  it('writes a valid JSON pack to stdout when there is no --out', () => {
    const result = run(MOODLE, '--to', 'json');
    expect(result.status).toBe(0);
    const pack = validatePack(JSON.parse(result.stdout));
    expect(pack.ok && pack.pack.questions).toHaveLength(9);
  });

  it('converts GIFT to GIFT and Kahoot CSV files with --out, and the output converts back', () => {
    const gift = join(dir, 'out.gift');
    expect(run(MOODLE, '--to', 'gift', '--out', gift).status).toBe(0);
    const again = run(gift, '--to', 'json');
    expect(JSON.parse(again.stdout).questions).toHaveLength(9);
    const csv = join(dir, 'out.csv');
    const toCsv = run(MOODLE, '--to', 'kahoot-csv', '--out', csv);
    expect(toCsv.status).toBe(0);
    expect(toCsv.stderr).toContain('not a choice question');
    // The summary counts the questions the warnings name, each once.
    const named = new Set(toCsv.stderr.match(/\$\.questions\[\d+\]/g));
    expect(toCsv.stderr).toContain(
      `; ${named.size} questions changed or left out for Kahoot spreadsheet (CSV) (see the warnings)`
    );
    expect(readFileSync(csv, 'utf8')).toContain('Question - max 120 characters');
  });

  it('writes a Kahoot .xlsx with --out that converts back to the choice questions', () => {
    const xlsx = join(dir, 'out.xlsx');
    expect(run(MOODLE, '--to', 'kahoot-xlsx', '--out', xlsx).status).toBe(0);
    const back = run(xlsx, '--to', 'json');
    expect(back.status).toBe(0);
    const types = (JSON.parse(back.stdout) as { questions: { type: string }[] }).questions.map((q) => q.type);
    // Moodle's fixture has 2 choice and 3 true/false questions; Kahoot takes those, as choice questions.
    expect(types).toEqual(['choice', 'choice', 'choice', 'choice', 'choice']);
  });

  it('writes an Anki deck with --out, nine notes; an .apkg given to convert is refused with exit code 2', () => {
    const apkg = join(dir, 'out.apkg');
    const result = run(MOODLE, '--to', 'anki-apkg', '--out', apkg);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('9 questions from GIFT (Moodle) → anki-apkg');
    // A zip whose first entry is the collection (anki-apkg/write.test.ts opens it and reads the notes).
    expect(readFileSync(apkg).subarray(30, 46).toString()).toBe('collection.anki2');
    const back = run(apkg, '--to', 'json');
    expect(back.status).toBe(2);
    expect(back.stderr).toContain('Sourcewise writes Anki decks but does not read them');
  });

  it('converts to Moodle XML through the registry and reads it back; an unsupported Moodle type is reported by line', () => {
    const xml = join(dir, 'out.xml');
    const result = run(MOODLE, '--to', 'moodle-xml', '--out', xml);
    expect(result.status).toBe(0);
    expect(readFileSync(xml, 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<quiz>/);
    const back = run(xml, '--to', 'json');
    expect(back.status).toBe(0);
    expect(back.stderr).toContain('from Moodle XML');
    expect((JSON.parse(back.stdout) as { questions: unknown[] }).questions).toHaveLength(9);
    const cloze = run(
      join(__dirname, '../../../tests/fixtures/formats/moodle-xml/gapselect.moodle.xml'),
      '--to',
      'json'
    );
    expect(cloze.status).not.toBe(0);
    expect(cloze.stderr).toMatch(/line 12: question 1 \(gapselect, .*\) is not supported/);
  });

  it('converts to Aiken through the registry, naming what Aiken cannot hold, and reads the .txt back', () => {
    const aiken = join(dir, 'out.txt');
    const result = run(MOODLE, '--to', 'aiken', '--out', aiken);
    expect(result.status).toBe(0);
    // Moodle's fixture: essay, matching, multiple answer, numerical and short answer cannot be written; each is named.
    expect(result.stderr).toMatch(/\$\.questions\[0\]: .*left out: an open response question/);
    expect(result.stderr.match(/cannot be expressed in Aiken/g)).toHaveLength(5);
    const back = run(aiken, '--to', 'json');
    expect(back.status).toBe(0);
    expect(back.stderr).toContain('from Aiken (Moodle)');
    const types = (JSON.parse(back.stdout) as { questions: { type: string }[] }).questions.map((q) => q.type);
    // The single-answer choice and the three true/false questions (written as True/False choices).
    expect(types).toEqual(['choice', 'choice', 'choice', 'choice']);
  });

  it('lists skipped items with their line and exits 1; unusable input exits 2', () => {
    const mixed = run(join(dir, 'mixed.gift'), '--to', 'json');
    expect(mixed.status).toBe(1);
    expect(mixed.stderr).toMatch(/mixed\.gift: line 3: the answers have no closing \}.*\(skipped\)/);
    expect(JSON.parse(mixed.stdout).questions).toHaveLength(2);
    const broken = run(join(dir, 'broken.gift'), '--to', 'json');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.gift: line 1: /);
    expect(broken.stdout).toBe('');
  });

  it('refuses a file no format claims with exit code 2 and writes nothing', () => {
    const article = join(dir, 'article.txt');
    writeFileSync(article, 'The summit was held in Anchorage.\n\nIt lasted less than three hours.\n');
    const out = join(dir, 'article.json');
    const result = run(article, '--to', 'json', '--out', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/article\.txt: .*not a file Sourcewise reads.*GIFT \(Moodle\)/);
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses bad arguments with exit code 2', () => {
    expect(run(MOODLE, '--to', 'pdf').status).toBe(2);
    expect(run(MOODLE).stderr).toContain('--to must be one of');
    expect(run(MOODLE, '--to', 'kahoot-xlsx').stderr).toContain('give --out');
    expect(run(join(dir, 'missing.gift'), '--to', 'json').stderr).toContain('no such file');
  });
});
