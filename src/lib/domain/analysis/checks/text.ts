/**
 * Word-level helpers for the checks: light stemming, content words, and the overlap
 * measures used to decide that two passages talk about the same thing or repeat the same remark.
 */
import { letterAt, straightApostrophes, wordSpans } from '../text';

const STOPWORDS = new Set(
  (
    "a an the and or but nor so yet if then than that this these those there here it its it's is are was were be been " +
    'being am do does did done have has had having i me my we us our you your he him his she her they them their ' +
    'what which who whom whose when where why how all any some no not also just only very more most much many ' +
    'of in on at to for from by with about as into over after before during between through up down out off ' +
    'again further once said says say saying told tell tells added adds according will would could should can may ' +
    'might must shall one two three four five six seven eight nine ten own same other such each both few ' +
    'now still even ever while because until till against among per via mr mrs ms'
  ).split(/\s+/)
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** A light suffix-stripping stem: enough to match "elections"/"election", "voting"/"vote", "talks"/"talk". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.includes("'") || w.includes('’')) w = w.replace(/[’']s$/, '').replace(/[’']/g, "'");
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !NOT_PLURAL_BEFORE_S.has(w[w.length - 2])) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** A final "s" after these is no plural: "class", "status", "analysis". */
const NOT_PLURAL_BEFORE_S = new Set(['s', 'u', 'i']);

/** Stems of the words that carry content (no function words, no bare numbers unless asked). */
export function contentStems(text: string, keepNumbers = true): Set<string> {
  return stemsOfNorms(normsIn(text), keepNumbers);
}

function stemsOfNorms(norms: string[], keepNumbers: boolean): Set<string> {
  const out = new Set<string>();
  for (const norm of norms) {
    if (STOPWORDS.has(norm)) continue;
    if (!keepNumbers && /^\d/.test(norm)) continue;
    if (norm.length < 2) continue;
    out.add(stem(norm));
  }
  return out;
}

const stemCache = new WeakMap<object, Set<string>>();

/** A list of words a sentence must contain before a rule's fuller patterns are tried; see `mentions`. */
export interface Hints {
  readonly words: readonly string[];
  /** This list's bit in a sentence's hint mask. */
  readonly bit: number;
}

const hintLists: Hints[] = [];
/** Every hint word, longest first, with the bits of the lists it answers; built on first use. */
let hintScan: { pattern: RegExp; bits: Map<string, number> } | undefined;
/** Each sentence's hint mask; started afresh when a list is added (all are, at module load). */
let hintMasks = new WeakMap<object, number>();

/** Declares a hint list (at module load): all lists are then answered by one scan of each sentence. */
export function hints(words: readonly string[]): Hints {
  if (hintLists.length >= 31) throw new Error('more than 31 hint lists: the hint mask needs widening');
  const list = { words: words.map((w) => w.toLowerCase()), bit: 1 << hintLists.length };
  hintLists.push(list);
  hintScan = undefined;
  hintMasks = new WeakMap();
  return list;
}

function buildHintScan(): NonNullable<typeof hintScan> {
  const words = [...new Set(hintLists.flatMap((l) => l.words))].sort((a, b) => b.length - a.length);
  // Two hints that match at one place are one a prefix of the other ("want", "wants"); the scan takes the
  // longest, so that one carries the bits of every list holding one of its prefixes.
  const bits = new Map(
    words.map((w) => [
      w,
      hintLists.reduce((m, l) => (l.words.some((h) => w.startsWith(h)) ? m | l.bit : m), 0)
    ])
  );
  const pattern = new RegExp(words.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return { pattern, bits };
}

/** Which hint lists a text mentions, as a bit mask: one scan of the lower-cased text for all of them. */
function hintMask(text: string): number {
  const { pattern, bits } = (hintScan ??= buildHintScan());
  // Lower-casing matches the hints (all lower case, mostly ASCII) as a case-insensitive pattern would.
  const lower = text.toLowerCase();
  let mask = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
    mask |= bits.get(m[0])!;
    // Hints may overlap ("un " inside "run "): look again from the next character.
    pattern.lastIndex = m.index + 1;
  }
  return mask;
}

/**
 * Cheap prefilter before the costlier patterns: does the text contain any of these hints (any case)?
 * A sentence is scanned once for every list (each rule used to scan each sentence for its own).
 */
export function mentions(item: { text: string }, list: Hints): boolean {
  let mask = hintMasks.get(item);
  if (mask === undefined) hintMasks.set(item, (mask = hintMask(item.text)));
  return (mask & list.bit) !== 0;
}

const normCache = new WeakMap<object, string[]>();
const keyCache = new WeakMap<object, string[]>();

/** Tokens' `norm` of a sentence-like object, computed once per object (stems and keys need no more). */
function normsOf(item: { text: string }): string[] {
  let norms = normCache.get(item);
  if (!norms) normCache.set(item, (norms = normsIn(item.text)));
  return norms;
}

/** What tokenize(text) gives as `norm`, without the rest of each token. */
function normsIn(text: string): string[] {
  const spans = wordSpans(text);
  const norms: string[] = [];
  for (let k = 0; k < spans.length; k += 2)
    norms.push(straightApostrophes(text.slice(spans[k], spans[k + 1]).toLowerCase()));
  return norms;
}

