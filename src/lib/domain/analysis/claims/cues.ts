/**
 * Finds the words and marks that make a sentence read as a checkable statement or as an opinion.
 * Words inside quotation marks belong to whoever is quoted, so their judgements never count as the
 * writer's ("X said, “a disgrace”" reports what X said); an attribution also softens the cues in the
 * clause it reports ("critics said the plan was reckless" is their view, told as a fact).
 */
import type { Cue } from './types';
import { FACT_PATTERNS, IRREGULAR_PAST, lookupWord, PHRASES } from './lexicon';
import { analyse, type Analysis, type Token } from './nlp';
import { wordCount } from '../text';
import { patternScanner } from './patterns';
import { inside, quoteSpans, type Span } from './quote-spans';
import type { CueKind } from './types';

/** How much of an opinion cue survives inside a clause the sentence attributes to someone else. */
const REPORTED_FACTOR = 0.4;
/** Per-kind ceilings, so that a list of ten dates does not outweigh everything else. */
const FACT_CAPS: Partial<Record<CueKind, number>> = {
  date: 1.4,
  number: 1.2,
  name: 0.9,
  event: 0.9,
  attribution: 1.6,
  quote: 0.8,
  measure: 0.6
};
const OPINION_CAPS: Partial<Record<CueKind, number>> = {
  'scare-quote': 0.8,
  belief: 2.0,
  address: 1.0,
  question: 0.6,
  exclamation: 1.5,
  intensifier: 1.2,
  prediction: 1.5,
  generalisation: 1.0,
  stance: 2.0,
  imperative: 1.4
};
const MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'will', "'d", '’d', 'can']);
const INTENSIFY_ONLY_BEFORE_MODIFIER = new Set([
  'fairly',
  'quite',
  'rather',
  'pretty',
  'too',
  'somewhat',
  'overly'
]);
const IMPERATIVE_OPENERS = /^(?:(?:but|and|so|now|then|just|please)\s+)?(?:don['’]t|do not|never)\s+\w+/i;
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'so', 'now', 'then', 'just', 'please', 'yet']);
const DID = new Set(['did', "didn't", 'didn’t']);
const findPhrases = patternScanner(PHRASES.map((p) => p.pattern));
const findFactPatterns = patternScanner(FACT_PATTERNS.map((p) => p.pattern));

/** The token set of a sentence without phrase cues (most of them): no token is covered. */
const NONE_COVERED: ReadonlySet<number> = new Set();

export function findCues(
  sentence: string,
  analysis: Analysis = analyse(sentence),
  quotes: Span[] = quoteSpans(sentence)
): Cue[] {
  const { tokens } = analysis;
  const cues: Cue[] = [];
  const push = (kind: CueKind, weight: number, start: number, end: number) => {
    cues.push({
      text: sentence.slice(start, end),
      start,
      end,
      kind,
      leaning: weight > 0 ? 'opinion' : 'fact',
      weight: Math.abs(weight)
    });
  };

  // The tokens a phrase cue already counts, so that their words do not count again.
  let phraseTokens: Set<number> | undefined;
  for (const m of findPhrases(sentence)) {
    const { kind, weight } = PHRASES[m.pattern];
    const end = m.index + m.text.trimEnd().length;
    if (end <= m.index || inside(quotes, m.index, end)) continue;
    push(kind, weight, m.index, end);
    phraseTokens ??= new Set();
    for (let i = 0; i < tokens.length; i++)
      if (tokens[i].start < end && tokens[i].end > m.index) phraseTokens.add(i);
  }
  const covered = phraseTokens ?? NONE_COVERED;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (covered.has(i) || inside(quotes, token.start, token.end)) continue;
    const kind = wordCue(tokens, i);
    if (kind) push(kind.kind, kind.weight, token.start, token.end);
  }

  addPunctuationCues(sentence, analysis, quotes, covered, push);
  addFactCues(sentence, analysis, quotes, covered, push);

  const attributed = cues.some((c) => c.kind === 'attribution');
  for (const quote of quotes) {
    const words = wordCount(sentence.slice(quote.start, quote.end), {
      apostropheParts: 1,
      numberParts: false
    });
    if (words >= 4 && (attributed || quote.start <= 1)) push('quote', -0.6, quote.start, quote.end);
    else if (words <= 3 && !attributed) push('scare-quote', 0.6, quote.start, quote.end);
  }
  if (attributed) {
    for (const cue of cues)
      if (cue.leaning === 'opinion' && isReported(cue, cues, sentence)) cue.weight *= REPORTED_FACTOR;
  }
  return capWeights(cues).sort((a, b) => a.start - b.start || b.weight - a.weight);
}

