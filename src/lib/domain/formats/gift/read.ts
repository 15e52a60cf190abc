/**
 * GIFT (Moodle) import. Follows Moodle's importer rather than the strict grammars, so what Moodle accepts imports
 * (`1+1=2 {T}`, a stray `;` after the braces); what is truly malformed is reported with its line and skipped.
 * Categories become `category:<path>` tags, `[tag:…]` become tags, `[id:…]` becomes the question id.
 */
import { buildQuestions, type Draft } from '../../packs/build';
import { issue, type ImportIssue } from '../../packs/errors';
import { lineAt, readMeta, restoreEscapes, splitBlocks, type GiftBlock } from './blocks';
import { readAnswers } from './answers';
import { splitFormat, toPlain, type TextFormat } from './text';
import { LIMITS, type Question, type QuestionImage } from '../../packs/schema';
import type { ReadResult } from '../types';
import { KEPT_IMAGES, keepDataImages } from '../shared/images';

import { CATEGORY_TAG } from '../shared/moodle';

export interface GiftParse {
  drafts: Draft[];
  skipped: ImportIssue[];
  warnings: ImportIssue[];
}

interface BlockState {
  category?: string;
  skipped: ImportIssue[];
  warnings: ImportIssue[];
}

/** Reads a GIFT file into question drafts, with what was skipped and why. */
export function parseGift(source: string): GiftParse {
  const state: BlockState = { skipped: [], warnings: [] };
  const drafts: Draft[] = [];
  for (const block of splitBlocks(source)) {
    const draft = readBlock(block, state);
    if (draft) drafts.push(draft);
  }
  return { drafts, skipped: state.skipped, warnings: state.warnings };
}

/** Parses and validates: the questions of a GIFT file, ready to become a pack. */
export function readGiftQuestions(source: string): {
  questions: Question[];
  skipped: ImportIssue[];
  warnings: ImportIssue[];
} {
  const parsed = parseGift(source);
  const built = buildQuestions(parsed.drafts, 'gift');
  return {
    questions: built.questions,
    skipped: [...parsed.skipped, ...built.skipped].sort(byLine),
    warnings: [...parsed.warnings, ...built.warnings].sort(byLine)
  };
}

const byLine = (a: ImportIssue, b: ImportIssue) => (a.place.line ?? 0) - (b.place.line ?? 0);

/** Reports a problem at a character offset of the block, as a line of the file. */
interface Report {
  warn: (offset: number, message: string) => void;
  skip: (offset: number, message: string) => undefined;
}

function readBlock(block: GiftBlock, state: BlockState): Draft | undefined {
  const line = block.lines[0].line;
  const start = block.text.length - block.text.trimStart().length;
  const text = block.text.slice(start);
  if (text.startsWith('$CATEGORY:')) {
    readCategory(text, line, state);
    return undefined;
  }
  const report: Report = {
    warn: (offset, message) => state.warnings.push(issue({ line: lineAt(block, offset) }, message)),
    skip: (offset, message) => {
      state.skipped.push(issue({ line: lineAt(block, offset) }, message));
      return undefined;
    }
  };
  const titled = readTitle(text, start, report);
  const { format, rest: body } = splitFormat(titled.rest, 'moodle');
  const offset = titled.offset + titled.rest.length - body.length;
  const read = readBody(block, body, offset, format, report);
  if (!read) return undefined;
  const { title } = titled;
  let prompt = read.prompt;
  if (!prompt && title) {
    // Moodle shows the name when a question has no text; a pack shows the prompt, so the title becomes it.
    prompt = title;
    report.warn(offset, `the question has no text, so its title “${title}” is the prompt`);
  } else if (!prompt && read.fields.type !== 'description') report.warn(offset, 'the question has no text');
  const meta = readMeta(block.comments);
  const tags = [...(state.category ? [state.category] : []), ...meta.tags.map((t) => t.slice(0, 100))];
  const fields: Record<string, unknown> = { ...read.fields, prompt, title };
  if (tags.length) fields.tags = tags.slice(0, LIMITS.tags);
  return { fields, place: { line }, id: meta.id ?? undefined };
}

/** `$CATEGORY: path` puts the questions that follow in that category (a `category:` tag). */
function readCategory(text: string, line: number, state: BlockState): void {
  const path = restoreEscapes(text.slice('$CATEGORY:'.length)).replace(/\s+/g, ' ').trim();
  const tag = CATEGORY_TAG + path;
  if (tag.length > 100) state.warnings.push(issue({ line }, 'the category name is cut to 100 characters'));
  state.category = path ? tag.slice(0, 100) : undefined;
}

