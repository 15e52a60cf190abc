/**
 * Word-by-word alignment of two quote units: are they the same remark, and if so, do they word it
 * differently? A clean cut of a longer quote reads the same; a changed, added or dropped word inside
 * the shared stretch, or at a sentence edge, is a different wording.
 */
import { bagOverlap, isStopword, lcsPairs } from './text';
import type { QuoteUnit } from './types';

export interface WordingDiff {
  /** Share of the longer unit's words that the two have in common, in order. */
  similarity: number;
  /** True when one is a clean cut of the other (or both read the same). */
  consistent: boolean;
  /** The words that differ, for the explanation: ["till", "until"]. */
  left: string;
  right: string;
  /** False when the two do not line up well enough to be the same remark. */
  aligned: boolean;
}

/**
 * Speakers' last names for a pair; an unresolved speaker takes the other's name when that name stands
 * next to the quote ("Trump closes the video saying, “…”").
 */
function speakers(a: QuoteUnit, b: QuoteUnit): [string | null, string | null] {
  let la = lastName(a.speaker);
  let lb = lastName(b.speaker);
  const named = (u: QuoteUnit, last: string) => {
    const at = u.context.indexOf(last);
    return at >= 0 && !/\p{L}/u.test(u.context[at - 1] ?? ' ');
  };
  if (!la && lb && named(a, lb)) la = lb;
  if (!lb && la && named(b, la)) lb = la;
  return [la, lb];
}

function lastName(name: string | null): string | null {
  if (!name || /^unknown$/i.test(name)) return null;
  const parts = name.toLowerCase().split(/\s+/);
  return parts[parts.length - 1].replace(/(\p{L})\1+/gu, '$1');
}

/** Two units are candidates for the same remark: most words shared, speakers not known to differ. */
export function sameRemark(a: QuoteUnit, b: QuoteUnit): boolean {
  const [la, lb] = speakers(a, b);
  const o = bagOverlap(a.keys, b.keys);
  // Different named speakers: only near-identical wording overrides (speaker attribution can be wrong).
  if (la && lb && la !== lb && !(o.shared >= 3 && o.ofShorter >= 0.75)) return false;
  if (o.shared >= 4 && o.ofShorter >= 0.6) return true;
  return o.shared >= 2 && o.ofShorter >= 0.6 && o.ofLonger >= 0.5;
}

const WEAK_WORDS = new Set(
  'going get got think know want like people thing things really just lot way well yes yeah okay look'.split(
    ' '
  )
);

/** A word that carries meaning (so that "we're not going to" alone never makes two quotes the same remark). */
function isContentKey(key: string): boolean {
  return key.length >= 3 && !/'/.test(key) && !isStopword(key) && !WEAK_WORDS.has(key);
}

/**
 * The shorter unit's words must mostly reappear in order in the longer one, including at least two words
 * that carry meaning; the bar is higher when a speaker is unknown or the named speakers differ.
 */
function alignedEnough(a: QuoteUnit, b: QuoteUnit, pairs: [number, number][]): boolean {
  if (pairs.filter(([i]) => isContentKey(a.tokens[i].norm)).length < 2) return false;
  const [la, lb] = speakers(a, b);
  const need = la && lb ? (la === lb ? 0.55 : 0.85) : 0.8;
  const inOrder = pairs.length / Math.min(a.keys.length, b.keys.length);
  // Nearly all words shared in another order: a reordered quote ("possibly see it" / "see it possibly").
  return inOrder >= need || bagOverlap(a.keys, b.keys).ofShorter >= Math.max(need, 0.9);
}

/** Two different stretches of three or more words in the same place: different sentences, not one misquoted. */
function divergent(a: QuoteUnit, b: QuoteUnit, pairs: [number, number][]): boolean {
  const points: [number, number][] = [[-1, -1], ...pairs, [a.keys.length, b.keys.length]];
  for (let k = 1; k < points.length; k++) {
    const gapA = points[k][0] - points[k - 1][0] - 1;
    const gapB = points[k][1] - points[k - 1][1] - 1;
    if (gapA >= 3 && gapB >= 3) return true;
  }
  return false;
}

/** A headline in Title Case: its capitals say nothing about where a sentence starts. */
function titleCase(u: QuoteUnit): boolean {
  const long = u.tokens.filter((t) => t.raw.length >= 4);
  return long.length >= 2 && long.every((t) => /^\p{Lu}/u.test(t.raw));
}

/**
 * The common subsequence whose matched words sit closest together: "You Should Be Criminally Investigated"
 * lines up with the last "you should be criminally investigated" of a longer quote, not its first "you should".
 */
function compactLcs(a: string[], b: string[]): [number, number][] {
  const forward = lcsPairs(a, b);
  const backward = lcsPairs([...a].reverse(), [...b].reverse())
    .map(([i, j]): [number, number] => [a.length - 1 - i, b.length - 1 - j])
    .reverse();
  const spread = (p: [number, number][]) =>
    p.length ? p[p.length - 1][0] - p[0][0] + p[p.length - 1][1] - p[0][1] : 0;
  return backward.length === forward.length && spread(backward) < spread(forward) ? backward : forward;
}

