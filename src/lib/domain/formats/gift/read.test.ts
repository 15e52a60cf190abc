import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGiftQuestions } from './read';
import type { QuestionOf, QuestionType } from '../../packs/schema';

const FIXTURES = new URL('../../../../../tests/fixtures/formats/gift/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, FIXTURES), 'utf8');

/** gift-pegjs names its types differently; Category is an item there but not a question here. */
const PEGJS_TYPE: Record<string, string | null> = {
  MC: 'choice',
  TF: 'true-false',
  Short: 'short-answer',
  Numerical: 'numerical',
  Matching: 'matching',
  Description: 'description',
  Essay: 'open-response',
  Category: null
};

function only<T extends QuestionType>(text: string, type: T): QuestionOf<T> {
  const { questions, skipped } = readGiftQuestions(text);
  expect(skipped).toEqual([]);
  expect(questions).toHaveLength(1);
  expect(questions[0].type).toBe(type);
  return questions[0] as QuestionOf<T>;
}

describe('GIFT import: the gift-pegjs test suite', () => {
  const files = readdirSync(new URL('gift-pegjs/', FIXTURES)).filter((f) => f.endsWith('.gift'));
  it('has the fixture files', () => expect(files.length).toBeGreaterThan(40));
  for (const file of files) {
    it(`${file} gives the questions and types of its expected .json`, () => {
      const expected = (
        JSON.parse(read(`gift-pegjs/${file.replace(/\.gift$/, '.json')}`)) as { type: string }[]
      )
        .map((q) => PEGJS_TYPE[q.type])
        .filter((t) => t !== null);
      const { questions, skipped } = readGiftQuestions(read(`gift-pegjs/${file}`));
      expect(skipped).toEqual([]);
      expect(questions.map((q) => q.type)).toEqual(expected);
    });
  }
});

describe("GIFT import: Moodle's own fixture", () => {
  it('gives Moodle’s 9 questions, the two with a stray `";` as missing-word', () => {
    const { questions, skipped, warnings } = readGiftQuestions(read('moodle-questions.gift.txt'));
    expect(skipped).toEqual([]);
    expect(questions.map((q) => q.type)).toEqual([
      'open-response',
      'matching',
      'choice',
      'choice',
      'numerical',
      'short-answer',
      'true-false',
      'true-false',
      'true-false'
    ]);
    expect(questions[4].prompt).toBe('What is a number from 1 to 5? _____";');
    expect(warnings.filter((w) => w.message.includes('missing-word')).map((w) => w.place.line)).toEqual([
      31, 43
    ]);
    expect(questions[1].prompt).toBe('Match the activity to the description.');
  });
});

describe('GIFT import: the strict parser’s error cases', () => {
  const result = (file: string) => readGiftQuestions(read(`gift-parser-ide-errors/${file}`));

  it('imports what Moodle accepts: `=` in a stem, unescaped { and : inside answers, a one-colon title', () => {
    expect(result('unescapedCharacters2.gift').questions).toHaveLength(9);
    const control = result('unescapedCharacters.gift');
    expect(control.questions).toHaveLength(1);
    expect(control.warnings[0]).toMatchObject({ place: { line: 6 } });
    expect(result('unescapedLink.gift').questions[0].type).toBe('choice');
    const title = result('missingTitleColon.gift');
    expect(title.questions[0].title).toBe('Title');
    expect(title.warnings[0].place.line).toBe(1);
    expect(result('emptyLines.gift').questions.map((q) => q.type)).toEqual(['choice', 'matching']);
    expect(result('escapeBracket.gift').questions).toHaveLength(2);
  });

  it('reports truly malformed questions with their line', () => {
    expect(result('missingCurly.gift').skipped).toEqual([
      { place: { line: 1 }, message: expect.stringContaining('no closing }') }
    ]);
    const spaces = result('addedLineBreak.gift').skipped;
    expect(spaces.map((s) => s.place.line)).toEqual([1, 4]);
    expect(spaces[0].message).toContain('only spaces');
    expect(result('missingAnswer.gift').skipped).toEqual([
      { place: { line: 2 }, message: expect.stringContaining('"Correct Answer" has no = or ~') }
    ]);
    expect(result('unescapedCharacters1.gift').skipped).toEqual([
      { place: { line: 3 }, message: expect.stringContaining('a second { }') }
    ]);
  });
});

describe('GIFT import: features', () => {
  it('reads a missing-word question with the blank where the answers were', () => {
    const q = only('Grant is {~buried =entombed ~living} in Grant’s tomb.', 'choice');
    expect(q.prompt).toBe('Grant is _____ in Grant’s tomb.');
    expect(q.options.map((o) => o.weight)).toEqual([0, 100, 0]);
  });

  it('reads weights, negative and decimal, and makes a choice without = a multiple-answer question', () => {
    const q = only('Continents?{~%33.33333%Africa ~%-100%China ~%66.66667%Asia}', 'choice');
    expect(q.multiple).toBe(true);
    expect(q.options.map((o) => o.weight)).toEqual([33.33333, -100, 66.66667]);
  });

  it('refuses weights outside -100…100 with the line', () => {
    const { skipped } = readGiftQuestions('// c\nQ?{\n=a\n~%150%b}');
    expect(skipped).toEqual([{ place: { line: 4 }, message: expect.stringContaining('outside') }]);
  });

  it('reads true/false feedback the Moodle way: first for a wrong response, second for a right one', () => {
    const q = only('Q.{FALSE#wrong-fb#right-fb####general}', 'true-false');
    expect(q).toMatchObject({ answer: false, feedbackTrue: 'wrong-fb', feedbackFalse: 'right-fb' });
    expect(q.explanation).toBe('general');
  });

  it('reads numerical answers: tolerance, range, several graded answers and feedback for anything else', () => {
    const q = only('Born?{#\n=1822:0 #Right\n=%50%1820..1824 #Close\n~#Wrong}', 'numerical');
    expect(q.answers).toEqual([
      { value: 1822, tolerance: 0, weight: 100, feedback: 'Right' },
      { min: 1820, max: 1824, weight: 50, feedback: 'Close' },
      { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, weight: 0, feedback: 'Wrong' }
    ]);
    expect(readGiftQuestions('N?{#abc}').skipped[0].message).toContain('not a number');
  });

  it('reads matching with a distractor and short answers with weights', () => {
    const m = only('Match.{=a -> 1 =b -> 2 = -> 3}', 'matching');
    expect(m.pairs).toEqual([
      { left: 'a', right: '1' },
      { left: 'b', right: '2' },
      { left: '', right: '3' }
    ]);
    const s = only('Who?{=no one =%50%nobody#close}', 'short-answer');
    expect(s.answers).toEqual([
      { text: 'no one', weight: 100 },
      { text: 'nobody', weight: 50, feedback: 'close' }
    ]);
  });

  it('keeps escapes as text and turns \\n into a line break', () => {
    const q = only('a\\: b \\{x\\} \\\\ \\#1\\nnext{=\\= 5 ~\\~ 4}', 'choice');
    expect(q.prompt).toBe('a: b {x} \\ #1\nnext');
    expect(q.options.map((o) => o.text)).toEqual(['= 5', '~ 4']);
  });

  it('turns HTML into plain text and never keeps a tag', () => {
    const q = only(
      '[html]<p>Is <b>this</b> &amp; <script>alert(1)</script>that <img src="x.png" alt="a map">?</p>{T}',
      'true-false'
    );
    expect(q.prompt).toBe('Is this & that [image: a map]?');
    const md = only('[markdown]Who is in **Grant’s tomb**?{=no one}', 'short-answer');
    expect(md.prompt).toBe('Who is in Grant’s tomb?');
    const plain = only('[plain]What does <b> do?{=bold}', 'short-answer');
    expect(plain.prompt).toBe('What does <b> do?');
  });

  it('keeps categories, tags, ids, titles and descriptions', () => {
    const text =
      '$CATEGORY: $course$/top/Unit 1\n\n// [id:q-7] [tag:maps]\n::Capital::Paris?{T}\n\nRead this first.';
    const { questions } = readGiftQuestions(text);
    expect(questions[0]).toMatchObject({
      id: 'q-7',
      title: 'Capital',
      tags: ['category:$course$/top/Unit 1', 'maps']
    });
    expect(questions[1]).toMatchObject({ type: 'description', prompt: 'Read this first.' });
  });

  it('gives the same ids when the same file is imported twice, and distinct ids to identical questions', () => {
    const text = 'Q?{T}\n\nQ?{T}';
    const first = readGiftQuestions(text).questions.map((q) => q.id);
    expect(new Set(first).size).toBe(2);
    expect(readGiftQuestions(text).questions.map((q) => q.id)).toEqual(first);
  });

  it('reports an essay as open-response with its general feedback', () => {
    const q = only('Write about it.{####Look at the map.}', 'open-response');
    expect(q.explanation).toBe('Look at the map.');
  });
});

describe('GIFT import: what Moodle accepts and teachers write', () => {
  it('accepts = anywhere in the answer list, as Moodle does: `{~was~=have been}` is two answers, the second right', () => {
    const q = only('I {~was~=have been} there.', 'choice');
    expect(q.prompt).toBe('I _____ there.');
    expect(q.multiple).toBe(false);
    expect(q.options).toEqual([
      { text: 'was', weight: 0 },
      { text: 'have been', weight: 100 }
    ]);
  });

  it('a question with only a title takes the title as its prompt, with a note', () => {
    const { questions, warnings } = readGiftQuestions('::Is the sky blue?::{T}');
    expect(questions[0]).toMatchObject({
      type: 'true-false',
      prompt: 'Is the sky blue?',
      title: 'Is the sky blue?'
    });
    expect(warnings).toEqual([
      {
        place: { line: 1 },
        message: 'the question has no text, so its title “Is the sky blue?” is the prompt'
      }
    ]);
  });

  it('[markdown] and [html] text becomes plain text, never markup', () => {
    expect(only('[markdown]Is **this** _right_?{T}', 'true-false').prompt).toBe('Is this right?');
    expect(
      only('[html]<p>Is <b>this</b> &amp; <script>x()</script>that right?</p>{T}', 'true-false').prompt
    ).toBe('Is this & that right?');
  });

  it('a data: picture in the question text is kept; a linked image is reported with the reason; base64 never becomes text', () => {
    const { questions, warnings } = readGiftQuestions(
      'Plain?{T}\n\n[html]<p>Look <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" alt="a dot"> and <img src="@@PLUGINFILE@@/map%201.png" alt="">.</p>{T}'
    );
    expect(questions[1].prompt).toBe('Look [image: a dot] and [image: @@PLUGINFILE@@/map%201.png].');
    expect(questions[1].images).toEqual([
      {
        src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        alt: 'a dot'
      }
    ]);
    expect(questions[0].images).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0].place).toEqual({ line: 3 });
    expect(warnings[0].message).toContain(
      'an image (map 1.png: it is a link to a file the file does not hold) is not kept'
    );
  });

  it('a skipped choice names the real cause', () => {
    expect(readGiftQuestions('Which? {=Paris ~}').skipped).toEqual([
      { place: { line: 1 }, message: 'multiple choice needs at least two answers; only one has text' }
    ]);
  });
});
