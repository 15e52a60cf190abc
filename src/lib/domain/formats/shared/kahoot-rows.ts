/**
 * Kahoot! "Import from spreadsheet" quizzes, as rows of cells: the layout shared by the .xlsx template and CSV files
 * with the same columns. Reading finds the header row (row 8 in the template) and reports problems by row and column;
 * writing turns a pack into template rows, warning where Kahoot's limits or question kinds do not fit.
 * A row's time limit becomes the question's `timeLimit`, and goes back into the sheet on export.
 */
import { buildQuestions, type Draft } from '../../packs/build';
import { issue, type ImportIssue, type Place } from '../../packs/errors';
import type { ReadResult } from '../types';
import { toPortable, type PortableQuestion, type PortableType } from './portable';
import { KAHOOT_TIME_LIMITS, TIME_LIMIT, type Pack, type Question } from '../../packs/schema';

export const KAHOOT_HEADERS = [
  'Question - max 120 characters',
  'Answer 1 - max 75 characters',
  'Answer 2 - max 75 characters',
  'Answer 3 - max 75 characters',
  'Answer 4 - max 75 characters',
  'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  'Correct answer(s) - choose at least one'
] as const;
export const KAHOOT_LIMITS = { question: 120, answer: 75, answers: 4 } as const;
export { KAHOOT_TIME_LIMITS };
export const KAHOOT_DEFAULT_TIME = 20;

/** The Kahoot time limit nearest to `seconds`; halfway between two, the longer one, so no student is cut short. */
export function nearestKahootTime(seconds: number): number {
  return KAHOOT_TIME_LIMITS.reduce((best, t) =>
    Math.abs(t - seconds) <= Math.abs(best - seconds) ? t : best
  );
}

/** Seconds in a time-limit cell: `30`, `30 s`, `30 sec`; NaN when it is not a whole number of seconds. */
function secondsIn(text: string): number {
  const match = /^(\d+)\s*(s|secs?|seconds?)?$/i.exec(text);
  return match ? Number(match[1]) : NaN;
}

