import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, importText } from '../import';
import { aiken } from './format';

const FORMATS = new URL('../../../../../tests/fixtures/formats/', import.meta.url);
const fixture = (path: string) => readFileSync(new URL(path, FORMATS), 'utf8');
// What import.ts passes to sniff: the start of the file, trimmed.
const sniff = (text: string) =>
  aiken.sniff({ bytes: new Uint8Array(), text: text.slice(0, 2000).trimStart() });
const bytes = (text: string) => new TextEncoder().encode(text);

describe('Aiken detection', () => {
  it("claims Moodle's Aiken fixtures by content, whatever the file is called", () => {
    for (const name of ['moodle-questions.aiken.txt', 'moodle-aiken-errors.txt']) {
      const text = fixture(`aiken/${name}`);
      expect(sniff(text), name).toBeGreaterThan(0);
      expect(detectFormat('quiz.txt', bytes(text))).toBe('aiken');
      expect(detectFormat('quiz.gift', bytes(text))).toBe('aiken');
    }
  });

  it('does not claim any GIFT fixture', () => {
    const files = [
      'gift/moodle-questions.gift.txt',
      ...readdirSync(new URL('gift/gift-pegjs/', FORMATS))
        .filter((f) => f.endsWith('.gift'))
        .map((f) => `gift/gift-pegjs/${f}`),
      ...readdirSync(new URL('gift/gift-parser-ide-errors/', FORMATS))
        .filter((f) => f.endsWith('.gift'))
        .map((f) => `gift/gift-parser-ide-errors/${f}`)
    ];
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) expect(sniff(fixture(file)), file).toBe(0);
  });

  it('does not claim JSON, Kahoot CSV, prose or a quiz with answers written out in words', () => {
    const notAiken = [
      fixture('gift/gift-pegjs/giftFormatPhpExamples.json'),
      ',Question - max 120 characters,Answer 1 - max 75 characters,Correct answer(s)\n1,Which one?,A,B,,,20,1',
      'The summit was held in Anchorage.\n\nA. Lincoln was not there. It lasted less than three hours.\n',
      // A list of options in an article, without an ANSWER line for them.
      'Three things changed:\nA) the venue\nB) the date\nC) the guests\n\nThe rest stayed the same.',
      // An ANSWER naming a letter none of the options before it has.
      'Q?\nA) a\nB) b\nANSWER: D'
    ];
    for (const text of notAiken) expect(sniff(text), text.slice(0, 40)).toBe(0);
  });

  it('a .txt article is still refused, naming Aiken among the formats read', async () => {
    expect(detectFormat('notes.txt', bytes('The summit was held in Alaska.'))).toBeUndefined();
    const result = await importText(
      'article.txt',
      'The summit was held in Anchorage.\n\nIt lasted an hour.\n'
    );
    expect(result).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining('Aiken (Moodle)') }]
    });
  });
});
