/**
 * Property tests: random and mutated inputs to every importer. None may throw, every imported question must be
 * valid, and every rejection must name a line, row or field.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKahootCsv } from './kahoot-csv/csv';
import { hasPlace, type ImportIssue } from '../packs/errors';
import { importText, type ImportResult } from './import';
import { readKahootRows, type Cell } from './shared/kahoot-rows';
import { readKahootXlsx } from './kahoot-xlsx/xlsx';
import { readPackFragment } from './share';
import { questionSchema } from '../packs/schema';

const RUNS = 10_000;
const GIFT_FIXTURES = new URL('../../../../tests/fixtures/formats/gift/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, GIFT_FIXTURES), 'utf8');

/** Applies random single-character edits, biased towards the characters each format cares about. */
function mutated(base: string, alphabet: string): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('insert', 'delete', 'replace', 'duplicate-line'),
    ch: fc.oneof(fc.constantFrom(...alphabet), fc.string({ maxLength: 3 }))
  });
  return fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => {
    let text = base;
    for (const { at, kind, ch } of edits) {
      const i = text.length ? at % (text.length + 1) : 0;
      if (kind === 'insert') text = text.slice(0, i) + ch + text.slice(i);
      else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
      else if (kind === 'replace') text = text.slice(0, i) + ch + text.slice(i + ch.length);
      else {
        const lines = text.split('\n');
        const l = i % Math.max(lines.length, 1);
        lines.splice(l, 0, lines[l] ?? '');
        text = lines.join('\n');
      }
    }
    return text;
  });
}

function textFrom(alphabet: string): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...alphabet) }, fc.string({ maxLength: 4 })), {
      maxLength: 120
    })
    .map((parts) => parts.join(''));
}

/** Every issue in a result names its place, and every question in a preview is valid on its own. */
function checkResult(result: ImportResult, needs: (issue: ImportIssue) => boolean) {
  const issues = result.ok ? [...result.preview.skipped, ...result.preview.warnings] : result.problems;
  for (const item of issues) {
    expect(hasPlace(item.place), JSON.stringify(item)).toBe(true);
    expect(needs(item), JSON.stringify(item)).toBe(true);
    expect(item.message.length).toBeGreaterThan(0);
  }
  if (result.ok)
    for (const q of result.preview.pack.questions) expect(questionSchema.safeParse(q).success).toBe(true);
}

const GIFT_ALPHABET = '{}~=#:\\%->[]$/\n \tTFabc0123._';
const GIFT_SEEDS = [
  read('moodle-questions.gift.txt'),
  read('gift-pegjs/giftFormatPhpExamples.gift'),
  read('gift-pegjs/numerical1.gift'),
  read('gift-pegjs/options1.gift'),
  read('gift-parser-ide-errors/unescapedCharacters2.gift')
];