/** Titles and honorifics: "up to Zelensky" vs "up to President Zelensky" is the same wording. */
const HONORIFIC =
  /^(?:president|prime|minister|mr|mrs|ms|dr|sir|madam|chancellor|secretary|senator|governor|king|queen|pope)$/i;

const GLUE_BREAK = /[,;:–—(]|\s-\s/;

/** Aligns two units word by word and says whether they differ in wording, and where. */
export function compareWording(doc: (u: QuoteUnit) => string, a: QuoteUnit, b: QuoteUnit): WordingDiff {
  const pairs = compactLcs(a.keys, b.keys);
  const similarity = pairs.length / Math.max(a.keys.length, b.keys.length);
  if (pairs.length < 2 || !alignedEnough(a, b, pairs) || divergent(a, b, pairs))
    return { similarity, consistent: true, left: '', right: '', aligned: false };
  const [a0, b0] = pairs[0];
  const [a1, b1] = pairs[pairs.length - 1];
  const leftDiff: string[] = [];
  const rightDiff: string[] = [];
  // Words inside the shared stretch that only one side has.
  const words = (u: QuoteUnit, from: number, to: number) => u.tokens.slice(from, to).map((t) => t.raw);
  let prev: [number, number] = pairs[0];
  for (const p of pairs.slice(1)) {
    const onlyA = words(a, prev[0] + 1, p[0]).filter((w) => !HONORIFIC.test(w));
    const onlyB = words(b, prev[1] + 1, p[1]).filter((w) => !HONORIFIC.test(w));
    if (onlyA.length || onlyB.length) {
      leftDiff.push(onlyA.join(' ') || '—');
      rightDiff.push(onlyB.join(' ') || '—');
    }
    prev = p;
  }
  const textA = doc(a);
  const textB = doc(b);
  // Extra words at either end count only when glued to the shared words (no comma between) and the
  // shorter side marks a sentence edge there ("He said…" vs "And he said…"; "uses it." vs "uses it now.").
  const startEdge = (shortU: QuoteUnit, longU: QuoteUnit, longText: string, li: number) => {
    const first = shortU.tokens[0];
    const between = longText.slice(
      longU.tokens[li - 1].end - longU.start,
      longU.tokens[li].start - longU.start
    );
    // Headlines drop and recase words freely; only changes inside the shared stretch count there.
    if (titleCase(shortU) || shortU.heading) return false;
    return /^\p{Lu}/u.test(first.raw) && /^\p{Ll}/u.test(longU.tokens[li].raw) && !GLUE_BREAK.test(between);
  };
  const endEdge = (shortU: QuoteUnit, shortText: string, longU: QuoteUnit, longText: string, li: number) => {
    const tail = shortText.slice(shortU.tokens[shortU.tokens.length - 1].end - shortU.start);
    const between = longText.slice(
      longU.tokens[li].end - longU.start,
      longU.tokens[li + 1].start - longU.start
    );
    if (titleCase(shortU) || shortU.heading) return false;
    return /[.!?]/.test(tail) && !GLUE_BREAK.test(between) && !/[.!?]/.test(between);
  };
  const glued = (u: QuoteUnit, t: string, i: number, j: number) =>
    !GLUE_BREAK.test(t.slice(u.tokens[i].end - u.start, u.tokens[j].start - u.start));
  // Both sides have different words right before (or after) the shared stretch: "Russia is a" vs "Russia's a".
  if (a0 > 0 && b0 > 0 && glued(a, textA, a0 - 1, a0) && glued(b, textB, b0 - 1, b0)) {
    leftDiff.unshift(a.tokens[a0 - 1].raw);
    rightDiff.unshift(b.tokens[b0 - 1].raw);
  }
  if (
    a1 < a.keys.length - 1 &&
    b1 < b.keys.length - 1 &&
    glued(a, textA, a1, a1 + 1) &&
    glued(b, textB, b1, b1 + 1)
  ) {
    leftDiff.push(a.tokens[a1 + 1].raw);
    rightDiff.push(b.tokens[b1 + 1].raw);
  }
  if (a0 > 0 && b0 === 0 && startEdge(b, a, textA, a0)) {
    leftDiff.unshift(rawWords(a, 0, a0));
    rightDiff.unshift('—');
  }
  if (b0 > 0 && a0 === 0 && startEdge(a, b, textB, b0)) {
    rightDiff.unshift(rawWords(b, 0, b0));
    leftDiff.unshift('—');
  }
  if (a1 < a.keys.length - 1 && b1 === b.keys.length - 1 && endEdge(b, textB, a, textA, a1)) {
    leftDiff.push(rawWords(a, a1 + 1));
    rightDiff.push('—');
  }
  if (b1 < b.keys.length - 1 && a1 === a.keys.length - 1 && endEdge(a, textA, b, textB, b1)) {
    rightDiff.push(rawWords(b, b1 + 1));
    leftDiff.push('—');
  }
  const consistent = !leftDiff.length && !rightDiff.length;
  return { similarity, consistent, left: leftDiff.join(' … '), right: rightDiff.join(' … '), aligned: true };
}

/** The unit's words from `from` to `to` as printed, joined by spaces. */
function rawWords(u: QuoteUnit, from: number, to?: number): string {
  return u.tokens
    .slice(from, to)
    .map((t) => t.raw)
    .join(' ');
}
