/**
 * Aiken import, as Moodle's qformat_aiken reads it: a prompt line, options `A)` or `A.`, then `ANSWER: X`; questions
 * separated by blank lines or not. Where Moodle reports a question and drops it, so do we, by line and with the cause;
 * one bad question never stops the rest. Two things are kinder than Moodle: a prompt may run over several lines
 * until its first option (Moodle keeps only the last), and a bad question's remaining lines are not read as more
 * broken questions.
 */
import type { Draft } from '../../packs/build';
import { questionsFromDrafts } from '../shared/drafts';
import { issue, type ImportIssue } from '../../packs/errors';
import { LIMITS } from '../../packs/schema';
import type { ReadResult } from '../types';
import { aikenLines, answerLine, optionLine } from './format-lines';

interface Option {
  letter: string;
  text: string;
  line: number;
}

interface Open {
  line: number;
  prompt: string[];
  options: Option[];
  /** A blank line after the prompt: another text line now starts a new question instead of going on with this one. */
  gap: boolean;
  /** Already reported: its remaining options and ANSWER line are taken without further reports. */
  broken: boolean;
}

const letterAt = (index: number) => String.fromCharCode(65 + index);
const quoted = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;
const named = (q: Open) => `the question on line ${q.line} (${quoted(q.prompt.join(' '))})`;
/** `Answer: B`, `answer:b`, `ANSWER B`: meant as the answer line, not read as one by Moodle. */
const LOOSE_ANSWER = /^answer\s*:|^answer\s+\(?[a-z]\)?[.)]?$/i;
const OPTION_HINT = 'Aiken options start with a capital letter and ) or ., as in “A) …”';

/** Why a text line is not what was expected, when it looks like a near miss. */
function nearMiss(text: string): string | undefined {
  if (/^[a-z][).]\s/.test(text))
    return `“${text.slice(0, 2)}” is read as text: Aiken options use capital letters (“${text[0].toUpperCase()}${text[1]}”)`;
  if (LOOSE_ANSWER.test(text))
    return `${quoted(text)} is not an answer line: Moodle needs “ANSWER:” in capitals, then the letter`;
  return undefined;
}

export interface AikenParse {
  drafts: Draft[];
  skipped: ImportIssue[];
  warnings: ImportIssue[];
}

/** Reads an Aiken file into question drafts, with what was skipped and why. */
export function parseAiken(source: string): AikenParse {
  const lines = aikenLines(source);
  const drafts: Draft[] = [];
  const skipped: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  let open: Open | undefined;
  /** The line of the last ANSWER that closed a question, while no new question has started. */
  let answered: number | undefined;
  const skip = (line: number, message: string) => skipped.push(issue({ line }, message));
  const fail = (q: Open, line: number, message: string) => {
    if (!q.broken) skip(line, message);
    q.broken = true;
  };
  const start = (line: number, text: string) => {
    open = { line, prompt: [text], options: [], gap: false, broken: false };
    answered = undefined;
  };
  /** The question ends without an ANSWER line: `where` says what came instead. */
  const unfinished = (q: Open, where: string) => {
    if (q.broken) return;
    skip(
      q.line,
      q.options.length
        ? `${named(q)} has options but no ANSWER line before ${where}; add “ANSWER: ” and the right letter`
        : `${named(q)} has no options and no ANSWER line before ${where}` +
            (q.prompt.map(nearMiss).find(Boolean) ? ` (${q.prompt.map(nearMiss).find(Boolean)})` : '')
    );
  };

  for (let i = 0; i < lines.length; i++) {
    const { line, text } = lines[i];
    if (!text) {
      if (open && !open.options.length) open.gap = true;
      continue;
    }
    // Moodle ignores lines under two characters.
    if (text.length < 2) continue;

    const answer = answerLine(text);
    let option = answer ? undefined : optionLine(text);
    // `A.Paris` is an option only where the next option's letter is expected; elsewhere it is prose (`U.S. troops`).
    if (option?.tight && (!open || option.letter !== letterAt(open.options.length))) option = undefined;

    if (option) {
      if (!open) {
        skip(
          line,
          answered !== undefined
            ? `option ${option.letter} comes after the ANSWER line (line ${answered}); options go before it, so it was left out`
            : `option ${option.letter} has no question before it; it was left out`
        );
        continue;
      }
      open.options.push({ letter: option.letter, text: option.text, line });
      if (!option.text) fail(open, line, `option ${option.letter} of ${named(open)} has no text`);
      else if (option.text.length > LIMITS.shortText)
        fail(
          open,
          line,
          `option ${option.letter} of ${named(open)} has ${option.text.length.toLocaleString('en')} characters; the limit is ${LIMITS.shortText.toLocaleString('en')}`
        );
      continue;
    }

    if (answer) {
      const q = open;
      open = undefined;
      if (!q) {
        skip(
          line,
          answered !== undefined
            ? `a second ANSWER line after the one on line ${answered}: an Aiken question has one right answer`
            : `an ANSWER line with no question before it`
        );
        continue;
      }
      answered = line;
      if (q.broken) continue;
      const draft = finish(q, answer, line, skip, warnings);
      if (draft) drafts.push(draft);
      continue;
    }

    // A text line: a prompt, the rest of one, or something where an option or ANSWER was expected.
    const miss = nearMiss(text);
    if (open && LOOSE_ANSWER.test(text)) {
      fail(open, line, `${named(open)}: ${miss}`);
      open = undefined;
      continue;
    }
    if (!open) {
      start(line, text);
      continue;
    }
    if (open.broken) {
      start(line, text);
      continue;
    }
    if (!open.options.length) {
      if (open.gap) {
        unfinished(open, `the next question on line ${line}`);
        start(line, text);
      } else open.prompt.push(text);
      continue;
    }
    // After options: a new question when options starting at A follow (Moodle's "not completed before next
    // question"); otherwise this line sits where an option or the ANSWER line belongs.
    if (nextStartsQuestion(lines, i + 1)) {
      unfinished(open, `the next question on line ${line}`);
      start(line, text);
    } else {
      fail(
        open,
        line,
        `line ${line} of ${named(open)} is neither an option nor the ANSWER line: ${miss ?? `${quoted(text)} (${OPTION_HINT})`}`
      );
    }
  }
  if (open) unfinished(open, 'the end of the file');
  return { drafts, skipped, warnings };
}