/**
 * Whether an opinion cue sits in a clause the sentence attributes to someone else: after a
 * reporting verb ("critics said the plan was reckless"), anywhere in an "according to" sentence,
 * or before a closing attribution ("The plan is reckless, critics said.").
 */
function isReported(cue: Cue, cues: Cue[], sentence: string): boolean {
  return cues.some((a) => {
    if (a.kind !== 'attribution') return false;
    if (/^according/i.test(a.text) || a.start < cue.start) return true;
    // A closing attribution follows a comma or a quotation mark: "…, critics said." ("it claims to help" is not one).
    const rest = sentence.slice(a.end).match(/[\p{L}\p{N}]+/gu) ?? [];
    return rest.length <= 4 && /[,”"’]\s*(?:[^\s,”"’]+\s+){0,5}$/u.test(sentence.slice(0, a.start));
  });
}

function wordCue(tokens: Token[], i: number): { kind: CueKind; weight: number } | undefined {
  const token = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // "May 15" and "in May" are dates, not the modal.
  if (
    token.text === 'May' &&
    (next?.pos === 'NUM' || /^(?:in|of|since|until|early|late|mid)$/i.test(prev?.text ?? ''))
  )
    return undefined;
  if (
    token.text === 'US' ||
    token.text === 'U.S.' ||
    (token.text === 'I' && /^(?:War|Act|Phase)$/.test(prev?.text ?? ''))
  )
    return undefined;
  const entry = lookupWord(token.lower);
  if (!entry) return undefined;
  // "Great Britain", "Good Friday": part of a name, not a verdict.
  if (entry.weight > 0 && token.pos === 'PROPN' && (prev?.pos === 'PROPN' || next?.pos === 'PROPN'))
    return undefined;
  if (entry.kind === 'intensifier' && INTENSIFY_ONLY_BEFORE_MODIFIER.has(token.lower)) {
    if (!next || (next.pos !== 'ADJ' && next.pos !== 'ADV')) return undefined;
  }
  // "will" as a noun ("the will of the people") and "may"/"might" as nouns are rare; modal use needs a verb soon after.
  if (entry.kind === 'prediction' && token.pos !== 'AUX' && token.pos !== 'VERB') return undefined;
  if (entry.kind === 'attribution') return isReportingVerb(tokens, i) ? entry : undefined;
  return entry;
}

/** "said", "reports": a source speaking, not "an estimated 10,000", "are to be welcomed" or "the reports". */
function isReportingVerb(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (/^(?:be|been|being|an|a|the|these|those|its|their|his|her)$/i.test(prev?.text ?? '')) return false;
  // wink reads a closing "…, The Washington Post reports." as a noun.
  if (token.pos === 'NOUN') return prev?.pos === 'PROPN' && (!next || next.pos === 'PUNCT');
  return token.pos !== 'ADJ';
}

type Push = (kind: CueKind, weight: number, start: number, end: number) => void;
/** A pass over one sentence that reports the cues it finds through `push`. */
type CuePass = (
  sentence: string,
  analysis: Analysis,
  quotes: Span[],
  covered: ReadonlySet<number>,
  push: Push
) => void;

