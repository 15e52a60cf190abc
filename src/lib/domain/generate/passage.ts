/** Passages of an article as questions need them: provenance, sentences, section labels, dates and dedupe keys. */
import { kindAt, type Article } from '../corpus/article';
import type { Sentence } from '../corpus/text';
import { hash53, seededRandom } from '../hash';
import type { Provenance } from '../packs/schema';

/** Provenance whose excerpt is exactly the article text at its offsets (surrounding whitespace trimmed). */
export function provenance(article: Article, start: number, end: number): Provenance {
  let from = Math.max(0, Math.min(start, article.text.length));
  let to = Math.max(from, Math.min(end, article.text.length));
  while (from < to && /\s/.test(article.text[from])) from++;
  while (to > from && /\s/.test(article.text[to - 1])) to--;
  return { sourceId: article.id, start: from, end: to, excerpt: article.text.slice(from, to) };
}

/** The sentence containing an offset, if the offset is article text (chrome lines belong to no sentence). */
export function sentenceAt(article: Article, offset: number): Sentence | undefined {
  return article.sentences.find((s) => offset >= s.start && offset < s.end);
}

/** True when the offset lies in a paragraph of the article, not in skipped web-page chrome. */
export function isArticleText(article: Article, offset: number): boolean {
  return article.paragraphs.some((p) => offset >= p.start && offset < p.end);
}

/** A note for passages from a marked section of another kind (the advocacy essays appended to a news item). */
export function sectionNote(article: Article, start: number): string | undefined {
  const kind = kindAt(article, start);
  if (kind === article.kind || kind === 'news' || kind === 'liveblog') return undefined;
  const what = kind === 'advocacy' ? 'an advocacy essay' : 'an opinion piece';
  return `This passage comes from ${what} that ${outletName(article)} appended to its report, not from its news reporting.`;
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' '
);

/** "15 August 2025" from an ISO date; the raw value when it is not one. */
export function readableDate(published: string | undefined): string | undefined {
  if (!published) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return published;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/**
 * How questions name an article's outlet: the outlet, or the article by its title when the file did not say which
 * outlet published it (a pasted text, a plain .txt) — never a made-up "Unknown".
 */
export function outletName(article: Pick<Article, 'outlet' | 'title'>): string {
  return article.outlet ?? `“${article.title}”`;
}

/** "DW (15 August 2025)" — who reported a passage, and when; a date the article does not give is left out. */
export function reportedBy(article: Article): string {
  const date = readableDate(article.published);
  return date ? `${outletName(article)} (${date})` : outletName(article);
}

/** Lower-case words with quotes, dashes and apostrophes normalised, for comparing passages across outlets. */
export function words(text: string): string[] {
  let normalised = text.toLowerCase();
  if (/[’‘`]/.test(normalised)) normalised = normalised.replace(/[’‘`]/g, "'");
  if (normalised.includes('till')) normalised = normalised.replace(/\btill\b/g, 'until');
  // One scan over the runs of letters, digits and apostrophes, ASCII decided without a regex: this runs for every
  // draft and sentence compared, and was a profile hot spot as a regex iterator.
  const out: string[] = [];
  const length = normalised.length;
  let runStart = -1;
  for (let i = 0; i < length; i++) {
    const code = normalised.charCodeAt(i);
    let inWord: boolean;
    let width = 1;
    if (code < 128) inWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === APOSTROPHE;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(normalised.charCodeAt(i + 1))) {
      width = 2; // a surrogate pair: one code point
      inWord = WORD_CHAR.test(normalised.slice(i, i + 2));
    } else inWord = WORD_CHAR.test(normalised[i]);
    if (inWord) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      pushWord(out, normalised, runStart, i);
      runStart = -1;
    }
    i += width - 1;
  }
  if (runStart >= 0) pushWord(out, normalised, runStart, length);
  return out;
}