/** True when the first option or ANSWER line after `from` is an option `A`, or there is none. */
function nextStartsQuestion(lines: { text: string }[], from: number): boolean {
  for (let i = from; i < lines.length; i++) {
    const { text } = lines[i];
    if (text.length < 2) continue;
    if (answerLine(text)) return false;
    const option = optionLine(text);
    if (option && !option.tight) return option.letter === 'A';
  }
  return true;
}

/** The question closed by its ANSWER line, or undefined when it is reported instead. */
function finish(
  q: Open,
  answer: { letter: string; rest: string },
  line: number,
  skip: (line: number, message: string) => void,
  warnings: ImportIssue[]
): Draft | undefined {
  const letters = q.options.map((o) => o.letter);
  if (q.options.length === 0) {
    const hint = q.prompt.map(nearMiss).find(Boolean);
    skip(q.line, `${named(q)} has no options (${hint ?? OPTION_HINT})`);
    return undefined;
  }
  if (q.options.length === 1) {
    skip(q.line, `${named(q)} has only one option (${letters[0]}); Moodle needs at least two`);
    return undefined;
  }
  const range = `${letters[0]}–${letters[letters.length - 1]}`;
  if (!answer.letter) {
    skip(line, `the ANSWER line of ${named(q)} names no letter; write the right option's letter (${range})`);
    return undefined;
  }
  const inOrder = letters.every((l, i) => l === letterAt(i));
  const right = inOrder ? answer.letter.charCodeAt(0) - 65 : letters.indexOf(answer.letter);
  if (right < 0 || right >= q.options.length) {
    const lower = /[a-z]/.test(answer.letter) && letters.includes(answer.letter.toUpperCase());
    skip(
      line,
      `ANSWER: ${answer.letter} is not one of the options of ${named(q)} (${range})` +
        (lower ? `; Moodle needs the capital letter ${answer.letter.toUpperCase()}` : '')
    );
    return undefined;
  }
  if (!inOrder)
    warnings.push(
      issue(
        { line: q.options[0].line },
        `the options of ${named(q)} are lettered ${letters.join(', ')}, not in order from A: ANSWER: ${answer.letter} was read as option ${answer.letter}, but Moodle counts options by position and would mark ${
          answer.letter.charCodeAt(0) - 65 < q.options.length
            ? `“${q.options[answer.letter.charCodeAt(0) - 65].text}” right`
            : 'none right'
        }`
      )
    );
  const others = answer.rest.match(/\b[A-Z]\b/g)?.filter((l) => l !== answer.letter && letters.includes(l));
  if (others?.length)
    warnings.push(
      issue(
        { line },
        `an Aiken question has one right answer: ${answer.letter} was taken, ${others.join(', ')} left as wrong (Moodle does the same)`
      )
    );
  const prompt = q.prompt.join('\n');
  if (prompt.length > LIMITS.text) {
    skip(
      q.line,
      `${named(q)} has ${prompt.length.toLocaleString('en')} characters; the limit is ${LIMITS.text.toLocaleString('en')}`
    );
    return undefined;
  }
  return {
    place: { line: q.line },
    fields: {
      type: 'choice',
      prompt,
      multiple: false,
      options: q.options.map((o, i) => ({ text: o.text, weight: i === right ? 100 : 0 }))
    }
  };
}

/** The registry's reader (aiken/format.ts). */
export function read(source: string): ReadResult {
  return questionsFromDrafts(parseAiken(source), 'aiken');
}