const addPunctuationCues: CuePass = (sentence, { tokens, lemma }, quotes, covered, push) => {
  const outside = quotes.length ? tokens.filter((t) => !inside(quotes, t.start, t.end)) : tokens;
  const lastMark = outside.findLast((t) => t.pos !== 'PUNCT' || /^[?!]+$/.test(t.text));
  if (lastMark?.text.includes('?')) push('question', 0.6, lastMark.start, lastMark.end);
  for (const t of outside) if (t.text.includes('!')) push('exclamation', 1.2, t.start, t.end);

  const opener = IMPERATIVE_OPENERS.exec(sentence.trimStart());
  if (opener) {
    const start = sentence.length - sentence.trimStart().length;
    push('imperative', 1.3, start, start + opener[0].length);
    return;
  }
  let first = 0;
  while (tokens[first] && (tokens[first].pos === 'PUNCT' || LEADING_CONJUNCTIONS.has(tokens[first].lower)))
    first++;
  if (covered.has(first)) return;
  const head = tokens[first];
  const after = tokens[first + 1];
  if (
    head &&
    head.pos === 'VERB' &&
    !head.lower.endsWith('ing') &&
    after &&
    after.pos !== 'VERB' &&
    after.pos !== 'AUX' &&
    lemma(first).toLowerCase() === head.lower
  ) {
    push('imperative', 1.3, head.start, head.end);
  }
};

const addFactCues: CuePass = (sentence, { tokens, lemma }, quotes, covered, push) => {
  const taken: Span[] = [];
  const take = (kind: CueKind, weight: number, start: number, end: number) => {
    for (const s of taken) if (start < s.end && end > s.start) return;
    taken.push({ start, end });
    push(kind, weight, start, end);
  };
  for (const m of findFactPatterns(sentence)) {
    const { kind, weight } = FACT_PATTERNS[m.pattern];
    // "May" alone is the modal unless a preposition marks it as the month ("in May").
    if (
      m.text === 'May' &&
      !/\b(?:in|of|since|until|early|late|mid|by|last|next)\s+$/i.test(sentence.slice(0, m.index))
    )
      continue;
    const w = typeof weight === 'number' ? weight : weight(m.text);
    take(kind, w, m.index, m.index + m.text.length);
  }

  // Names of people, places and organisations: runs of proper nouns.
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].pos !== 'PROPN' || inside(quotes, tokens[i].start)) continue;
    let j = i;
    while (tokens[j + 1]?.pos === 'PROPN') j++;
    // A capitalised first word is often only a capitalised common noun ("Taxes have risen…").
    take('name', i === 0 && j === 0 ? -0.15 : -0.2, tokens[i].start, tokens[j].end);
    i = j;
  }
  // Past-tense event verbs ("launched", "met"), unless a modal makes them hypothetical.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || covered.has(i) || inside(quotes, t.start)) continue;
    // A reporting verb already counts as an attribution; "had not been reported" is an event.
    if (lookupWord(t.lower)?.kind === 'attribution' && isReportingVerb(tokens, i)) continue;
    if (afterModal(tokens, i)) continue;
    // The lemma comes last: it is the one costly test, and the ones above rule out many verbs.
    const didVerb = DID.has(tokens[i - 1]?.lower ?? '') || tokens[i - 2]?.lower === 'did';
    const past =
      IRREGULAR_PAST.has(t.lower) ||
      didVerb ||
      (t.lower.endsWith('ed') && lemma(i).toLowerCase() !== t.lower);
    if (past) take('event', -0.35, t.start, t.end);
  }
};

/** Whether one of the three tokens before token `i` is a modal ("would have launched"). */
function afterModal(tokens: Token[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) if (MODALS.has(tokens[j].lower)) return true;
  return false;
}

function capWeights(cues: Cue[]): Cue[] {
  const used = new Map<string, number>();
  for (const cue of cues) {
    const cap =
      cue.leaning === 'fact'
        ? (FACT_CAPS[cue.kind as CueKind] ?? 1.5)
        : (OPINION_CAPS[cue.kind as CueKind] ?? 3.5);
    const left = Math.max(0, cap - (used.get(cue.kind) ?? 0));
    cue.weight = Math.min(cue.weight, left);
    used.set(cue.kind, (used.get(cue.kind) ?? 0) + cue.weight);
  }
  return cues.filter((c) => c.weight > 0);
}
