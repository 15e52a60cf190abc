/**
 * What an Aiken line is, as Moodle's qformat_aiken reads it (after trimming): an option is a capital letter, `)` or
 * `.`, then (Moodle: optionally) a space and the text; `ANSWER:` in capitals starts the answer line. Kept apart from
 * the reader so the registry's `sniff` can use it without loading the parser.
 */

/** `A) Paris`, `B. London`, `C)Rome` (Moodle takes the space as optional). */
const OPTION = /^([A-Z])([).])([ \t]?)(.*)$/;
/** `ANSWER: B`; the letter is the first character after the colon, as in Moodle. */
const ANSWER = /^ANSWER:\s*(.?)(.*)$/;

export interface OptionLine {
  letter: string;
  text: string;
  /** `A.Paris`: a dot with no space after it, which prose (`U.S. troops`) also starts with. */
  tight: boolean;
}

export function optionLine(line: string): OptionLine | undefined {
  const match = OPTION.exec(line);
  if (!match) return undefined;
  return { letter: match[1], text: match[4].trim(), tight: match[2] === '.' && match[3] === '' };
}

export function answerLine(line: string): { letter: string; rest: string } | undefined {
  const match = ANSWER.exec(line);
  return match ? { letter: match[1], rest: match[2].trim() } : undefined;
}

/** Lines as Moodle splits them (`\r` too), trimmed, with their 1-based line number. */
export function aikenLines(text: string): { line: number; text: string }[] {
  return text.split(/\r\n|\r|\n/).map((raw, i) => ({ line: i + 1, text: raw.trim() }));
}

/**
 * How sure we are that text is Aiken: at least one `ANSWER: X` naming a letter of the options just before it, and at
 * least half the non-blank lines options or answer lines. GIFT, JSON, CSV and prose have neither.
 */
export function aikenLikeness(text: string): number {
  if (/^[{[]/.test(text)) return 0;
  let lines = 0;
  let structural = 0;
  let matched = false;
  let letters = new Set<string>();
  for (const { text: line } of aikenLines(text)) {
    if (!line) continue;
    lines++;
    const option = optionLine(line);
    const answer = answerLine(line);
    if (option && !option.tight) {
      structural++;
      letters.add(option.letter);
    } else if (answer) {
      structural++;
      if (letters.has(answer.letter)) matched = true;
      letters = new Set();
    }
  }
  return matched && structural * 2 >= lines ? 0.6 : 0;
}
