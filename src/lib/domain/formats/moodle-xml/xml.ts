/**
 * The XML layer of the Moodle XML reader: a `<quiz>` file as a list of `<question>` elements, each with the line it
 * starts on. Safe for files from strangers: a DOCTYPE (the only way to declare entities) is refused, entities are
 * not expanded by the parser (only the five standard ones and character references are decoded, one at a time, by
 * `decodeXml`), nesting is capped, and the size was checked before the file was read (`INPUT_LIMITS.fileImport`).
 * When the file as a whole is not well-formed, each question is parsed on its own, so one broken question is
 * reported by its line and the others still import (Moodle refuses the whole file).
 */
import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import { INPUT_LIMITS, overLimit } from '../../limits';
import { issue, type ImportIssue } from '../../packs/errors';
import { fastTree, type XmlNode, type XmlValue } from './tree';

export type { XmlNode, XmlValue } from './tree';

export interface XmlQuestion {
  node: XmlNode;
  /** 1-based line of its `<question` tag. */
  line: number;
}

export type XmlRead =
  { ok: true; questions: XmlQuestion[]; skipped: ImportIssue[] } | { ok: false; problems: ImportIssue[] };

/** Deeper than any Moodle export (about 6 levels) by far; deeper input is refused rather than recursed into. */
export const MAX_DEPTH = 40;
/** Elements that may repeat, always read as lists. */
export const LISTS = new Set([
  'question',
  'answer',
  'subquestion',
  'tag',
  'file',
  'unit',
  'hint',
  'selectoption',
  'drag'
]);

/** fast-xml-parser's options: tree.ts builds the same tree (tree.test.ts compares them). */
export const PARSER_OPTIONS: X2jOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: '__cdata',
  captureMetaData: true,
  maxNestedTags: MAX_DEPTH,
  // Callbacks get no path string to build for every element (faster; none of them needs it).
  jPath: false,
  isArray: (name) => LISTS.has(name)
};
const parser = new XMLParser(PARSER_OPTIONS);
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

const STANDARD: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five standard entities and character references, in one pass; any other `&name;` stays as written. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== '#') return STANDARD[name];
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

/** Offsets of line starts, for turning a character offset into a line number by binary search. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

function asList(value: XmlValue | undefined): XmlValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

const isNode = (value: XmlValue | undefined): value is XmlNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Parsed {
  root: XmlNode;
  /** Where an element begins (the offset of its `<`), for the `<question>` elements. */
  startOf(node: XmlNode): number | undefined;
}

/**
 * Parses a piece of XML; the error names its line in the whole file. A well-formed file takes the fast path
 * (tree.ts); anything that path does not accept is validated and parsed by fast-xml-parser, which names the problem.
 */
function parse(text: string, firstLine: number): Parsed | { problem: ImportIssue } {
  const fast = fastTree(text, { lists: LISTS, maxDepth: MAX_DEPTH, startsOf: 'question' });
  if (fast) return { root: fast.root, startOf: (node) => fast.starts.get(node) };
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true)
    return {
      problem: issue(
        { line: firstLine + valid.err.line - 1 },
        `the XML is broken here: ${valid.err.msg
          .replace(/\.$/, '')
          .replace(
            /in line (\d+)/g,
            (_m, n: string) => `in line ${firstLine + Number(n) - 1}`
          )} (column ${valid.err.col})`
      )
    };
  try {
    return {
      root: parser.parse(text) as XmlNode,
      startOf: (node) =>
        (node as unknown as Record<symbol, { startIndex?: number } | undefined>)[META]?.startIndex
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      problem: issue(
        { line: firstLine },
        /nested/i.test(message)
          ? `the XML is nested more than ${MAX_DEPTH} elements deep; a Moodle export never is`
          : `the XML could not be read: ${message}`
      )
    };
  }
}

/** The `<question>` elements of a parsed `<quiz>`, with their lines. */
function questionsOf(parsed: Parsed, starts: number[]): XmlQuestion[] {
  const quiz = parsed.root.quiz;
  if (!isNode(quiz)) return [];
  return asList(quiz.question)
    .filter(isNode)
    .map((node) => ({ node, line: lineOf(starts, parsed.startOf(node) ?? 0) }));
}

/** Reads a Moodle XML file into its question elements, or says why it cannot be read at all. */
export function readQuizXml(text: string): XmlRead {
  // Bounded on its own too (a file is also checked by size before it is read): no parse of text larger than a file may be.
  const limit = INPUT_LIMITS.fileImport.bytes;
  if (text.length > limit)
    return {
      ok: false,
      problems: [
        issue({ line: 1 }, `${overLimit('the file', limit, text.length, 'chars')}, so it was not read`)
      ]
    };
  const starts = lineStarts(text);
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype)
    return {
      ok: false,
      problems: [
        issue(
          { line: lineOf(starts, doctype.index) },
          'the file declares a DOCTYPE; Moodle XML files have none, and declared entities are not read, so the file was not imported'
        )
      ]
    };
  const whole = parse(text, 1);
  if ('root' in whole) {
    if (!isNode(whole.root.quiz) && whole.root.quiz !== '')
      return {
        ok: false,
        problems: [issue({ line: 1 }, 'the file has no <quiz> element: it is not Moodle XML')]
      };
    return { ok: true, questions: questionsOf(whole, starts), skipped: [] };
  }
  // Not well-formed: parse each <question>…</question> on its own, so the broken ones are reported and the rest kept.
  const questions: XmlQuestion[] = [];
  const skipped: ImportIssue[] = [];
  // Every search moves forward only (the next opening tag, the next closing tag), so this stays linear in the file.
  const opening = /<question[\s>]/g;
  const openings: number[] = [];
  for (let m = opening.exec(text); m; m = opening.exec(text)) openings.push(m.index);
  let close = -1;
  openings.forEach((start, i) => {
    const limit = openings[i + 1] ?? text.length;
    if (close !== -2 && close < start) close = text.indexOf('</question>', start);
    if (close === -1) close = -2; // none left in the file
    const end = close >= 0 && close < limit ? close + '</question>'.length : limit;
    const line = lineOf(starts, start);
    const piece = parse(`<quiz>${text.slice(start, end)}</quiz>`, line);
    if ('root' in piece) questions.push(...questionsOf(piece, starts).map((q) => ({ ...q, line })));
    else
      skipped.push(
        issue(piece.problem.place, `the question on line ${line} is not read: ${piece.problem.message}`)
      );
  });
  if (!questions.length) return { ok: false, problems: [whole.problem, ...skipped].slice(0, 20) };
  return { ok: true, questions, skipped };
}

export { asList, isNode };