/** contentStems of a sentence-like object, computed once per object. */
export function stemsOf(item: { text: string }): Set<string> {
  let stems = stemCache.get(item);
  if (!stems) stemCache.set(item, (stems = stemsOfNorms(normsOf(item), true)));
  return stems;
}

/** Spelling keys of a sentence-like object's tokens, computed once per object. */
export function keysOf(item: { text: string }): string[] {
  let keys = keyCache.get(item);
  if (!keys) keyCache.set(item, (keys = normsOf(item).map(spellingKey)));
  return keys;
}

const lowerCache = new WeakMap<object, string>();

/** The text lower-cased, apostrophes straight (as tokens' `norm` spell words), once per object. */
function lowerOf(item: { text: string }): string {
  let lower = lowerCache.get(item);
  if (lower === undefined) lowerCache.set(item, (lower = straightApostrophes(item.text.toLowerCase())));
  return lower;
}

/** Stems as they show in lower-cased text: a stem is the start of its word, less a final "y" ("countries"). */
export function stemFragments(stems: Iterable<string>): string[] {
  return [...stems].map((k) => k.replace(/y$/, ''));
}

/**
 * How many of these stem fragments (see stemFragments) the item's lower-cased text contains: at least as many
 * as the stems its words share with them, found without tokenising it. A capital sigma lowers by its context
 * (final "ς" or "σ"), so a text with one is not bounded.
 */
export function fragmentsIn(item: { text: string }, fragments: readonly string[]): number {
  if (item.text.includes('Σ')) return Infinity;
  const lower = lowerOf(item);
  let n = 0;
  for (const f of fragments) if (lower.includes(f)) n++;
  return n;
}

/**
 * Might one of the item's words have one of these spelling keys? Never false when one does: a key is looked
 * for in the lower-cased text (see lowerOf), where any of its letters may be doubled ("zelensky" finds
 * "zelenskyy"). Spares tokenising sentences that cannot match.
 */
export function mayHoldKey(item: { text: string }, keys: readonly string[]): boolean {
  // A capital sigma lowers by its context, differently in a word than in a whole sentence.
  if (item.text.includes('Σ')) return true;
  const lower = lowerOf(item);
  return keys.some((key) => holdsKey(lower, key));
}

function holdsKey(lower: string, key: string): boolean {
  // A doubled letter outside the Basic Multilingual Plane is two surrogate pairs: not followed here.
  if (/[\ud800-\udfff]/.test(key)) return true;
  for (let at = lower.indexOf(key[0]); at >= 0; at = lower.indexOf(key[0], at + 1)) {
    let p = at;
    let k = 0;
    for (; k < key.length; k++) {
      const code = key.charCodeAt(k);
      if (lower.charCodeAt(p) !== code) break;
      p++;
      // Keys have no letter twice in a row, so taking every repeat of this one loses no match.
      if (letterAt(key, k)) while (lower.charCodeAt(p) === code) p++;
    }
    if (k === key.length) return true;
  }
  return false;
}

export function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * Spelling key for comparing wordings: transliteration variants such as Zelensky/Zelenskyy and
 * doubled letters compare equal; contractions stay distinct on purpose ("we're" vs "we are" is a
 * different wording).
 */
export function spellingKey(norm: string): string {
  // Most words have no doubled letter, and those that have are collapsed by hand: it runs for every token
  // the checks compare. A surrogate pair may hold a doubled astral letter: the Unicode pattern takes those.
  for (let i = 1; i < norm.length; i++) {
    const code = norm.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return norm.replace(DOUBLED_LETTERS, '$1');
    if (code === norm.charCodeAt(i - 1) && letterAt(norm, i)) return collapseFrom(norm, i);
  }
  return norm;
}

/** Drops, from `first` on, every letter that repeats the one before it. */
function collapseFrom(norm: string, first: number): string {
  let out = norm.slice(0, first);
  for (let i = first; i < norm.length; i++) {
    const code = norm.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return norm.replace(DOUBLED_LETTERS, '$1');
    if (code !== norm.charCodeAt(i - 1) || !letterAt(norm, i)) out += norm[i];
  }
  return out;
}

const DOUBLED_LETTERS = /(\p{L})\1+/gu;

/** Multiset overlap of two word lists: shared words, and that count over the shorter and longer list. */
export function bagOverlap(
  a: string[],
  b: string[]
): { shared: number; ofShorter: number; ofLonger: number } {
  if (!a.length || !b.length) return { shared: 0, ofShorter: 0, ofLonger: 0 };
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return {
    shared,
    ofShorter: shared / Math.min(a.length, b.length),
    ofLonger: shared / Math.max(a.length, b.length)
  };
}

/** Longest common subsequence of two word lists, as pairs of matched indices (in order). */
export function lcsPairs(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const table = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i * w + j] =
        a[i] === b[j]
          ? table[(i + 1) * w + j + 1] + 1
          : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
    else j++;
  }
  return pairs;
}
