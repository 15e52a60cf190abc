/**
 * Candidate facts for the check, from the generator's altered-detail questions over the check's own articles:
 * each is one reported sentence (the accurate statement) and the altered versions of it that stay plausible and are
 * proved false against every article of the check's corpus. Only high-confidence, short sentences qualify.
 */
import type { Article } from '../corpus/article';
import { generatePack } from '../generate';
import { stableId } from '../hash';
import type { DETAIL_KINDS } from '../questions';

/** Below this generator confidence a fact is not used (names and places, the easiest swaps, fall below it). */
export const CHECK_MIN_CONFIDENCE = 0.85;
/** Statements longer than this are too long to judge at a glance. */
export const MAX_STATEMENT_WORDS = 36;

export interface AlteredVersion {
  text: string;
  /** The reported detail and its replacement, each a whole token ("14,588" → "29,176"). */
  from: string;
  to: string;
}

export interface Candidate {
  /** Stable id of the fact (its sentence). */
  id: string;
  sourceId: string;
  sentence: string;
  versions: AlteredVersion[];
  detailKind: (typeof DETAIL_KINDS)[number];
  confidence: number;
}

/** Whether the character at `i` belongs to a figure token ("$78.3", "14,588", "36–80%"): separators only between digits. */
function partOfToken(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (/[\p{L}\p{N}$%]/u.test(c)) return true;
  return /[.,–-]/.test(c) && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
}

/** The changed span of `version` against `sentence`, widened to whole tokens. */
export function changedSpan(sentence: string, version: string): { start: number; from: string; to: string } {
  let start = 0;
  while (start < sentence.length && start < version.length && sentence[start] === version[start]) start++;
  let tail = 0;
  while (
    tail < sentence.length - start &&
    tail < version.length - start &&
    sentence[sentence.length - 1 - tail] === version[version.length - 1 - tail]
  )
    tail++;
  while (start > 0 && partOfToken(sentence, start - 1)) start--;
  while (tail > 0 && partOfToken(sentence, sentence.length - tail)) tail--;
  return {
    start,
    from: sentence.slice(start, sentence.length - tail),
    to: version.slice(start, version.length - tail)
  };
}

const MONTH =
  /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December)\.?\s*$/;
const APPROXIMATE =
  /\b(?:about|around|nearly|almost|roughly|some|approximately|over|more than|up to|as many as)\s*$/i;

/** "14,588" → "#,#": the shape of a figure, which a plausible replacement keeps. */
const shape = (text: string) => text.replace(/\d+/g, '#');
const value = (text: string) => Number(text.replace(/[^\d.]/g, ''));
const isYear = (text: string) => /^(1[5-9]|20)\d\d$/.test(text);

/**
 * Whether a swap reads as a real report: the figure keeps its shape (no "magnitude 12" for "6.3", no "about 90" for
 * "50"), a day of the month stays a day, a clock time stays a time, a designation ("PMA-3") is left alone and an
 * approximate year ("about 1900") is not moved by a few years.
 */
export function plausibleSwap(sentence: string, start: number, from: string, to: string): boolean {
  if (!from || !to || shape(from) !== shape(to)) return false;
  const before = sentence.slice(0, start);
  const after = sentence.slice(start + from.length);
  if (/\p{L}-$/u.test(before)) return false;
  if (MONTH.test(before) && value(to) > 31) return false;
  if (/^\s*(?:UTC|GMT)\b/.test(after) && value(to) % 100 > 59) return false;
  if (/^\d{4}$/.test(from) && /^\s*(?:UTC|GMT)/.test(after) && value(to) > 2359) return false;
  if (isYear(from) && APPROXIMATE.test(before)) return false;
  return true;
}

const normalized = (text: string) =>
  text
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/[^\p{L}\p{N}$%.]+/gu, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Words that say nothing of what a figure counts: units, scales and small grammatical words. */
const EMPTY_WORDS = new Set(
  'a an and as at by for from in of on or than that the to with about more over some nearly almost up down p m percent per million billion thousand cent'.split(
    ' '
  )
);
const isContent = (word: string) => word.length >= 4 && !EMPTY_WORDS.has(word) && !/\d/.test(word);

/** Words next to the figure, up to the `needed`-th content word (at most five words). */
function around(words: string[], needed: number): string[] {
  const out: string[] = [];
  let content = 0;
  for (const word of words.slice(0, 5)) {
    out.push(word);
    if (isContent(word) && ++content === needed) return out;
  }
  return [];
}

/**
 * An altered version is false only if no article reports it: no article prints the altered sentence, and none
 * reports the replacement with what it counts ("38 wild-caught pythons") or in the same setting ("to track the
 * pythons 38").
 */
export function provedFalse(version: AlteredVersion, start: number, articles: readonly Article[]): boolean {
  const text = normalized(version.text);
  const words = (t: string) => normalized(t).split(' ').filter(Boolean);
  const to = normalized(version.to);
  const after = around(words(version.text.slice(start + version.to.length)), 1);
  const before = around(words(version.text.slice(0, start)).reverse(), 2).reverse();
  const contexts = [
    ...(after.length ? [[to, ...after].join(' ')] : []),
    ...(before.length ? [[...before, to].join(' ')] : [])
  ];
  return articles.every((article) => {
    const whole = ` ${normalized(article.text)} `;
    return !whole.includes(text) && contexts.every((context) => !whole.includes(` ${context} `));
  });
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** A statement must stand alone: not the writer speaking ("We have…") nor leaning on a sentence before it. */
const LEANS_ON_CONTEXT = /^(?:We|Our|I|It|Its|This|These|Those|They|Their|The \d{4} number)\b/;

/** Every usable fact of the articles, in the generator's order (deterministic for a seed). */
export function findCandidates(articles: readonly Article[], seed: number): Candidate[] {
  const pack = generatePack([...articles], {
    id: 'discernment-check',
    title: 'Discernment check',
    seed,
    related: [...articles],
    types: ['altered-detail'],
    minConfidence: CHECK_MIN_CONFIDENCE
  });
  const out: Candidate[] = [];
  for (const question of pack.questions) {
    if (question.type !== 'altered-detail' || !question.source) continue;
    const confidence = question.confidence ?? 0;
    const sentence = question.options[question.answer];
    if (confidence < CHECK_MIN_CONFIDENCE || wordCount(sentence) > MAX_STATEMENT_WORDS) continue;
    if (LEANS_ON_CONTEXT.test(sentence)) continue;
    const versions: AlteredVersion[] = [];
    for (const text of question.options.filter((_, i) => i !== question.answer)) {
      const { start, from, to } = changedSpan(sentence, text);
      const version = { text, from, to };
      if (plausibleSwap(sentence, start, from, to) && provedFalse(version, start, articles))
        versions.push(version);
    }
    if (!versions.length) continue;
    out.push({
      id: stableId('fact', sentence),
      sourceId: question.source.sourceId,
      sentence,
      versions,
      detailKind: question.detailKind,
      confidence
    });
  }
  return out;
}
