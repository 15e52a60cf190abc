/**
 * Fuzzing the Moodle XML reader: random and mutated files never throw, every problem names its line, every imported
 * question is valid, each input is read in bounded time; and pathological files take time linear in their size.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasPlace } from '../../packs/errors';
import { questionSchema } from '../../packs/schema';
import { importText } from '../import';
import { read } from './read';

const FIXTURES = new URL('../../../../../tests/fixtures/formats/moodle-xml/', import.meta.url);
const SEEDS = ['multichoice-partial', 'matching', 'shortanswer', 'nested-categories', 'broken-cloze'].map(
  (name) => readFileSync(new URL(`${name}.moodle.xml`, FIXTURES), 'utf8')
);
const ALPHABET = ['<', '>', '/', '"', '=', '&', ';', '!', '[', ']', '-', '?', '\n', ' ', 'a', '1'];
const TOKENS = [
  '<quiz>',
  '</quiz>',
  '<question type="multichoice">',
  '<question type="truefalse">',
  '<question type="numerical">',
  '<question type="matching">',
  '<question type="cloze">',
  '</question>',
  '<questiontext format="html">',
  '</questiontext>',
  '<text>',
  '</text>',
  '<answer fraction="100">',
  '<answer fraction="-33.3">',
  '</answer>',
  '<subquestion>',
  '</subquestion>',
  '<![CDATA[<p>x</p>]]>',
  '<!-- c -->',
  '&amp;',
  '&#233;',
  '&nbsp;',
  '@@PLUGINFILE@@/a.png',
  '<!DOCTYPE x>'
];

/** Random edits at random places: inserted tokens or characters, deletions, duplicated slices. */
function mutated(base: string): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('insert', 'delete', 'duplicate'),
    piece: fc.oneof(fc.constantFrom(...TOKENS), fc.constantFrom(...ALPHABET), fc.string({ maxLength: 4 }))
  });
  return fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => {
    let text = base;
    for (const { at, kind, piece } of edits) {
      const i = at % (text.length + 1);
      if (kind === 'insert') text = text.slice(0, i) + piece + text.slice(i);
      else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1 + (at % 40));
      else text = text.slice(0, i) + text.slice(i, i + 80) + text.slice(i);
    }
    return text;
  });
}

const random = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...TOKENS) },
      fc.constantFrom(...ALPHABET),
      fc.string({ maxLength: 3 })
    ),
    {
      maxLength: 80
    }
  )
  .map((parts) => `<quiz>${parts.join('')}`);

describe('property: the Moodle XML reader', () => {
  it(
    '10,000 random and mutated files: no exception, every problem has its line, every question valid, bounded time',
    { timeout: 300_000 },
    async () => {
      await importText('warm-up.xml', SEEDS[0], 'moodle-xml'); // the reader loads on demand: not timed
      await fc.assert(
        fc.asyncProperty(fc.oneof(random, ...SEEDS.map(mutated)), async (text) => {
          const started = performance.now();
          const result = await importText('random.xml', text, 'moodle-xml');
          // Generous for a busy machine; a reader that backtracks or rescans would take far longer on some input.
          expect(performance.now() - started).toBeLessThan(1000);
          const issues = result.ok
            ? [...result.preview.skipped, ...result.preview.warnings]
            : result.problems;
          for (const item of issues) {
            expect(hasPlace(item.place), JSON.stringify(item)).toBe(true);
            expect(item.message.length).toBeGreaterThan(0);
          }
          if (result.ok)
            for (const q of result.preview.pack.questions)
              expect(questionSchema.safeParse(q).success).toBe(true);
        }),
        { numRuns: 10_000 }
      );
    }
  );
});

/** The median time of a few reads, in milliseconds. */
function timeOf(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    read(text);
    runs.push(performance.now() - started);
  }
  return runs.sort((a, b) => a - b)[2];
}

const SIZE = 1024 * 1024;
const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const essay = (i: number) =>
  `<question type="essay"><name><text>Q${i}</text></name><questiontext format="html"><text><![CDATA[<p>Why ${i}?</p>]]></text></questiontext></question>\n`;
/** An ordinary export of about the same size: many small, well-formed questions. */
const ordinary = `<?xml version="1.0"?>\n<quiz>\n${Array.from({ length: Math.ceil(SIZE / essay(0).length) }, (_, i) => essay(i)).join('')}</quiz>\n`;

describe('linear time: pathological Moodle XML against an ordinary file of the same size', () => {
  let base: number | undefined;
  const cases: [string, string][] = [
    ['deep nesting', `<quiz>${fill('<a>', SIZE / 2)}${fill('</a>', SIZE / 2)}</quiz>`],
    [
      'one 1 MB line of text',
      `<quiz><question type="essay"><questiontext><text>${fill('x &amp; y ')}</text></questiontext></question></quiz>`
    ],
    ['many unclosed questions', `<quiz>${fill('<question type="essay"><questiontext><text>a')}`],
    ['many unclosed tags', `<quiz>${fill('<b><i>')}`],
    ['unterminated CDATA and comments', `<quiz>${fill('<![CDATA[<!-- ')}`]
  ];
  for (const [name, text] of cases)
    it(`${name}: under 20× the ordinary file`, { timeout: 120_000 }, () => {
      base ??= timeOf(ordinary);
      const ratio = timeOf(text) / Math.max(base, 1);
      console.info(`${name}: ${ratio.toFixed(1)}× the ordinary file (${base.toFixed(0)} ms for 1 MB)`);
      expect(ratio, `${name}: ${ratio.toFixed(1)}× the ordinary file (${base.toFixed(0)} ms)`).toBeLessThan(
        20
      );
    });
});