/** A short way to name a question in a message: its title, or the start of its prompt. */
function nameOf(question: Pick<Question, 'title' | 'prompt'>): string {
  const text = (question.title || question.prompt).replace(/\s+/g, ' ').trim();
  return `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;
}

export type Cell = string | number | boolean | Date | null | undefined;

export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

interface Columns {
  question: number;
  answers: number[];
  time: number;
  correct: number;
  /** Index of the header row; data starts after it. -1 when there is none. */
  headerRow: number;
}

const NAMES = ['Question', 'Answer 1', 'Answer 2', 'Answer 3', 'Answer 4', 'Time limit', 'Correct answer(s)'];

function findColumns(rows: Cell[][]): Columns | undefined {
  for (let r = 0; r < Math.min(rows.length, 50); r++) {
    const texts = rows[r].map((c) => cellText(c).toLowerCase());
    const find = (pattern: RegExp) => texts.findIndex((t) => pattern.test(t));
    const question = find(/^question\b/);
    const answers = [1, 2, 3, 4].map((n) => find(new RegExp(`^answer\\s*${n}\\b`)));
    if (question < 0 || answers[0] < 0 || answers[1] < 0) continue;
    return { question, answers, time: find(/time\s*limit/), correct: find(/^correct/), headerRow: r };
  }
  return undefined;
}

/** Without a header, column A either numbers the rows (the template) or already holds the question. */
function assumedColumns(rows: Cell[][]): Columns {
  const numbered = rows.every((row) => /^\d*$/.test(cellText(row[0])));
  const at = numbered ? 1 : 0;
  return {
    question: at,
    answers: [at + 1, at + 2, at + 3, at + 4],
    time: at + 5,
    correct: at + 6,
    headerRow: -1
  };
}

export interface KahootRead {
  drafts: Draft[];
  skipped: ImportIssue[];
  warnings: ImportIssue[];
}

/** Reads spreadsheet rows (the first sheet, from row 1) into choice-question drafts. */
export function readKahootRows(rows: Cell[][]): KahootRead {
  const read: KahootRead = { drafts: [], skipped: [], warnings: [] };
  let columns = findColumns(rows);
  if (!columns) {
    columns = assumedColumns(rows);
    read.warnings.push(
      issue(
        { row: 1 },
        `no header row with "Question" and "Answer 1" columns; reading columns ${columnLetter(columns.question)}–${columnLetter(columns.correct)} in the template's order`
      )
    );
  }
  const label = (index: number, name: string) =>
    index < 0 ? `${name} (the header has no such column)` : `${columnLetter(index)} (${name})`;
  for (let r = columns.headerRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const at = (column: number, name: string): Place => ({ row: r + 1, column: label(column, name) });
    const question = cellText(row[columns.question]);
    const answers = columns.answers.map((c) => (c >= 0 ? cellText(row[c]) : ''));
    if (!question && answers.every((a) => !a)) continue;
    if (!question) {
      read.skipped.push(issue(at(columns.question, NAMES[0]), 'the question is empty'));
      continue;
    }
    const filled = answers.flatMap((text, i) => (text ? [i] : []));
    if (filled.length < 2) {
      read.skipped.push(issue(at(columns.answers[1], NAMES[2]), 'a question needs at least two answers'));
      continue;
    }
    const correctPlace = at(columns.correct, NAMES[6]);
    const correctText = columns.correct >= 0 ? cellText(row[columns.correct]) : '';
    const numbers = correctText.split(/[\s,;]+/).filter(Boolean);
    if (!numbers.length) {
      read.skipped.push(issue(correctPlace, 'no correct answer is chosen (write its number, 1–4)'));
      continue;
    }
    const bad = numbers.find((n) => !/^[1-4]$/.test(n) || !answers[Number(n) - 1]);
    if (bad) {
      const reason = /^[1-4]$/.test(bad) ? `answer ${bad} is empty` : `"${bad}" is not an answer number 1–4`;
      read.skipped.push(issue(correctPlace, `${reason}, so it cannot be the correct one`));
      continue;
    }
    const right = new Set(numbers.map((n) => Number(n) - 1));
    if (question.length > KAHOOT_LIMITS.question)
      read.warnings.push(
        issue(at(columns.question, NAMES[0]), `longer than Kahoot's ${KAHOOT_LIMITS.question} characters`)
      );
    filled.forEach((i) => {
      if (answers[i].length > KAHOOT_LIMITS.answer)
        read.warnings.push(
          issue(
            at(columns.answers[i], NAMES[i + 1]),
            `longer than Kahoot's ${KAHOOT_LIMITS.answer} characters`
          )
        );
    });
    const time = columns.time >= 0 ? cellText(row[columns.time]) : '';
    const seconds = secondsIn(time);
    const timeLimit =
      Number.isInteger(seconds) && seconds >= TIME_LIMIT.min && seconds <= TIME_LIMIT.max
        ? seconds
        : undefined;
    if (time && !KAHOOT_TIME_LIMITS.some((t) => t === seconds))
      read.warnings.push(
        issue(
          at(columns.time, NAMES[5]),
          `${time} is not a Kahoot time limit (${KAHOOT_TIME_LIMITS.join(', ')} seconds); ` +
            (timeLimit === undefined
              ? `left out, as it is not ${TIME_LIMIT.min}–${TIME_LIMIT.max} seconds`
              : 'kept as it is')
        )
      );
    read.drafts.push({
      place: { row: r + 1 },
      fields: {
        type: 'choice',
        prompt: question,
        multiple: false,
        // Kahoot accepts any one of several correct answers, which is a single-answer question with several right.
        options: filled.map((i) => ({ text: answers[i], weight: right.has(i) ? 100 : 0 })),
        timeLimit
      }
    });
  }
  return read;
}

/** Drafts read from Kahoot rows, validated into questions (ids prefixed `kahoot`). */
export function questionsFromRows(read: KahootRead): ReadResult {
  const built = buildQuestions(read.drafts, 'kahoot');
  return {
    ok: true,
    questions: built.questions,
    skipped: [...read.skipped, ...built.skipped],
    warnings: [...read.warnings, ...built.warnings]
  };
}

type KahootOptions = { options: { text: string; right: boolean }[]; changes: string[] } | undefined;

const percent = (weight: number) => `${Number(weight.toFixed(2))}%`;

/** A choice as Kahoot holds it: right or wrong answers, nothing in between. */
function choiceOptions(q: Extract<PortableQuestion, { type: 'choice' }>): KahootOptions {
  const best = Math.max(...q.options.map((o) => o.weight));
  // One right answer: only the best options are right in Kahoot. Several: every one that earns something is.
  const right = (weight: number) => (q.multiple ? weight > 0 : weight === best);
  const changes: string[] = [];
  if (q.multiple)
    changes.push('is a multiple-answer question: in Kahoot any one of the right answers scores');
  const partial = q.options.filter((o) => o.weight > 0 && o.weight < 100);
  if (partial.length)
    changes.push(
      `loses partial credit: ${partial
        .map(
          (o) =>
            `“${short(o.text)}” (${percent(o.weight)}) is now ${right(o.weight) ? 'fully right' : 'wrong'}`
        )
        .join(', ')}`
    );
  if (q.options.some((o) => o.weight < 0)) changes.push('loses its negative marks (a wrong answer scores 0)');
  return { options: q.options.map((o) => ({ text: o.text, right: right(o.weight) })), changes };
}

