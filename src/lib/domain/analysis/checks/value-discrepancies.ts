/**
 * The same fact given as different figures: how long a meeting lasted, how many people are killed a day,
 * when a war began. Figures are normalised (values.ts) and compared only within one topic: the same kind
 * of figure about the same kind of event, found through the event word next to it.
 */
import { sentenceValues } from './doc';
import { hints, mentions, sharedCount, stemsOf } from './text';
import type { Doc, Finding, Value } from './types';
import { durationItems, HARM, type Item, rateItems, shareItems, startItems, tollItems } from './value-topics';
import { fitsRange, formatMinutes, sameFigure } from './values';

function describe(v: Value): string {
  if (v.kind === 'duration') {
    const reading = {
      vague: 'vague',
      nearly: `just under ${formatMinutes(v.max)}`,
      'more-than': `over ${formatMinutes(v.min)}`,
      'less-than': `under ${formatMinutes(v.max)}`,
      range: `${formatMinutes(v.min)}–${formatMinutes(v.max)}`,
      about: `≈ ${formatMinutes(v.value)}`,
      exact: formatMinutes(v.value)
    }[v.qualifier];
    return `${v.text} (${reading})`;
  }
  if (v.kind === 'year' && v.qualifier === 'range')
    return `${v.text} (≈ ${Math.floor(v.min)}–${Math.floor(v.max)})`;
  return v.text;
}

/** Do two figures for the same topic disagree? Bounds and vague words are judged separately. */
function disagree(a: Value, b: Value): boolean {
  if (a.qualifier === 'vague' || b.qualifier === 'vague') return false;
  if (a.qualifier === 'more-than' || a.qualifier === 'less-than') return !fitsRange(b, a);
  if (b.qualifier === 'more-than' || b.qualifier === 'less-than') return !fitsRange(a, b);
  if (a.qualifier === 'range' || b.qualifier === 'range') return a.max < b.min || b.max < a.min;
  return !sameFigure(a, b);
}

/** Words a sentence must contain before the fuller patterns below are tried (one scan answers all hints). */
const WAR_HINTS = hints(['war', 'conflict', 'invasion', 'occupation']);
const SPAN_HINTS = hints(['hour', 'hr', 'min', 'day', 'week', 'month', 'year']);

export function findValueDiscrepancies(docs: Doc[], referenceYear?: number): Finding[] {
  const items: Item[] = [];
  for (const doc of docs) {
    const year = doc.date ?? referenceYear;
    for (const sentence of doc.sentences) {
      if (mentions(sentence, WAR_HINTS) && /\b(?:war|conflict|invasion|occupation)\b/i.test(sentence.text))
        items.push(...startItems(doc, sentence, year));
      const spans =
        mentions(sentence, SPAN_HINTS) &&
        /\b(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|half-hour)\b/i.test(sentence.text);
      const counts =
        /\d/.test(sentence.text) && (HARM.test(sentence.text) || /%|per ?cent/i.test(sentence.text));
      if (!spans && !counts) continue;
      const values = sentenceValues(doc, sentence);
      items.push(
        ...durationItems(doc, sentence, values),
        ...rateItems(doc, sentence, values),
        ...tollItems(doc, sentence, values),
        ...shareItems(doc, sentence, values)
      );
    }
  }
  const byTopic = new Map<string, Item[]>();
  for (const item of items)
    (byTopic.get(item.topic) ?? byTopic.set(item.topic, []).get(item.topic)!).push(item);
  const findings: Finding[] = [];
  for (const group of byTopic.values()) findings.push(...compareGroup(group));
  return findings;
}

/** Same figure → one class; classes that disagree are reported once each, by their best-matching sentences. */
function compareGroup(group: Item[]): Finding[] {
  const classes: Item[][] = [];
  for (const item of group) {
    const home = classes.find(
      (c) =>
        c[0].value.qualifier === item.value.qualifier &&
        !disagree(c[0].value, item.value) &&
        sameFigure(c[0].value, item.value)
    );
    if (home) home.push(item);
    else classes.push([item]);
  }
  const findings: Finding[] = [];
  const push = (pair: [Item, Item] | undefined) => {
    if (pair) findings.push(toFinding(pair));
  };
  const exact = classes.filter((c) => c[0].value.qualifier !== 'vague');
  const vague = classes.filter((c) => c[0].value.qualifier === 'vague');
  for (let i = 0; i < exact.length; i++)
    for (let j = i + 1; j < exact.length; j++)
      if (disagree(exact[i][0].value, exact[j][0].value)) push(bestPair(exact[i], exact[j]));
  // A vague figure ("several hours") is set against the figure most sources give, once.
  const mode = [...exact].sort((a, b) => b.length - a.length)[0];
  for (const v of vague) {
    if (!mode) continue;
    const m = mode[0].value;
    if (m.value < v[0].value.min || m.value > v[0].value.max) push(bestPair(v, mode));
  }
  return findings;
}

function sharedNumbers(x: Item, y: Item): number {
  let n = 0;
  for (const w of stemsOf(x.sentence)) if (/^\d/.test(w) && stemsOf(y.sentence).has(w)) n++;
  return n;
}

/** Enough sentences per figure to find a well-matched pair, without comparing thousands of repeats. */
const PAIR_CANDIDATES = 25;

function bestPair(a: Item[], b: Item[]): [Item, Item] | undefined {
  let best: [Item, Item] | undefined;
  let bestScore = -1;
  for (const x of a.slice(0, PAIR_CANDIDATES))
    for (const y of b.slice(0, PAIR_CANDIDATES)) {
      if (x.crossOnly && x.doc === y.doc) continue;
      // Topic words only: the figures themselves differ by definition.
      const score =
        sharedCount(stemsOf(x.sentence), stemsOf(y.sentence)) -
        sharedNumbers(x, y) +
        (x.doc === y.doc ? 0.5 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = [x, y];
      }
    }
  if (!best) return undefined;
  const position = (i: Item) => i.doc.index * 1e9 + i.sentence.start;
  return position(best[0]) <= position(best[1]) ? best : [best[1], best[0]];
}

/** The quoted sentence holding the figure when it is inside a quote, else the whole sentence. */
function passage(item: Item) {
  const unit = item.doc.units.find((u) => u.start <= item.value.start && u.end >= item.value.end);
  const span = unit ?? item.sentence;
  return {
    file: item.doc.file,
    text: item.doc.text.slice(span.start, span.end),
    start: span.start,
    end: span.end
  };
}

function toFinding([a, b]: [Item, Item]): Finding {
  const where =
    a.doc === b.doc ? `${a.doc.label} gives two figures` : `${a.doc.label} and ${b.doc.label} disagree`;
  return {
    kind: 'discrepancy',
    claim: passage(a),
    evidence: passage(b),
    explanation: `${where} on ${a.label}: ${a.doc.label} reports “${a.value.text}”; ${b.doc.label} reports “${b.value.text}”.`,
    confidence: a.value.qualifier === 'vague' || b.value.qualifier === 'vague' ? 0.55 : 0.8,
    topic: a.label,
    claimValue: describe(a.value),
    evidenceValue: describe(b.value),
    rule: 'figures'
  };
}