const APOSTROPHE = 39;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const WORD_CHAR = /^[\p{L}\p{N}']$/u;

/** A run of word characters as a word, without the apostrophes around it ("'till'" is "till"); none if only those. */
function pushWord(out: string[], text: string, start: number, end: number): void {
  while (start < end && text.charCodeAt(start) === APOSTROPHE) start++;
  while (end > start && text.charCodeAt(end - 1) === APOSTROPHE) end--;
  if (end > start) out.push(text.slice(start, end));
}

export function normalizedKey(text: string): string {
  return keyFromWords(words(text));
}

/** `normalizedKey` of a text whose words are already split. */
export function keyFromWords(words: readonly string[]): string {
  return words.join(' ');
}

/** Near-identical passages: most of the shorter one's words appear in the longer one. */
export function nearDuplicate(a: string | Set<string>, b: string | Set<string>): boolean {
  const wa = typeof a === 'string' ? new Set(words(a)) : a;
  const wb = typeof b === 'string' ? new Set(words(b)) : b;
  if (!comparableSizes(wa.size, wb.size)) return false;
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return nearBySharedWords(wa.size, wb.size, shared);
}

/** Whether passages of these word counts could be near-identical at all (the empty one only to another). */
function comparableSizes(sizeA: number, sizeB: number): boolean {
  if (!sizeA || !sizeB) return sizeA === sizeB;
  return Math.min(sizeA, sizeB) / Math.max(sizeA, sizeB) >= 0.5;
}

/** `nearDuplicate` from the passages' distinct word counts and how many words they share. */
function nearBySharedWords(sizeA: number, sizeB: number, shared: number): boolean {
  if (!sizeA || !sizeB) return sizeA === sizeB;
  return comparableSizes(sizeA, sizeB) && shared / Math.min(sizeA, sizeB) >= 0.8;
}

/**
 * Passages indexed by their words, to ask whether a new one nearly duplicates any of them (see `nearDuplicate`):
 * the shared words are counted through the index, in one pass over the new passage's words, rather than by
 * comparing it with every passage in turn; repeated words are told apart by the index too, so no passage needs a
 * set of its words of its own.
 */
export class NearDuplicates {
  /** Each passage's number of distinct words. */
  private sizes: number[] = [];
  /** Every word met: the passages that have it, and the last pass over a passage that counted it. */
  private byWord = new Map<string, { passages: number[]; pass: number }>();
  private passes = 0;
  /** Shared words per passage, reused by every `has` (it runs for every draft of a pack against the kept ones). */
  private shared = new Int32Array(16);

  add(words: readonly string[]): void {
    const id = this.sizes.length;
    const pass = ++this.passes;
    let distinct = 0;
    for (const w of words) {
      const entry = this.entry(w);
      if (entry.pass === pass) continue;
      entry.pass = pass;
      distinct++;
      entry.passages.push(id);
    }
    this.sizes.push(distinct);
  }

  /** True when `words` nearly duplicate some passage of the index. */
  has(words: readonly string[]): boolean {
    const count = this.sizes.length;
    if (this.shared.length < count) this.shared = new Int32Array(Math.max(count, this.shared.length * 2));
    const shared = this.shared;
    shared.fill(0, 0, count);
    const pass = ++this.passes;
    let size = 0;
    for (const w of words) {
      const entry = this.entry(w);
      if (entry.pass === pass) continue;
      entry.pass = pass;
      size++;
      for (const id of entry.passages) shared[id]++;
    }
    for (let id = 0; id < count; id++) if (nearBySharedWords(this.sizes[id], size, shared[id])) return true;
    return false;
  }

  /** A word's entry, made when first met (a word only asked about is remembered too, with no passages). */
  private entry(word: string): { passages: number[]; pass: number } {
    let entry = this.byWord.get(word);
    if (!entry) this.byWord.set(word, (entry = { passages: [], pass: 0 }));
    return entry;
  }
}

/** Markdown list items, photo captions and credits ("Trump (R) and Putin (L) leave…", "© Getty Images") are not prose. */
const NOT_PROSE = /©|Getty Images|\*\*|^\d+\.\s|^[-*•]\s|\((?:L|R|C|left|right|centre|center)\)/;

export function isProse(text: string): boolean {
  return !NOT_PROSE.test(text);
}

/** The number of whitespace-separated words, counted in one scan (no split: it runs for every candidate sentence). */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhitespace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** What `\s` matches in a JavaScript regular expression. */
function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * A sentence that leans on an earlier one ("He added…", "This puts him…", "It could have been worse") does not
 * read well on its own as a question.
 */
export function startsWithDanglingReference(text: string): boolean {
  const body = text.replace(/^["“‘'(\s]+/, '');
  if (/^It(?: is|'s|’s| was) (?:\w+ )?\w+ (?:to|that|for)\b/.test(body)) return false;
  return /^(?:He|She|They|It|This|That|These|Those|His|Her|Their|Its|Him|Them|Such|The latter|The former)\b/.test(
    body
  );
}

const STARTERS = new Set(
  'The A An In At On By For From With However But And While After Before During Since As If When Although Though Despite Until Yet Or So Then Still Also Earlier Later Meanwhile Moreover Furthermore Instead Many Some Most Both Other Officials Reports'.split(
    ' '
  )
);

const nameWordCache = new WeakMap<readonly string[], Set<string>>();

function nameWords(people: readonly string[]): Set<string> {
  let names = nameWordCache.get(people);
  if (!names) nameWordCache.set(people, (names = new Set(people.flatMap((p) => p.split(' ')))));
  return names;
}

/**
 * A person pronoun with nobody named before it in the sentence ("The Guardian reported his remarks…"): the reader
 * cannot tell who is meant. `people` are the names a "he" or "she" may refer to; "they" may refer to any name.
 */
export function hasDanglingPronoun(text: string, people: readonly string[]): boolean {
  const pronoun = PERSON_PRONOUN.exec(text);
  if (!pronoun) return false;
  if (PLURAL_PRONOUN.test(pronoun[0]))
    return !someWordBefore(CAPITALISED_WORD_OR_INITIALS, text, pronoun.index, (w) => !STARTERS.has(w));
  const names = nameWords(people);
  return !someWordBefore(CAPITALISED_WORD, text, pronoun.index, (w) => names.has(w.replace(POSSESSIVE, '')));
}

/**
 * Whether a word `pattern` finds in `text.slice(0, end)` passes `test`, searched in place and stopping at the first:
 * this runs for every candidate sentence of two builders, and slicing and collecting every word was a hot spot.
 */
function someWordBefore(
  pattern: RegExp,
  text: string,
  end: number,
  test: (word: string) => boolean
): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && m.index < end; m = pattern.exec(text)) {
    const stop = m.index + m[0].length;
    // A word running on past `end` is cut there, as in the slice; cut to one letter, the slice has no word there.
    const word = stop > end ? text.slice(m.index, end) : m[0];
    if (word.length > 1 && test(word)) return true;
  }
  return false;
}

// Hoisted: this runs for every candidate sentence of two builders.
const PERSON_PRONOUN = /\b(?:he|him|his|she|her|hers|they|them|their)\b/i;
const PLURAL_PRONOUN = /^(?:they|them|their)$/i;
const CAPITALISED_WORD_OR_INITIALS = /\b\p{Lu}[\p{L}'’.-]+/gu;
const CAPITALISED_WORD = /\b\p{Lu}[\p{L}'’-]+/gu;
const POSSESSIVE = /['’]s$/;

/** Randomness for one question, derived from the pack seed and the question's content so it is stable. */
export function randomFor(seed: number, key: string): () => number {
  return seededRandom(hash53(key, seed));
}
