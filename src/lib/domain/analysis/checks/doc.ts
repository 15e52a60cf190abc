/**
 * One document as the checks see it: sentences and paragraphs with offsets, its direct quotes split into
 * sentence-sized units, and a reference date for relative figures ("for more than three years").
 */
import { parseText, type Paragraph, type Sentence } from '../../corpus/text';
import { extractQuotes } from '../quotes';
import { type Token, tokenize } from '../text';
import { spellingKey } from './text';
import type { CheckDocument, Doc, Passage, QuoteSpan, QuoteUnit, Value } from './types';
import { extractValues } from './values';

const CLAIM_VERBS =
  /\b(?:said|says|say|saying|told|tells|claimed|claims|claiming|insisted|insists|argued|argues|asserted|asserts|alleged|alleges|suggested|suggests|stated|states|maintained|maintains|vowed|vows|promised|promises|pledged|described|describes|called|calls|highlighted|highlights|revealed|reveals|denied|denies|rejected|rejects|wrote|added|replied|according to|contention)\b/i;

/** A sentence someone is reported as saying, claiming or describing. */
export function isAttributed(text: string): boolean {
  return CLAIM_VERBS.test(text) || /["“”‘]|(?:^|\s)'/.test(text);
}

export function prepareDoc(input: CheckDocument, index: number): Doc {
  const parsed = input.parsed?.text === input.text ? input.parsed : parseText(input.text);
  const text = parsed.text;
  const quotes = input.quotes && text === input.text ? input.quotes : findQuotes(text);
  const doc: Doc = {
    index,
    file: input.file,
    label: input.outlet ?? input.file.replace(/^.*[\\/]/, ''),
    text,
    sentences: parsed.sentences,
    paragraphs: parsed.paragraphs,
    quotes,
    units: [],
    date: referenceDate(input, text),
    figures: input.figures
  };
  doc.units = quoteUnits(doc);
  return doc;
}

function findQuotes(text: string): QuoteSpan[] {
  try {
    return extractQuotes(text).map((q) => ({ start: q.start, end: q.end, speaker: q.speaker }));
  } catch {
    // The quote module is shared work in progress; a failure there must not hide every other check.
    return scanQuotes(text);
  }
}

/** A plain scan for quotation marks, used only when the quote module fails on a text. */
export function scanQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const base = line.index;
    const pattern = /[“"]([^”"\n]+)(?:[”"]|$)|(?:^|(?<=[\s(]))['‘’]([^\n]+?)['’](?![\p{L}])/gu;
    for (const m of line[0].matchAll(pattern)) {
      const inner = m[1] ?? m[2];
      const start = base + m.index + m[0].indexOf(inner);
      out.push({ start, end: start + inner.length, speaker: null });
    }
  }
  return out;
}

/** Splits each quote into sentences (and at ellipses, which mark words left out). */
function quoteUnits(doc: Doc): QuoteUnit[] {
  const units: QuoteUnit[] = [];
  doc.quotes.forEach((q, quoteIndex) => {
    const body = doc.text.slice(q.start, q.end);
    const piece = /[^.!?…]+(?:[.!?]+|…|\.\.\.|$)/g;
    for (const m of body.matchAll(piece)) {
      let s = q.start + m.index;
      let e = s + m[0].length;
      while (s < e && /[\s.…,;:–—-]/.test(doc.text[s])) s++;
      while (e > s && /[\s…]/.test(doc.text[e - 1])) e--;
      if (doc.text.slice(e - 3, e) === '...') e -= 3;
      while (e > s && /\s/.test(doc.text[e - 1])) e--;
      const text = doc.text.slice(s, e);
      const tokens = tokenize(text, s);
      if (tokens.length < 3) continue;
      units.push(new Unit(doc, q, quoteIndex, paragraphAt(doc.paragraphs, s), text, s, e, tokens));
    }
  });
  return units;
}

/**
 * A quote unit with its paragraph context built on first use. A class rather than an object literal with a
 * getter: such literals are built slowly, property by property, and there is one per quoted sentence.
 */
class Unit implements QuoteUnit {
  readonly doc: number;
  readonly speaker: string | null;
  readonly keys: string[];
  readonly heading: boolean;
  readonly paragraph: number;
  private contextText: string | undefined;

  constructor(
    private readonly owner: Doc,
    private readonly source: QuoteSpan,
    readonly quote: number,
    private readonly paragraphSpan: Paragraph | undefined,
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly tokens: Token[]
  ) {
    this.doc = owner.index;
    this.speaker = source.speaker;
    this.keys = tokens.map((t) => spellingKey(t.norm));
    this.heading = paragraphSpan?.heading ?? false;
    this.paragraph = paragraphSpan?.index ?? -1;
  }

  /** Read only for a unit whose speaker is unresolved, when it is compared with another. */
  get context(): string {
    const { owner, source, paragraphSpan: p } = this;
    return (this.contextText ??= p
      ? (owner.text.slice(p.start, source.start) + ' ' + owner.text.slice(source.end, p.end))
          .toLowerCase()
          .replace(/(\p{L})\1+/gu, '$1')
      : '');
  }
}

/** The paragraph containing an offset (paragraphs are in text order), by binary search. */
function paragraphAt(paragraphs: Paragraph[], offset: number): Paragraph | undefined {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].end < offset) lo = mid + 1;
    else if (paragraphs[mid].start > offset) hi = mid - 1;
    else return paragraphs[mid];
  }
  return undefined;
}

function referenceDate(input: CheckDocument, text: string): number | undefined {
  const published = /^(\d{4})-(\d{2})-(\d{2})/.exec(input.published ?? '');
  if (published)
    return Number(published[1]) + (Number(published[2]) - 1 + (Number(published[3]) - 1) / 31) / 12;
  // A dateline near the top ("Published August 15, 2025", "Friday, August 15, 2025, 5:58 PM").
  const head = text.slice(0, 400);
  return extractValues(head).find((v) => v.kind === 'date')?.value;
}

const valueCache = new WeakMap<Sentence, Value[]>();

/** The figures in a sentence (offsets into its document), read once per sentence for every check. */
export function sentenceValues(doc: Doc, s: Sentence): Value[] {
  let values = valueCache.get(s);
  if (!values)
    valueCache.set(
      s,
      (values = doc.figures ? shifted(doc.figures(s.text), s.start) : extractValues(s.text, s.start))
    );
  return values;
}

/** Figures found in a sentence's own text, with offsets into its document (as extractValues(text, offset)). */
function shifted(values: Value[], offset: number): Value[] {
  return values.map((v) => ({ ...v, start: v.start + offset, end: v.end + offset }));
}

/** A passage of a document, trimmed of surrounding spaces and stray commas. */
export function passageOf(doc: Doc, start: number, end: number): Passage {
  while (start < end && /[\s,;]/.test(doc.text[start])) start++;
  while (end > start && /[\s,;]/.test(doc.text[end - 1])) end--;
  return { file: doc.file, text: doc.text.slice(start, end), start, end };
}
