/**
 * Moodle's own test files (tests/fixtures/formats/moodle-xml, sources in its README): each gives the count and types
 * Moodle gives for the types packs hold, and every question of another type is reported by number, type and line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../import';
import type { Question } from '../../packs/schema';

const FIXTURES = new URL('../../../../../tests/fixtures/formats/moodle-xml/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

async function imported(name: string) {
  const result = await importText(name, fixture(name));
  if (!result.ok) throw new Error(`${name}: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.preview;
}

const only = <T extends Question['type']>(questions: Question[], type: T) => {
  expect(questions.map((q) => q.type)).toEqual([type]);
  return questions[0] as Extract<Question, { type: T }>;
};

describe('Moodle XML: Moodle’s own fixtures', () => {
  it('multichoice with partial credit (qtype_multichoice testquestion): one multiple-answer question, 50% + 50%', async () => {
    const { pack, format, skipped } = await imported('multichoice-partial.moodle.xml');
    expect(format).toBe('moodle-xml');
    expect(skipped).toEqual([]);
    const q = only(pack.questions, 'choice');
    expect(q.multiple).toBe(true);
    expect(q.prompt).toBe('Find the capital cities in Europe.');
    expect(q.explanation).toBe('Berlin, Paris and London');
    expect(q.options.map((o) => [o.text, o.weight])).toEqual([
      ['Tokyo', 0],
      ['Spain', 0],
      ['London', 50],
      ['Barcelona', 0],
      ['Paris', 50]
    ]);
    expect(q.tags).toEqual(['category:$course$/Default for C1']);
  });

  it('matching (qtype_match): three items and one extra answer', async () => {
    const q = only((await imported('matching.moodle.xml')).pack.questions, 'matching');
    expect(q.pairs).toEqual([
      { left: 'frog', right: 'amphibian' },
      { left: 'cat', right: 'mammal' },
      { left: 'newt', right: 'amphibian' },
      { left: '', right: 'insect' }
    ]);
  });

  it('short answer (qtype_shortanswer): 100%, 80% and the * catch-all with their feedback', async () => {
    const q = only((await imported('shortanswer.moodle.xml')).pack.questions, 'short-answer');
    expect(q.caseSensitive).toBe(false);
    expect(q.answers).toEqual([
      { text: 'frog', weight: 100, feedback: 'Frog is a very good answer.' },
      { text: 'toad', weight: 80, feedback: 'Toad is an OK good answer.' },
      { text: '*', weight: 0, feedback: 'That is a bad answer.' }
    ]);
  });

  it('essay (qtype_essay): an open response with its general feedback', async () => {
    const q = only((await imported('essay.moodle.xml')).pack.questions, 'open-response');
    expect(q.prompt).toBe('Write an essay with 500 words.');
    expect(q.explanation).toBe('This is general feedback');
  });

  it('nested categories: five questions (four true/false, one essay), each tagged with its category', async () => {
    const { pack } = await imported('nested-categories.moodle.xml');
    expect(pack.questions.map((q) => q.type)).toEqual([
      'true-false',
      'open-response',
      'true-false',
      'true-false',
      'true-false'
    ]);
    expect(pack.questions.map((q) => q.tags)).toEqual([
      ['category:$course$/Iota'],
      ['category:$course$/Iota/Kappa'],
      ['category:$course$/Iota/Kappa'],
      ['category:$course$/Iota/Kappa/Lambda'],
      ['category:$course$/Iota/Mu']
    ]);
    expect(pack.questions[0]).toMatchObject({
      prompt: 'Testing Iota Question',
      answer: true,
      title: 'Iota Question'
    });
  });

  it('an idnumber with escaped HTML characters becomes the question id', async () => {
    const { pack } = await imported('html-chars-in-idnumbers.moodle.xml');
    expect(pack.questions.map((q) => q.id)).toEqual(['T & F']);
  });

  it('grades Moodle refuses (33%): Moodle stops the whole import; here the question imports with a warning', async () => {
    const { pack, warnings } = await imported('error-invalid-grades.moodle.xml');
    const q = only(pack.questions, 'choice');
    expect(q.title).toBe('Question with invalid grades : x > 1 & x < 2');
    expect(q.options.map((o) => o.weight)).toEqual([-50, 33, 33.33333, -50, 33.33333]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].place.line).toBe(4);
    expect(warnings[0].message).toContain('the grade 33% is kept');
  });

  it('drag and drop into text (gapselect) is reported by number, type, name and line, not imported', async () => {
    const result = await importText('gapselect.moodle.xml', fixture('gapselect.moodle.xml'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].place).toEqual({ line: 12 });
    expect(result.problems[0].message).toMatch(
      /^question 1 \(gapselect, “Imported Drag and drop into text 001”\) is not supported/
    );
  });

  it('five cloze questions (Moodle’s broken-cloze file) are each reported as not supported, by line', async () => {
    const result = await importText('broken-cloze.moodle.xml', fixture('broken-cloze.moodle.xml'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.place.line)).toEqual([4, 20, 36, 52, 68]);
    result.problems.forEach((p, i) =>
      expect(p.message).toMatch(new RegExp(`^question ${i + 1} \\(cloze, “.+”\\) is not supported`))
    );
  });
});