describe('property: importers never throw and always say where', () => {
  it('GIFT: random and mutated files', { timeout: 120_000 }, async () => {
    const input = fc.oneof(
      textFrom(GIFT_ALPHABET),
      ...GIFT_SEEDS.map((seed) => mutated(seed, GIFT_ALPHABET))
    );
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        const result = await importText('random.gift', text, 'gift');
        checkResult(result, (item) => item.place.line !== undefined && item.place.line >= 1);
      }),
      { numRuns: RUNS }
    );
  });

  const AIKEN_ALPHABET = 'ABCDZab).:\n\r \tANSWER: ';
  const AIKEN_SEEDS = [
    readFileSync(new URL('../aiken/moodle-questions.aiken.txt', GIFT_FIXTURES), 'utf8'),
    readFileSync(new URL('../aiken/moodle-aiken-errors.txt', GIFT_FIXTURES), 'utf8')
  ];

  it('Aiken: random and mutated files, each read in bounded time', { timeout: 120_000 }, async () => {
    const input = fc.oneof(
      textFrom(AIKEN_ALPHABET),
      ...AIKEN_SEEDS.map((seed) => mutated(seed, AIKEN_ALPHABET))
    );
    await importText('warm-up.txt', AIKEN_SEEDS[0], 'aiken'); // the reader loads on demand: not timed
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        const started = performance.now();
        const result = await importText('random.txt', text, 'aiken');
        // Generous for a busy machine; a reader that backtracks or rescans would take far longer on some input.
        expect(performance.now() - started).toBeLessThan(1000);
        checkResult(result, (item) => item.place.line !== undefined && item.place.line >= 1);
      }),
      { numRuns: RUNS }
    );
  });

  const CSV_ALPHABET = ',"\n\r;1234 abcQuestion- Answer';
  const CSV_SEED = [
    ',Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,Answer 3 - max 75 characters,Answer 4 - max 75 characters,"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",Correct answer(s) - choose at least one',
    '1,Which one?,Excel,Google Docs,Numbers,LibreOffice,60,"1,2,3,4"',
    '2,"Quoted, with comma",a,b,,,20,2',
    '3,Third,x,y,z,,90,3'
  ].join('\n');

  it('Kahoot CSV: random and mutated files', { timeout: 120_000 }, async () => {
    const input = fc.oneof(textFrom(CSV_ALPHABET), mutated(CSV_SEED, CSV_ALPHABET));
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        checkResult(
          await importText('random.csv', text, 'kahoot-csv'),
          (item) => item.place.row !== undefined
        );
        const direct = readKahootCsv(text);
        for (const item of [...direct.skipped, ...direct.warnings]) expect(item.place.row).toBeGreaterThan(0);
      }),
      { numRuns: RUNS }
    );
  });

  const CARD_ALPHABET = '\t,;|"\n\r #:/-<>abcFrontBackTagsseparator:html:true';
  const CARD_FIXTURES = new URL('../flashcards/', GIFT_FIXTURES);
  const CARD_SEEDS = {
    quizlet: ['quizlet-german-comma-semicolon.txt', 'quizlet-idioms-custom.txt'],
    'anki-text': ['anki-literatura-html.txt', 'anki-k8s-comma-columns.csv'],
    'card-table': ['cards-selection-sort.csv']
  } as const;

  it.each(Object.keys(CARD_SEEDS) as (keyof typeof CARD_SEEDS)[])(
    'flashcards (%s): random and mutated files, each read in bounded time',
    { timeout: 180_000 },
    async (format) => {
      const seeds = CARD_SEEDS[format].map((name) => readFileSync(new URL(name, CARD_FIXTURES), 'utf8'));
      await importText('warm-up.txt', seeds[0], format);
      const input = fc.oneof(textFrom(CARD_ALPHABET), ...seeds.map((seed) => mutated(seed, CARD_ALPHABET)));
      await fc.assert(
        fc.asyncProperty(input, async (text) => {
          const started = performance.now();
          const result = await importText('random.txt', text, format);
          expect(performance.now() - started).toBeLessThan(1000);
          checkResult(result, (item) => (item.place.line ?? item.place.row ?? 0) >= 1);
        }),
        { numRuns: RUNS }
      );
    }
  );

  it('Kahoot rows: random cells of every type', { timeout: 120_000 }, () => {
    const cell: fc.Arbitrary<Cell> = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.integer({ min: -5, max: 300 }),
      fc.constantFrom(null, undefined, true, '1,2', '4', 'Question', 'Answer 1', 'Answer 2', 'Correct'),
      fc.date({ noInvalidDate: false })
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 15 }), (rows) => {
        const result = readKahootRows(rows);
        for (const item of [...result.skipped, ...result.warnings]) expect(item.place.row).toBeGreaterThan(0);
      }),
      { numRuns: RUNS }
    );
  });

  const PACK = JSON.stringify({
    format: 'sourcewise-pack',
    version: 1,
    id: 'p',
    title: 'T',
    sources: [{ id: 's', title: 'S', outlet: 'O', kind: 'news' }],
    questions: [
      { id: 'a', type: 'true-false', prompt: 'P', skill: 'general', answer: true },
      { id: 'b', type: 'choice', prompt: 'Q', skill: 'general', options: [{ text: 'x', weight: 100 }] },
      {
        id: 'c',
        type: 'numerical',
        prompt: 'N',
        skill: 'general',
        answers: [{ value: 1 }],
        source: { sourceId: 's', start: 0, end: 1, excerpt: 'e' }
      }
    ]
  });

  it('JSON: random values, random shapes and mutated packs', { timeout: 120_000 }, async () => {
    const shaped = fc.record({
      format: fc.constantFrom('sourcewise-pack', 'other', undefined),
      version: fc.oneof(fc.constantFrom(0, 1, 2, -1, 1.5, '1'), fc.integer()),
      id: fc.oneof(fc.string(), fc.constant(undefined)),
      title: fc.oneof(fc.string(), fc.integer()),
      questions: fc.oneof(fc.array(fc.anything(), { maxLength: 4 }), fc.anything())
    });
    const input = fc.oneof(
      fc.json(),
      shaped.map((v) => JSON.stringify(v)),
      mutated(PACK, '{}[]":,01 \\tn'),
      fc.string()
    );
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        checkResult(await importText('random.json', text, 'json'), (item) => item.place.field !== undefined);
      }),
      { numRuns: RUNS }
    );
  });

  it('share links: random fragments', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `#pack=1.${s}`)
        ),
        (hash) => {
          const result = readPackFragment(hash);
          if (!result.ok) for (const p of result.problems) expect(hasPlace(p.place)).toBe(true);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it('xlsx: byte-mutated templates (fewer runs: unzipping is slow)', { timeout: 120_000 }, async () => {
    const template = readFileSync(new URL('../kahoot/KahootQuizTemplate.xlsx', GIFT_FIXTURES));
    const edits = fc.array(
      fc.record({ at: fc.nat(template.length - 1), byte: fc.integer({ min: 0, max: 255 }) }),
      {
        minLength: 1,
        maxLength: 6
      }
    );
    await fc.assert(
      fc.asyncProperty(edits, async (changes) => {
        const bytes = new Uint8Array(template);
        for (const { at, byte } of changes) bytes[at] = byte;
        const result = await readKahootXlsx(bytes.buffer);
        const issues = result.ok ? [...result.skipped, ...result.warnings] : result.problems;
        for (const item of issues) expect(item.place.row).toBeGreaterThan(0);
      }),
      { numRuns: 300 }
    );
  });
});
