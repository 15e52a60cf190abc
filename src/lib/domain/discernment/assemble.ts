/**
 * Two parallel forms from candidate facts, with a seed: 40 facts that do not answer each other are drawn, sorted by
 * item type and confidence and dealt in turn to A-accurate, B-accurate, A-altered, B-altered (then back), so both
 * forms get the same mix of types, the same confidence and 10 of each key. Every fact is used once at most, so the
 * accurate version of a fact on one form never answers its altered version on the other.
 */
import { hash53, seededRandom, shuffled, stableId } from '../hash';
import { changedSpan, type Candidate } from './candidates';
import { FORM_SIZE, type CheckItem, type ItemKey } from './forms';
import type { CheckForm } from './scores';

/** Lower case, punctuation to spaces (keeping decimal points and thousands separators inside figures). */
const plain = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/(\d)[.,](?=\d)/g, '$1·')
    .replace(/[^\p{L}\p{N}$%·]+/gu, ' ')
    .trim()} `;

const phrasesOf = new WeakMap<Candidate, string[]>();
const plainOf = new WeakMap<Candidate, string>();

/** The reported figure with the word after it ("3.9 percent", "19 earthquakes"), or before it at a sentence end. */
function reportedPhrases(fact: Candidate): string[] {
  const known = phrasesOf.get(fact);
  if (known) return known;
  const phrases = fact.versions.map((version) => {
    const { start, from } = changedSpan(fact.sentence, version.text);
    const after = /^\s*([\p{L}%]+)/u.exec(fact.sentence.slice(start + from.length))?.[1];
    const before = /([\p{L}]+)\W*$/u.exec(fact.sentence.slice(0, start))?.[1];
    return plain(after ? `${from} ${after}` : `${before ?? ''} ${from}`);
  });
  phrasesOf.set(fact, phrases);
  return phrases;
}

function plainSentence(fact: Candidate): string {
  let text = plainOf.get(fact);
  if (text === undefined) plainOf.set(fact, (text = plain(fact.sentence)));
  return text;
}

/**
 * Whether one fact could answer the other: the same sentence, or one reports the figure the other alters together
 * with the same word ("3.9 percent" in two sentences about the unemployment rate).
 */
export function answersEachOther(a: Candidate, b: Candidate): boolean {
  if (a.sentence === b.sentence) return true;
  const reports = (x: Candidate, y: Candidate) => {
    const text = plainSentence(y);
    return reportedPhrases(x).some((phrase) => text.includes(phrase));
  };
  return reports(a, b) || reports(b, a);
}

export interface AssembledForms {
  A: CheckItem[];
  B: CheckItem[];
}

export class NotEnoughFacts extends Error {
  constructor(found: number) {
    super(
      `the check's articles give ${found} usable facts that do not answer each other; two forms need ${2 * FORM_SIZE}. Add articles with more reported figures.`
    );
    this.name = 'NotEnoughFacts';
  }
}

/** Where the i-th fact (in type-and-confidence order) goes: a snake over the four slots keeps them level. */
const SLOTS: [CheckForm, ItemKey][] = [
  ['A', 'accurate'],
  ['B', 'accurate'],
  ['A', 'altered'],
  ['B', 'altered'],
  ['B', 'altered'],
  ['A', 'altered'],
  ['B', 'accurate'],
  ['A', 'accurate']
];

function toItem(fact: Candidate, key: ItemKey, random: () => number): CheckItem {
  const evidence = { sourceId: fact.sourceId, sentence: fact.sentence };
  const common = { evidence, detailKind: fact.detailKind, confidence: fact.confidence };
  if (key === 'accurate')
    return { id: stableId('check', fact.sentence, 'accurate'), statement: fact.sentence, key, ...common };
  const version = fact.versions[Math.floor(random() * fact.versions.length)];
  return {
    id: stableId('check', version.text, 'altered'),
    statement: version.text,
    key,
    change: { from: version.from, to: version.to },
    ...common
  };
}

/**
 * The facts that can share a check: picked greedily, those that clash with fewest others first (ties by id), so the
 * pool is as large as it can easily be and the same for every seed.
 */
export function independentFacts(candidates: readonly Candidate[]): Candidate[] {
  const clashes = new Map(
    candidates.map((c) => [c.id, candidates.filter((o) => o !== c && answersEachOther(c, o)).length])
  );
  const order = [...candidates].sort(
    (a, b) => clashes.get(a.id)! - clashes.get(b.id)! || a.id.localeCompare(b.id)
  );
  const pool: Candidate[] = [];
  for (const fact of order) if (!pool.some((other) => answersEachOther(fact, other))) pool.push(fact);
  return pool;
}

/** Builds forms A and B from the candidates with a seed; throws `NotEnoughFacts` when there are too few. */
export function assembleForms(candidates: readonly Candidate[], seed: number): AssembledForms {
  const random = seededRandom(seed);
  const pool = independentFacts(candidates);
  if (pool.length < 2 * FORM_SIZE) throw new NotEnoughFacts(pool.length);
  const chosen = shuffled(pool, random).slice(0, 2 * FORM_SIZE);
  const ordered = [...chosen].sort(
    (a, b) =>
      a.detailKind.localeCompare(b.detailKind) ||
      b.confidence - a.confidence ||
      hash53(a.id, seed) - hash53(b.id, seed)
  );
  const forms: AssembledForms = { A: [], B: [] };
  ordered.forEach((fact, i) => {
    const [form, key] = SLOTS[i % SLOTS.length];
    forms[form].push(toItem(fact, key, random));
  });
  // The order a student meets them in: shuffled, so the keys do not follow a pattern.
  return { A: shuffled(forms.A, random), B: shuffled(forms.B, random) };
}
