/**
 * Word-level helpers for the checks: tokens with offsets, light stemming, content words, and the overlap
 * measures used to decide that two passages talk about the same thing or repeat the same remark.
 */

export interface Token {
  /** Lower-cased, curly apostrophes made straight: "we're", "russia's". */
  norm: string;
  /** The token as printed. */
  raw: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[''’][\p{L}]+)*(?:[.,/:][\p{N}]+)*/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({
      raw: m[0],
      norm: straightApostrophes(m[0].toLowerCase()),
      start: offset + m.index,
      end: offset + m.index + m[0].length
    });
  }
  return out;
}

const straightApostrophes = (word: string) => (word.includes('’') ? word.replace(/’/g, "'") : word);

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
  let w = word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[’']/g, "'");
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Stems of the words that carry content (no function words, no bare numbers unless asked). */
export function contentStems(text: string, keepNumbers = true): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    if (STOPWORDS.has(t.norm)) continue;
    if (!keepNumbers && /^\d/.test(t.norm)) continue;
    if (t.norm.length < 2) continue;
    out.add(stem(t.norm));
  }
  return out;
}

const stemCache = new WeakMap<object, Set<string>>();
const hintPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * Cheap prefilter before the costlier patterns: does the text contain any of these strings (any case)?
 * One scan with a literal alternation, compiled once per hint list.
 */
export function mentions(item: { text: string }, hints: readonly string[]): boolean {
  let pattern = hintPatterns.get(hints);
  if (!pattern) {
    pattern = new RegExp(hints.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
    hintPatterns.set(hints, pattern);
  }
  return pattern.test(item.text);
}

/** contentStems of a sentence-like object, computed once per object. */
export function stemsOf(item: { text: string }): Set<string> {
  let stems = stemCache.get(item);
  if (!stems) stemCache.set(item, (stems = contentStems(item.text)));
  return stems;
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
  // Most words have no doubled letter: the regex runs only where two equal code units (or a surrogate pair,
  // which may hold a doubled astral letter) are found. It runs for every token the checks compare.
  for (let i = 1; i < norm.length; i++) {
    const code = norm.charCodeAt(i);
    if (code === norm.charCodeAt(i - 1) || (code >= 0xd800 && code <= 0xdfff))
      return norm.replace(DOUBLED_LETTERS, '$1');
  }
  return norm;
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

/** Trims a span of `text` so it starts and ends on non-space characters; drops trailing commas. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,;:–—-]/.test(text[end - 1])) end--;
  return { start, end };
}
