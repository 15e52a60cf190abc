/**
 * GIFT export. Written so that importing the file again gives the same questions: ids and tags go into `[id:…]` and
 * `[tag:…]` comments, categories into `$CATEGORY:` lines, text that would read as HTML gets a `[plain]` prefix.
 * What GIFT cannot say (case-sensitive short answers, a description's explanation, a time limit) is listed as a warning.
 */
import { issue, type ImportIssue } from '../../packs/errors';
import { ANY_NUMBER, CATEGORY_TAG } from '../shared/moodle';
import { looksLikeHtml } from '../shared/plain-text';
import { toPortable, type PortableQuestion } from '../shared/portable';
import type { Pack, QuestionOf } from '../../packs/schema';
import type { Written } from '../types';

export interface GiftExport {
  text: string;
  /** Questions changed or left out, by their place in the pack (`$.questions[3]`). */
  warnings: ImportIssue[];
}

/** Escapes GIFT's control characters and the backslash; line breaks become `\n`. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (ch) => `\\${ch}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Text the importer would change (HTML-looking, indented lines, a leading `[format]`) is marked `[plain]`. */
function needsPlain(text: string): boolean {
  return (
    looksLikeHtml(text) ||
    /[ \t]\n|\n[ \t]/.test(text) ||
    /^\s*\[(html|moodle|plain|markdown)\]/.test(text) ||
    /^\s*\/\//.test(text)
  );
}

function escapeText(text: string, plainAlready = false): string {
  return (!plainAlready && needsPlain(text) ? '[plain]' : '') + escapeGift(text);
}

const feedback = (text: string | undefined, plain: boolean) => (text ? ` #${escapeText(text, plain)}` : '');
const weight = (w: number) => `%${w}%`;

function choiceAnswers(q: QuestionOf<'choice'>, plain: boolean): string[] {
  const lines = q.options.map((o) => {
    const body = `${escapeText(o.text, plain)}${feedback(o.feedback, plain)}`;
    if (q.multiple) return `~${o.weight === 0 ? '' : weight(o.weight)}${body}`;
    return o.weight === 100 ? `=${body}` : `~${o.weight === 0 ? '' : weight(o.weight)}${body}`;
  });
  if (!q.multiple) {
    // A single-answer question needs an `=` (else it reads back as multiple answer) and a `~` (else not as a choice).
    const best = q.options.reduce((b, o, i) => (o.weight > q.options[b].weight ? i : b), 0);
    if (!lines.some((l) => l.startsWith('='))) lines[best] = `=${lines[best].slice(1)}`;
    if (!lines.some((l) => l.startsWith('~'))) {
      const last = lines.length - 1;
      lines[last] = `~${weight(q.options[last].weight)}${lines[last].slice(1)}`;
    }
  }
  return lines;
}

function numericalAnswers(q: QuestionOf<'numerical'>, plain: boolean): string[] {
  const lines: string[] = [];
  let catchAll: string | undefined;
  for (const a of q.answers) {
    const w = a.weight === 100 ? '' : weight(a.weight);
    if ('min' in a && a.min === ANY_NUMBER.min && a.max === ANY_NUMBER.max) {
      if (a.weight === 0 && catchAll === undefined)
        catchAll = `~#${a.feedback ? escapeText(a.feedback, plain) : ''}`;
      else lines.push(`=${w}*${feedback(a.feedback, plain)}`);
    } else if ('min' in a) lines.push(`=${w}${a.min}..${a.max}${feedback(a.feedback, plain)}`);
    else lines.push(`=${w}${a.value}${a.tolerance ? `:${a.tolerance}` : ''}${feedback(a.feedback, plain)}`);
  }
  return catchAll === undefined ? lines : [...lines, catchAll];
}

