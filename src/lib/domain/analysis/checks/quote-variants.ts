/**
 * The same remark quoted in different words: "There's no deal till there's a deal" vs "… until there's a
 * deal". Quote units that share most of their words (and no different named speaker) are aligned word by
 * word; a partial quote (a clean cut of a longer one) is not a discrepancy, a changed, added or dropped
 * word inside the shared stretch is.
 */
import { compareWording, sameRemark, type WordingDiff } from './quote-align';
import { isStopword } from './text';
import type { Doc, Finding, QuoteUnit } from './types';

interface Edge {
  a: QuoteUnit;
  b: QuoteUnit;
  diff: WordingDiff;
}

function order(docs: Doc[], u: QuoteUnit): number {
  return u.doc * 1e9 + u.start;
}

const versionCache = new WeakMap<QuoteUnit, string>();

/** Identical wordings (after spelling keys) are one version of a remark. */
function versionKey(u: QuoteUnit): string {
  let key = versionCache.get(u);
  if (key === undefined) versionCache.set(u, (key = u.keys.join(' ')));
  return key;
}

/** One number for an unordered pair of word numbers (below 2^21 words, which no corpus comes near). */
function pairNumber(a: number, b: number): number {
  return a < b ? a * 0x200000 + b : b * 0x200000 + a;
}

/** How many copies of one wording in one article are compared with other wordings. */
const COMPARED_COPIES = 3;

/** Wording discrepancies between quotes of the same remark, one finding per differing version. */
export function findQuoteVariants(docs: Doc[]): Finding[] {
  const units = docs.flatMap((d) => d.units);
  const text = (u: QuoteUnit) => docs[u.doc].text.slice(u.start, u.end);
  // Prefilter: only units sharing two consecutive content words ("make … deal", "big power") are compared.
  // Words are numbered, and a pair is one number, rather than a string built for every pair of every unit.
  const wordIds = new Map<string, number>();
  const idOf = (word: string) => wordIds.get(word) ?? wordIds.set(word, wordIds.size).get(word)!;
  const byPair = new Map<number, number[]>();
  const pairKeys = units.map((u) => {
    const content = u.keys.filter((k) => !isStopword(k)).map(idOf);
    // A unit with one content word is filed under that word alone (negative, so no pair number matches it).
    if (content.length < 2) return new Set(content.map((id) => -1 - id));
    const keys = new Set<number>();
    // Unordered, so that reordered words ("possibly see" / "see … possibly") still meet.
    for (let i = 0; i + 1 < content.length; i++)
      for (let j = i + 1; j <= i + 2 && j < content.length; j++) keys.add(pairNumber(content[i], content[j]));
    return keys;
  });
  // Copies of one wording in one article compare alike with everything else: the first few stand for the rest, so
  // a page that repeats a quote a thousand times costs a few comparisons, not a million (quadratic time).
  const copies = new Map<string, number>();
  const compared = units.map((u) => {
    const copy = `${u.doc} ${versionKey(u)}`;
    const n = copies.get(copy) ?? 0;
    copies.set(copy, n + 1);
    return n < COMPARED_COPIES;
  });
  pairKeys.forEach((keys, i) => {
    if (!compared[i]) return;
    for (const k of keys) (byPair.get(k) ?? byPair.set(k, []).get(k)!).push(i);
  });
  const variants: Edge[] = [];
  const contained: Edge[] = [];
  const seen = new Set<number>();
  units.forEach((u, i) => {
    if (!compared[i]) return;
    for (const k of pairKeys[i]) {
      for (const j of byPair.get(k) ?? []) {
        if (j <= i || seen.has(i * units.length + j)) continue;
        seen.add(i * units.length + j);
        if (versionKey(u) === versionKey(units[j])) continue;
        const v = units[j];
        if (u.doc === v.doc && u.start < v.end && v.start < u.end) continue;
        if (!sameRemark(u, v)) continue;
        if (u.doc === v.doc && (u.quote === v.quote || u.paragraph === v.paragraph)) continue;
        const diff = compareWording(text, u, v);
        if (!diff.aligned) continue;
        if (diff.consistent) {
          contained.push({ a: u, b: v, diff });
        } else variants.push({ a: u, b: v, diff });
      }
    }
  });
  // A clean cut of a quote says nothing new: drop X–Z when X is a cut of Y and Y–Z is already a variant.
  const key = (u: QuoteUnit) => `${u.doc}:${u.start}`;
  const variantSet = new Set(variants.flatMap((e) => [`${key(e.a)}|${key(e.b)}`, `${key(e.b)}|${key(e.a)}`]));
  const cutOf = new Map<string, string[]>();
  for (const e of contained) {
    const [short, long] = e.a.keys.length <= e.b.keys.length ? [e.a, e.b] : [e.b, e.a];
    (cutOf.get(key(short)) ?? cutOf.set(key(short), []).get(key(short))!).push(key(long));
  }
  const redundant = (x: QuoteUnit, z: QuoteUnit) =>
    (cutOf.get(key(x)) ?? []).some((y) => variantSet.has(`${y}|${key(z)}`));
  // The speaker said both versions in one paragraph (a repeated phrase, not a misquote): nothing to report.
  const versionOf = (u: QuoteUnit) => versionKey(u);
  const saidTogether = (x: QuoteUnit, z: QuoteUnit) =>
    units.some(
      (y) => y !== z && y.doc === x.doc && y.paragraph === x.paragraph && versionOf(y) === versionOf(z)
    );
  const kept = variants.filter(
    (e) => !redundant(e.a, e.b) && !redundant(e.b, e.a) && !saidTogether(e.a, e.b) && !saidTogether(e.b, e.a)
  );
  return starEdges(docs, kept).map((e) => toFinding(docs, e));
}