/** `::Title::` at the start; Moodle-lenient about a missing closing `::` and a title opened with one colon. */
function readTitle(text: string, offset: number, report: Report) {
  const match = /^::([\s\S]*?)::/.exec(text) ?? /^:([^:{}\n]+)::/.exec(text);
  if (match) {
    const title = restoreEscapes(match[1]).replace(/\s+/g, ' ').trim() || undefined;
    if (!text.startsWith('::'))
      report.warn(offset, `the title starts with one colon; read as the title "${title}"`);
    return { title, rest: text.slice(match[0].length), offset: offset + match[0].length };
  }
  if (text.startsWith('::')) {
    report.warn(offset, 'the title has no closing ::, so it is read as question text');
    return { title: undefined, rest: text.slice(2), offset: offset + 2 };
  }
  return { title: undefined, rest: text, offset };
}

/** The question text and the `{…}` answers; no braces at all make a description. */
function readBody(
  block: GiftBlock,
  body: string,
  offset: number,
  format: TextFormat,
  report: Report
): { fields: Record<string, unknown>; prompt: string } | undefined {
  const images = (at: number, names: string[]) =>
    report.warn(
      at,
      `${names.length === 1 ? 'an image' : `${names.length} images`} (${names.join(', ')}) ${names.length === 1 ? 'is' : 'are'} not kept (${KEPT_IMAGES}); ${names.length === 1 ? 'it shows' : 'each shows'} as “[image: …]” in the text`
    );
  /** The question text's embedded pictures, kept in the pack. */
  const kept: QuestionImage[] = [];
  const stem = (raw: string, ownPrefix = false, keep = false) => {
    const plain = toPlain(raw, format, ownPrefix);
    const lost = keep ? keepDataImages(plain.images, plain.tags ?? [], kept) : plain.images;
    if (lost.length) images(offset, lost);
    return plain.text;
  };
  const withImages = (fields: Record<string, unknown>) =>
    kept.length ? { ...fields, images: kept } : fields;
  const open = body.indexOf('{');
  const close = body.indexOf('}');
  if (open < 0 && close < 0) {
    const prompt = stem(body, false, true);
    return { fields: withImages({ type: 'description' }), prompt };
  }
  if (open < 0)
    return report.skip(offset + close, 'a } without an opening { (write \\} for a literal brace)');
  if (close < 0) {
    const hint = block.endsAtSpacesLine
      ? '; the line after it holds only spaces, which ends a question — delete that line'
      : '; a blank line ends a question, so the answers cannot contain one';
    return report.skip(offset + open, `the answers have no closing }${hint}`);
  }
  if (close < open)
    return report.skip(offset + close, 'a } comes before the { (write \\} for a literal brace)');
  const after = body.slice(close + 1);
  const stray = after.search(/[{}]/);
  if (stray >= 0)
    return report.skip(
      offset + close + 1 + stray,
      'a second { } after the answers; a question has one answer block (write \\{ and \\} for literal braces)'
    );
  let answerText = body.slice(open + 1, close);
  if (answerText.includes('{'))
    report.warn(
      offset + open + 1 + answerText.indexOf('{'),
      'a { inside the answers is read as text (write \\{)'
    );
  let explanation: string | undefined;
  const generalFeedback = answerText.lastIndexOf('####');
  if (generalFeedback >= 0) {
    explanation = stem(answerText.slice(generalFeedback + 4), true);
    answerText = answerText.slice(0, generalFeedback);
  }
  const trimmedStart = answerText.length - answerText.trimStart().length;
  const result = readAnswers(answerText.trim(), offset + open + 1 + trimmedStart, format, images);
  if ('error' in result) return report.skip(result.error.offset, result.error.message);
  // Anything but whitespace after the answers makes a missing-word question: the blank stands where they were.
  if (after.trim() && !/[\p{L}\p{N}]/u.test(after))
    report.warn(
      offset + close + 1,
      `“${restoreEscapes(after.trim())}” after the answers makes this a missing-word question (_____)`
    );
  const before = body.slice(0, open);
  const prompt = stem(after.trim() ? `${before}_____${after}` : before, false, true);
  return { fields: withImages({ ...result.fields, explanation }), prompt };
}

/** The registry's reader (gift/format.ts). */
export function read(source: string): ReadResult {
  return { ok: true, ...readGiftQuestions(source) };
}