const short = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);

/** Each plain question type as Kahoot answers, or undefined where Kahoot has no such question. */
const KAHOOT_OPTIONS = {
  choice: choiceOptions,
  'true-false': (q) => ({
    options: [
      { text: 'True', right: q.answer },
      { text: 'False', right: !q.answer }
    ],
    changes: ['is written as a choice between True and False']
  }),
  'short-answer': () => undefined,
  numerical: () => undefined,
  matching: () => undefined,
  description: () => undefined,
  'open-response': () => undefined
} satisfies { [T in PortableType]: (q: Extract<PortableQuestion, { type: T }>) => KahootOptions };

export interface KahootRows {
  /** Data rows: number, question, answers 1–4, time limit, correct answers. */
  rows: (string | number)[][];
  warnings: ImportIssue[];
}

/** Text cut to Kahoot's limit, the cut marked with an ellipsis. */
const cut = (text: string, limit: number) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);

/**
 * A pack as Kahoot template rows. Every question Kahoot cannot hold as it is gets one warning listing what changed
 * (left out, written as a choice, partial credit, answers dropped, text cut to 120/75 characters, time limit).
 */
export function kahootRows(pack: Pack): KahootRows {
  const rows: (string | number)[][] = [];
  const warnings: ImportIssue[] = [];
  pack.questions.forEach((original, index) => {
    const changes: string[] = [];
    const { question, converted } = toPortable(original);
    // Named by the portable question's words: a flashcard has no prompt of its own, only its front.
    const report = () => {
      if (changes.length)
        warnings.push(issue({ field: `$.questions[${index}]` }, `${nameOf(question)} ${changes.join('; ')}`));
    };
    const written = (KAHOOT_OPTIONS[question.type] as (q: PortableQuestion) => KahootOptions)(question);
    if (!written) {
      changes.push(
        `is left out: it is not a choice question (${original.type}), and Kahoot quizzes take only those`
      );
      return report();
    }
    if (converted) changes.push(`is written as a choice question (it is a ${original.type} question)`);
    changes.push(...written.changes);
    let options = written.options;
    if (options.length > KAHOOT_LIMITS.answers) {
      const rightOnes = options.filter((o) => o.right);
      if (rightOnes.length > KAHOOT_LIMITS.answers) {
        changes.push(
          `is left out: it has ${rightOnes.length} right answers, and Kahoot takes ${KAHOOT_LIMITS.answers} answers`
        );
        return report();
      }
      const wrongOnes = options.filter((o) => !o.right).slice(0, KAHOOT_LIMITS.answers - rightOnes.length);
      const dropped = options.filter((o) => !rightOnes.includes(o) && !wrongOnes.includes(o));
      changes.push(
        `has ${options.length} answers, and Kahoot takes ${KAHOOT_LIMITS.answers}: ${dropped.map((o) => `“${short(o.text)}”`).join(', ')} left out`
      );
      options = options.filter((o) => !dropped.includes(o));
    }
    if (question.prompt.length > KAHOOT_LIMITS.question)
      changes.push(`has its text cut from ${question.prompt.length} to ${KAHOOT_LIMITS.question} characters`);
    options.forEach((o, i) => {
      if (o.text.length > KAHOOT_LIMITS.answer)
        changes.push(`has answer ${i + 1} cut from ${o.text.length} to ${KAHOOT_LIMITS.answer} characters`);
    });
    const answers = [0, 1, 2, 3].map((i) => (options[i] ? cut(options[i].text, KAHOOT_LIMITS.answer) : ''));
    const correct = options.flatMap((o, i) => (o.right ? [i + 1] : [])).join(',');
    let time = KAHOOT_DEFAULT_TIME;
    if (original.timeLimit !== undefined) {
      time = nearestKahootTime(original.timeLimit);
      if (time !== original.timeLimit)
        changes.push(
          `has a ${original.timeLimit}-second time limit, which Kahoot does not offer: written as ${time} seconds`
        );
    }
    report();
    rows.push([rows.length + 1, cut(question.prompt, KAHOOT_LIMITS.question), ...answers, time, correct]);
  });
  return { rows, warnings };
}