/** The `{…}` content for a question, or a reason it cannot be written. */
function answerBlock(q: PortableQuestion, plain: boolean, warn: (m: string) => void): string[] | string {
  switch (q.type) {
    case 'choice':
      if (q.options.length < 2) return 'a choice question needs two options in GIFT';
      if (q.shuffle === false) warn('GIFT cannot say "keep the option order"; Moodle decides');
      return choiceAnswers(q, plain);
    case 'true-false': {
      const [right, wrong] = q.answer ? [q.feedbackTrue, q.feedbackFalse] : [q.feedbackFalse, q.feedbackTrue];
      const fb = right
        ? `#${wrong ? escapeText(wrong, plain) : ''}#${escapeText(right, plain)}`
        : feedback(wrong, plain).trim();
      return [`${q.answer ? 'TRUE' : 'FALSE'}${fb}`];
    }
    case 'short-answer':
      if (q.caseSensitive) warn('GIFT cannot mark a short answer case-sensitive; Moodle ignores case');
      if (q.answers.some((a) => a.text.includes('->')))
        return 'an accepted answer contains "->", which GIFT reads as matching';
      return q.answers.map(
        (a) =>
          `=${a.weight === 100 ? '' : weight(a.weight)}${escapeText(a.text, plain)}${feedback(a.feedback, plain)}`
      );
    case 'numerical':
      return ['#', ...numericalAnswers(q, plain)];
    case 'matching':
      if (q.pairs.some((p) => p.left.includes('->')))
        return 'a left side contains "->", which GIFT cannot escape';
      return q.pairs.map((p) => `=${p.left ? escapeText(p.left, plain) : ''} -> ${escapeGift(p.right)}`);
    case 'open-response':
      return [];
    case 'description':
      return 'no answers';
  }
}

function questionText(q: PortableQuestion, warn: (m: string) => void): string | undefined {
  const plain = needsPlain(q.prompt);
  const head = `${q.title ? `::${escapeGift(q.title)}::` : ''}${plain ? '[plain]' : ''}`;
  if (q.type === 'description') {
    if (q.explanation) warn('a description has no place for an explanation in GIFT; it was left out');
    if (!q.prompt && !q.title) return undefined;
    return head + escapeGift(q.prompt);
  }
  const block = answerBlock(q, plain, warn);
  if (typeof block === 'string') {
    warn(`left out: ${block}`);
    return undefined;
  }
  const general = q.explanation ? [`####${escapeText(q.explanation, plain)}`] : [];
  const inner = [...block, ...general];
  const braces =
    q.type === 'numerical'
      ? `{${inner[0]}\n${inner
          .slice(1)
          .map((l) => `  ${l}`)
          .join('\n')}\n}`
      : inner.length
        ? `{\n${inner.map((l) => `  ${l}`).join('\n')}\n}`
        : '{}';
  // A blank `_____` with text after it is written as a missing-word question; importing puts the blank back.
  const blank = q.prompt.indexOf('_____');
  if (blank >= 0 && q.prompt.slice(blank + 5).trim())
    return `${head}${escapeGift(q.prompt.slice(0, blank))}${braces}${escapeGift(q.prompt.slice(blank + 5))}`;
  return `${head}${escapeGift(q.prompt)}${q.prompt ? ' ' : ''}${braces}`;
}

/** Writes a pack as a GIFT file. */
export function exportGift(pack: Pack): GiftExport {
  const warnings: ImportIssue[] = [];
  const blocks: string[] = [
    `// ${escapeComment(pack.title)}`,
    `// exported by Sourcewise from pack ${pack.id}`
  ];
  let category: string | undefined;
  pack.questions.forEach((original, index) => {
    const warn = (message: string) => warnings.push(issue({ field: `$.questions[${index}]` }, message));
    const { question, converted } = toPortable(original);
    if (converted) warn(`the ${original.type} question is written as a ${question.type} question`);
    const text = questionText(question, warn);
    if (text === undefined) return;
    if (original.timeLimit !== undefined)
      warn(
        `GIFT has no time limit: the ${original.timeLimit}-second limit was left out (Moodle sets time per quiz)`
      );
    const tags = question.tags ?? [];
    const questionCategory = tags.find((t) => t.startsWith(CATEGORY_TAG))?.slice(CATEGORY_TAG.length);
    if (!questionCategory && category)
      warn(`GIFT has no way to leave a category, so this question reads back in "${category}"`);
    if (questionCategory && questionCategory !== category) {
      blocks.push(`$CATEGORY: ${questionCategory.replace(/\s+/g, ' ')}`);
      category = questionCategory;
    }
    const meta = [`[id:${question.id.replace(/[\]\\]/g, '\\$&')}]`];
    for (const tag of tags.filter((t) => !t.startsWith(CATEGORY_TAG)))
      meta.push(`[tag:${tag.replace(/[\]\\]/g, '\\$&')}]`);
    blocks.push(`// ${meta.join(' ').replace(/\r?\n/g, ' ')}\n${text}`);
  });
  return { text: `${blocks.join('\n\n')}\n`, warnings };
}

const escapeComment = (text: string) => text.replace(/\s+/g, ' ');

/** The registry's writer (gift/format.ts). */
export function write(pack: Pack): Written {
  const { text, warnings } = exportGift(pack);
  return { data: text, warnings };
}
