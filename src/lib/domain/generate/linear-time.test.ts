/**
 * Generation from a pasted article grows linearly with its length, whatever the text holds. Each pathological text
 * is timed against an ordinary article of the same size in the same test, so a busy machine slows both alike; the
 * bound (20×) is far beyond noise and far below what a quadratic pattern costs at this size.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../corpus/article';
import { generatePack } from './index';

// Large enough that a quadratic step costs far more than 20× (the old title and repeated-quote passes did), small
// enough to run in seconds: LINEAR_SIZE overrides it to look further.
const SIZE = Number(process.env.LINEAR_SIZE ?? 120_000);
const DIR = 'content/articles';

/** The launch articles' text, repeated to SIZE characters: an ordinary long article. */
const ordinary = (() => {
  const bodies = readdirSync(DIR)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(`${DIR}/${f}`, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
  let text = '';
  while (text.length < SIZE) text += bodies.join('\n\n') + '\n\n';
  return text.slice(0, SIZE);
})();

const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const PATHOLOGICAL: Record<string, string> = {
  'opening brackets': repeat('['),
  'straight quote marks': repeat('"'),
  'curly quote marks': repeat('“'),
  braces: repeat('{'),
  backslashes: repeat('\\'),
  'double colons': repeat('::'),
  'one quote repeated in one paragraph': repeat('"We will win the vote," Mayor Tom Ellis said. '),
  'one quote repeated paragraph after paragraph': repeat(
    '"We will win the vote this week," Mayor Tom Ellis said.\n\n'
  ),
  'titles and former titles': repeat('Former Mayor Tom Ellis met Mayor Tom Ellis. '),
  'one line of a million words': repeat('word '),
  'apostrophes between letters': repeat("a'"),
  'numbers and commas': repeat('1,')
};

function timeToGenerate(text: string): number {
  const started = performance.now();
  const article = articleFromText(`Title line\n\n${text}`, {
    id: 'timed',
    title: 'Title line',
    outlet: 'An outlet'
  });
  generatePack([article], { id: 'timed', title: 'Timed', seed: 1 });
  return performance.now() - started;
}

describe('generation time grows linearly with the article', () => {
  it.each(Object.entries(PATHOLOGICAL))(
    '%s: within 20× an ordinary article of the same size',
    (_, text) => {
      const usual = Math.max(50, timeToGenerate(ordinary));
      const took = timeToGenerate(text);
      expect(took, `${Math.round(took)} ms against ${Math.round(usual)} ms`).toBeLessThan(20 * usual);
    },
    120_000
  );
});
