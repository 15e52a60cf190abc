import { describe, expect, it } from 'vitest';
import { detectFormat, importBytes, importFile, importText, MAX_FILE_BYTES } from './import';

const bytes = (text: string) => new TextEncoder().encode(text);
const buffer = (data: Uint8Array) =>
  data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;

describe('import: format detection and preview', () => {
  it('detects formats by name and content', () => {
    expect(detectFormat('a.gift', bytes('x'))).toBe('gift');
    expect(detectFormat('a.txt', bytes('  {"format": "sourcewise-pack"}'))).toBe('json');
    expect(detectFormat('a.txt', bytes(',Question - max 120 characters,Answer 1'))).toBe('kahoot-csv');
    expect(detectFormat('a.bin', new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('kahoot-xlsx');
    expect(detectFormat('quiz', bytes('Q?{T}'))).toBe('gift');
  });

  it('goes by content first and by the extension second', () => {
    // A .csv is not assumed to be a Kahoot sheet: GIFT text in it is GIFT.
    expect(detectFormat('quiz.csv', bytes('::Q1:: Where?{=Anchorage ~Moscow}'))).toBe('gift');
    expect(detectFormat('pack.gift', bytes('{"format": "sourcewise-pack"}'))).toBe('json');
    // A headerless Kahoot CSV is claimed by nothing but its extension.
    expect(detectFormat('sheet.csv', bytes('1,Which one?,a,b,,,20,1'))).toBe('kahoot-csv');
  });

  it('refuses a file no format claims, naming the formats it reads, and points prose to Generate', async () => {
    expect(detectFormat('notes.txt', bytes('The summit was held in Alaska.'))).toBeUndefined();
    const article = 'The summit was held in Anchorage.\n\nIt lasted less than three hours.\n';
    for (const result of [
      await importText('article.txt', article),
      await importBytes('article.txt', buffer(bytes(article)))
    ]) {
      if (result.ok) throw new Error('expected a refusal');
      expect(result.problems).toHaveLength(1);
      const { message } = result.problems[0];
      for (const label of [
        'Sourcewise pack (JSON)',
        'GIFT (Moodle)',
        'Kahoot spreadsheet (.xlsx)',
        'Kahoot spreadsheet (CSV)'
      ])
        expect(message).toContain(label);
      expect(message).toContain('sourcewise generate');
    }
  });

  it('previews what will be imported and what was skipped, by line', async () => {
    const result = await importText('Unit 1 quiz.gift', 'Good?{T}\n\nBroken {=a\n\nAlso good?{=yes}');
    if (!result.ok) throw new Error('expected a preview');
    expect(result.preview.format).toBe('gift');
    expect(result.preview.pack.title).toBe('Unit 1 quiz');
    expect(result.preview.pack.questions.map((q) => q.type)).toEqual(['true-false', 'short-answer']);
    expect(result.preview.skipped).toEqual([
      { place: { line: 3 }, message: expect.stringContaining('no closing }') }
    ]);
  });

  it('refuses a file where nothing can be imported, with the reasons', async () => {
    expect(await importText('bad.gift', 'Q {=a')).toMatchObject({
      ok: false,
      problems: [{ place: { line: 1 } }]
    });
  });

  it('refuses a file over 10 MB before reading it', async () => {
    let read = false;
    const result = await importFile({
      name: 'big.gift',
      size: MAX_FILE_BYTES + 1,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      }
    });
    expect(read).toBe(false);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining('the limit is 10 MB') }]
    });
  });

  it('refuses binary and non-UTF-8 files with the line', async () => {
    expect(await importBytes('x.gift', buffer(new Uint8Array([81, 10, 0, 1])))).toMatchObject({
      ok: false,
      problems: [{ place: { line: 2 }, message: expect.stringContaining('binary') }]
    });
    expect(
      await importBytes('x.gift', buffer(new Uint8Array([81, 10, 10, 0xe9, 123, 84, 125])))
    ).toMatchObject({
      ok: false,
      problems: [{ place: { line: 3 }, message: expect.stringContaining('UTF-8') }]
    });
  });

  it('caps a pack at 5,000 questions and says how many were left out', async () => {
    const text = Array.from({ length: 5003 }, (_, i) => `Q${i}?{T}`).join('\n\n');
    const result = await importText('many.gift', text);
    if (!result.ok) throw new Error('expected a preview');
    expect(result.preview.pack.questions).toHaveLength(5000);
    expect(result.preview.skipped).toEqual([
      { place: { line: 10001 }, message: expect.stringContaining('3 more were not imported') }
    ]);
  });
});
