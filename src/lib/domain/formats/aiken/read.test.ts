import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QuestionOf } from '../../packs/schema';
import { read } from './read';

// Moodle's own fixtures (question/format/aiken/tests/fixtures/, see tests/fixtures/formats/README.md).
const FIXTURES = new URL('../../../../../tests/fixtures/formats/aiken/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

function aiken(text: string) {
  const result = read(text);
  if (!result.ok || !('questions' in result)) throw new Error('the reader always gives questions');
  return { ...result, questions: result.questions as QuestionOf<'choice'>[] };
}

const weights = (q: QuestionOf<'choice'>) => q.options.map((o) => o.weight);

describe("Aiken import: Moodle's fixtures", () => {
  it('questions.aiken.txt gives the 2 questions Moodle imports, text kept as text', () => {
    const { questions, skipped, warnings } = aiken(fixture('moodle-questions.aiken.txt'));
    expect(skipped).toEqual([]);
    expect(warnings).toEqual([]);
    expect(questions.map((q) => q.type)).toEqual(['choice', 'choice']);
    expect(questions[0]).toMatchObject({ prompt: 'The Moodle project was started by:', multiple: false });
    expect(questions[0].options.map((o) => o.text)).toEqual([
      'Petr Skoda',
      'Martin Dougiamas',
      'Eloy Lafuente',
      'Tim Hunt'
    ]);
    expect(weights(questions[0])).toEqual([0, 100, 0, 0]);
    expect(questions[1].prompt).toContain('<html class="cool"> & images:');
    expect(weights(questions[1])).toEqual([100, 0]);
  });

  it('aiken_errors.txt gives Moodle’s 3 questions and its 4 errors, each with its line and cause', () => {
    const { questions, skipped } = aiken(fixture('moodle-aiken-errors.txt'));
    expect(questions.map((q) => q.prompt)).toEqual([
      'A good question',
      'A second good question',
      'A third good question with HTML chars such as > < &'
    ]);
    // No space after the letter (Moodle's "A)Incorrect (No space)") is still an option.
    expect(questions[1].options).toEqual([
      { text: 'Incorrect (No space)', weight: 0 },
      { text: 'Correct (No space)', weight: 100 }
    ]);
    expect(questions[2].options[0].text).toBe('Correct (< > &)');
    expect(skipped).toEqual([
      {
        place: { line: 1 },
        message: expect.stringMatching(/only one option \(A\); Moodle needs at least two/)
      },
      {
        place: { line: 5 },
        message: expect.stringMatching(/option A comes after the ANSWER line \(line 3\)/)
      },
      { place: { line: 7 }, message: expect.stringMatching(/a second ANSWER line after the one on line 3/) },
      {
        place: { line: 14 },
        message: expect.stringMatching(
          /“A question started but not finished”.*no ANSWER line before the next question on line 18/
        )
      }
    ]);
  });
});

describe('Aiken import: the forms Moodle reads', () => {
  it('reads `A.` options, questions with no blank line between them, and CRLF or CR line ends', () => {
    const text = 'One?\nA. yes\nB. no\nANSWER: B\nTwo?\nA) x\nB) y\nC) z\nANSWER: C\n';
    for (const variant of [text, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r')]) {
      const { questions, skipped } = aiken(variant);
      expect(skipped).toEqual([]);
      expect(questions.map(weights)).toEqual([
        [0, 100],
        [0, 0, 100]
      ]);
    }
  });

  it('joins a prompt over several lines until its first option', () => {
    const { questions, skipped } = aiken(
      'Read this:\n“We will meet in Alaska.”\nWho said it?\nA) Trump\nB) Putin\nANSWER: A'
    );
    expect(skipped).toEqual([]);
    expect(questions[0].prompt).toBe('Read this:\n“We will meet in Alaska.”\nWho said it?');
  });

  it('reads a prompt starting like `U.S.` as text, not as an option', () => {
    const { questions, skipped } = aiken('U.S. troops left in:\nA) 2021\nB) 2011\nANSWER: A');
    expect(skipped).toEqual([]);
    expect(questions[0].prompt).toBe('U.S. troops left in:');
  });

  it('gives the same question the same id each time, and different ones different ids', () => {
    const text = 'One?\nA) a\nB) b\nANSWER: A\n\nTwo?\nA) a\nB) b\nANSWER: A';
    const first = aiken(text).questions.map((q) => q.id);
    expect(aiken(text).questions.map((q) => q.id)).toEqual(first);
    expect(new Set(first).size).toBe(2);
  });
});

describe('Aiken import: each of Moodle’s errors is reported with its line and cause, and the rest imports', () => {
  const good = '\n\nGood?\nA) yes\nB) no\nANSWER: A';
  const check = (text: string, line: number, cause: RegExp) => {
    const { questions, skipped } = aiken(text + good);
    expect(questions.map((q) => q.prompt)).toEqual(['Good?']);
    expect(skipped).toEqual([{ place: { line }, message: expect.stringMatching(cause) }]);
  };

  it('an ANSWER letter that is not one of the options', () => {
    check(
      'Q?\nA) a\nB) b\nANSWER: E',
      4,
      /ANSWER: E is not one of the options of the question on line 1 .*\(A–B\)/
    );
    check('Q?\nA) a\nB) b\nANSWER: b', 4, /ANSWER: b is not one of the options.*needs the capital letter B/);
    check('Q?\nA) a\nB) b\nANSWER:', 4, /names no letter/);
  });

  it('a question with no options, or only one', () => {
    check('Q?\nANSWER: A', 1, /“Q\?”\) has no options/);
    check('Q?\nA) a\nANSWER: A', 1, /has only one option \(A\)/);
    check(
      'Q?\na) yes\nb) no\nANSWER: A',
      1,
      /has no options \(“a\)” is read as text: Aiken options use capital letters/
    );
  });

  it('a question without an ANSWER line, before the next question or the end of the file', () => {
    check('Q?\nA) a\nB) b', 1, /has options but no ANSWER line before the next question on line 5/);
    const { questions, skipped } = aiken(`${good.trim()}\n\nLast?\nA) a\nB) b\n`);
    expect(questions).toHaveLength(1);
    expect(skipped).toEqual([
      { place: { line: 6 }, message: expect.stringMatching(/no ANSWER line before the end of the file/) }
    ]);
    check('Heading only\n', 1, /has no options and no ANSWER line before the next question on line 4/);
  });

  it('an option after the ANSWER line', () => {
    const { questions, skipped } = aiken('Q?\nA) a\nB) b\nANSWER: A\nC) c' + good);
    expect(questions.map((q) => q.prompt)).toEqual(['Q?', 'Good?']);
    expect(skipped).toEqual([
      {
        place: { line: 5 },
        message: expect.stringMatching(/option C comes after the ANSWER line \(line 4\)/)
      }
    ]);
  });

  it('text that is not an option where one is expected', () => {
    check(
      'Q?\nA) a\nB) b\nsome words\nC) c\nANSWER: A',
      4,
      /line 4 of the question on line 1 .* is neither an option nor the ANSWER line: “some words”/
    );
    check(
      'Q?\nA) a\nb) b\nANSWER: A',
      3,
      /“b\)” is read as text: Aiken options use capital letters \(“B\)”\)/
    );
    check(
      'Q?\nA) a\nB) b\nAnswer: B',
      4,
      /“Answer: B” is not an answer line: Moodle needs “ANSWER:” in capitals/
    );
  });

  it('an empty option', () => {
    check('Q?\nA) a\nB)\nANSWER: A', 3, /option B of the question on line 1 .* has no text/);
  });

  it('warns where its reading differs from Moodle’s', () => {
    const { questions, warnings } = aiken('Q?\nA) a\nC) c\nANSWER: C\n\nR?\nA) a\nB) b\nANSWER: A, B');
    expect(weights(questions[0])).toEqual([0, 100]);
    expect(warnings).toEqual([
      {
        place: { line: 2 },
        message: expect.stringMatching(
          /lettered A, C.*Moodle counts options by position and would mark none right/
        )
      },
      { place: { line: 9 }, message: expect.stringMatching(/one right answer: A was taken, B left as wrong/) }
    ]);
  });
});
