/**
 * Aiken export, as Moodle's writes it: the prompt on one line, `A) …` options, `ANSWER: X`, a blank line between
 * questions. Aiken holds one kind of question, single-answer multiple choice with at most 26 options and no
 * feedback; every question it cannot hold is named in a warning, and so is every change (a line break flattened,
 * partial credit, feedback, a time limit left out). Nothing is dropped without a word.
 */
import { issue, type ImportIssue } from '../../packs/errors';
import type { Pack, Question, QuestionOf, QuestionType } from '../../packs/schema';
import { toPortable } from '../shared/portable';
import type { Written } from '../types';
import { answerLine, optionLine } from './format-lines';

/** A question as Aiken holds it, with what changed on the way; or why it cannot be written. */
type AikenChoice =
  { prompt: string; options: string[]; right: number; changes: string[] } | { leftOut: string };

const MAX_OPTIONS = 26;

function fromChoice(q: QuestionOf<'choice'>): AikenChoice {
  if (q.multiple) return { leftOut: 'a multiple-answer question (Aiken has exactly one right answer)' };
  if (q.options.length < 2) return { leftOut: 'a choice with one option (Moodle needs at least two)' };
  if (q.options.length > MAX_OPTIONS)
    return { leftOut: `${q.options.length} options (Aiken letters them A–Z, 26 at most)` };
  const best = Math.max(...q.options.map((o) => o.weight));
  const right = q.options.filter((o) => o.weight === best);
  if (right.length > 1)
    return { leftOut: `${right.length} right options (Aiken has exactly one right answer)` };
  const changes: string[] = [];
  if (q.options.some((o) => o.weight !== best && o.weight > 0))
    changes.push('partial credit is lost (only the right option scores)');
  if (q.options.some((o) => o.weight < 0)) changes.push('negative marks are lost');
  if (q.options.some((o) => o.feedback)) changes.push('option feedback is left out');
  return {
    prompt: q.prompt,
    options: q.options.map((o) => o.text),
    right: q.options.findIndex((o) => o.weight === best),
    changes
  };
}

const notInAiken = (what: string) => (): AikenChoice => ({
  leftOut: `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} question (Aiken holds only single-answer multiple choice)`
});

/** Generated types become the choice question GIFT and Kahoot write for them (shared/portable.ts). */
const asChoice = (question: Question): AikenChoice => {
  const portable = toPortable(question).question;
  if (portable.type !== 'choice') return notInAiken(question.type)();
  const written = fromChoice(portable);
  return 'leftOut' in written
    ? written
    : {
        ...written,
        changes: [`written as multiple choice (a ${question.type} question)`, ...written.changes]
      };
};

/** Every question type: how Aiken writes it, or why it cannot. */
const AIKEN = {
  choice: fromChoice,
  'true-false': (q) => ({
    prompt: q.prompt,
    options: ['True', 'False'],
    right: q.answer ? 0 : 1,
    changes: ['written as multiple choice (True, False)']
  }),
  attribution: asChoice,
  'fact-opinion': asChoice,
  'spot-error': asChoice,
  'altered-detail': asChoice,
  discrepancy: notInAiken('discrepancy (matching)'),
  'short-answer': notInAiken('short answer'),
  numerical: notInAiken('numerical'),
  matching: notInAiken('matching'),
  description: notInAiken('description'),
  'open-response': notInAiken('open response'),
  flashcard: notInAiken('flashcard')
} satisfies { [T in QuestionType]: (q: QuestionOf<T>) => AikenChoice };

/** One line for Aiken: line breaks become spaces (noted once). */
function oneLine(text: string, flattened: { done: boolean }): string {
  const line = text.replace(/\s*(\r\n|\r|\n)\s*/g, ' ').trim();
  if (line !== text.trim()) flattened.done = true;
  return line;
}

const nameOf = (q: Question) => {
  // A flashcard's prompt may be empty: its front names it.
  const text = (q.title || q.prompt || (q.type === 'flashcard' ? q.front : '')).replace(/\s+/g, ' ').trim();
  return `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;
};

/** Writes a pack as an Aiken file. */
export function write(pack: Pack): Written {
  const warnings: ImportIssue[] = [];
  const blocks: string[] = [];
  pack.questions.forEach((question, index) => {
    const warn = (message: string) =>
      warnings.push(issue({ field: `$.questions[${index}]` }, `${nameOf(question)}: ${message}`));
    const written = (AIKEN[question.type] as (q: Question) => AikenChoice)(question);
    if ('leftOut' in written) {
      warn(`left out: ${written.leftOut} cannot be expressed in Aiken`);
      return;
    }
    const flattened = { done: false };
    const prompt = oneLine(written.prompt, flattened);
    // A prompt Moodle would read as an option or the answer line (or skip, under two characters) would break the file.
    if (prompt.length < 2 || answerLine(prompt) || optionLine(prompt)) {
      warn(
        prompt.length < 2
          ? 'left out: Aiken needs a question text of at least two characters'
          : `left out: the question starts with “${prompt.slice(0, 2)}”, which Moodle reads as an option or the answer line (reword its start)`
      );
      return;
    }
    const options = written.options.map(
      (text, i) => `${String.fromCharCode(65 + i)}) ${oneLine(text, flattened)}`
    );
    const changes = [...written.changes];
    if (flattened.done) changes.push('line breaks became spaces (an Aiken text is one line)');
    if (question.explanation.trim()) changes.push('the explanation is left out');
    if (question.timeLimit !== undefined)
      changes.push(`the ${question.timeLimit}-second time limit is left out`);
    if (question.tags?.length) changes.push('tags are left out');
    if (changes.length) warn(changes.join('; '));
    blocks.push([prompt, ...options, `ANSWER: ${String.fromCharCode(65 + written.right)}`].join('\n'));
  });
  return { data: blocks.length ? `${blocks.join('\n\n')}\n` : '', warnings };
}