/**
 * Identical wordings form one version; within each group of related versions, every version is compared
 * with the principal one (most often quoted, then longest, then earliest) rather than with each other.
 */
function starEdges(docs: Doc[], edges: Edge[]): Edge[] {
  const version = versionKey;
  const members = new Map<string, QuoteUnit[]>();
  const neighbours = new Map<string, Map<string, Edge>>();
  for (const e of edges) {
    for (const u of [e.a, e.b]) {
      const list = members.get(version(u)) ?? members.set(version(u), []).get(version(u))!;
      if (!list.includes(u)) list.push(u);
    }
    const [va, vb] = [version(e.a), version(e.b)];
    for (const [x, y] of [
      [va, vb],
      [vb, va]
    ]) {
      const m = neighbours.get(x) ?? neighbours.set(x, new Map()).get(x)!;
      const old = m.get(y);
      if (!old || better(docs, e, old)) m.set(y, e);
    }
  }
  const rank = (v: string) => {
    const list = members.get(v)!;
    return [list.length, list[0].keys.length, -Math.min(...list.map((u) => order(docs, u)))];
  };
  const done = new Set<string>();
  const out: Edge[] = [];
  for (const start of neighbours.keys()) {
    if (done.has(start)) continue;
    const component: string[] = [];
    const stack = [start];
    while (stack.length) {
      const v = stack.pop()!;
      if (done.has(v)) continue;
      done.add(v);
      component.push(v);
      for (const w of neighbours.get(v)!.keys()) stack.push(w);
    }
    component.sort((x, y) => {
      const [rx, ry] = [rank(x), rank(y)];
      return ry[0] - rx[0] || ry[1] - rx[1] || ry[2] - rx[2];
    });
    const attached = new Set([component[0]]);
    for (const v of component.slice(1)) {
      const direct = neighbours.get(v)!.get(component[0]);
      let edge = direct;
      if (!edge)
        for (const [w, e] of neighbours.get(v)!)
          if (attached.has(w) && (!edge || better(docs, e, edge))) edge = e;
      if (!edge) continue;
      attached.add(v);
      out.push(edge);
    }
  }
  return out;
}

function better(docs: Doc[], e: Edge, than: Edge): boolean {
  const same = (x: Edge) => (x.a.doc === x.b.doc ? 1 : 0);
  if (e.diff.similarity !== than.diff.similarity) return e.diff.similarity > than.diff.similarity;
  if (same(e) !== same(than)) return same(e) > same(than);
  return Math.min(order(docs, e.a), order(docs, e.b)) < Math.min(order(docs, than.a), order(docs, than.b));
}

function toFinding(docs: Doc[], e: Edge): Finding {
  const [first, second] = order(docs, e.a) <= order(docs, e.b) ? [e.a, e.b] : [e.b, e.a];
  const flip = first !== e.a;
  const [firstWords, secondWords] = flip ? [e.diff.right, e.diff.left] : [e.diff.left, e.diff.right];
  const da = docs[first.doc];
  const db = docs[second.doc];
  const who = first.speaker && !/^unknown$/i.test(first.speaker) ? `${first.speaker}'s` : 'the same';
  const where =
    da === db
      ? `${da.label} quotes ${who} remark two ways`
      : `${da.label} and ${db.label} quote ${who} remark differently`;
  return {
    kind: 'discrepancy',
    claim: { file: da.file, text: first.text, start: first.start, end: first.end },
    evidence: { file: db.file, text: second.text, start: second.start, end: second.end },
    explanation: `${where}: “${first.text}” (${da.label}) vs “${second.text}” (${db.label}).`,
    confidence: Math.min(0.9, 0.5 + e.diff.similarity * 0.4),
    topic: 'the wording of a quote',
    claimValue: firstWords || '—',
    evidenceValue: secondWords || '—'
  };
}
