/**
 * The same fact given as different figures: how long a meeting lasted, how many people are killed a day,
 * when a war began. Figures are normalised (values.ts) and compared only within one topic: the same kind
 * of figure about the same kind of event, found through the event word next to it.
 */
import type { Sentence } from '../../corpus/text';
import { sentenceValues } from './doc';
import { hints, mentions, sharedCount, stemsOf } from './text';
import type { Doc, Finding, Value } from './types';
import { extractValues, fitsRange, formatMinutes, sameFigure } from './values';

interface Item {
  doc: Doc;
  sentence: Sentence;
  value: Value;
  topic: string;
  /** Plain-language topic for explanations. */
  label: string;
  /** Only worth comparing across sources (a toll or a share may change within one live report). */
  crossOnly?: boolean;
}

/** Event words, the topic a duration next to them is about, and that topic in plain language. */
const EVENTS: [string[], string, string][] = [
  [
    [
      'meeting',
      'meetings',
      'met',
      'meet',
      'talks',
      'summit',
      'negotiation',
      'negotiations',
      'discussion',
      'discussions',
      'session',
      'sit-down'
    ],
    'meeting',
    'how long the meeting lasted'
  ],
  [['interview'], 'interview', 'how long the interview lasted'],
  [
    ['conference', 'briefing', 'presser', 'statement', 'statements'],
    'briefing',
    'how long the briefing lasted'
  ],
  [['speech', 'address', 'remarks'], 'speech', 'how long the speech lasted'],
  [['call', 'phone'], 'call', 'how long the call lasted'],
  [['flight', 'trip', 'visit', 'journey', 'ride', 'drive'], 'trip', 'how long the trip lasted'],
  [
    ['war', 'conflict', 'fighting', 'invasion', 'occupation', 'siege', 'strike', 'protest', 'protests'],
    'war',
    'how long the conflict has lasted'
  ]
];
/** Each event word (lower case) to its topic and label: one lookup per word of the sentence. */
const EVENT_OF_WORD = new Map(
  EVENTS.flatMap(([words, topic, label]) => words.map((w): [string, [string, string]] => [w, [topic, label]]))
);

const LASTING_BEFORE =
  /\b(?:for|lasted|lasting|lasts|last|after|spent|took|over|ran)\s+(?:only\s+|just\s+)?$/i;
const NOT_A_TOTAL_AFTER = /^\s*(?:now|so far|already|away|later|ago|earlier|before|from|of)\b/i;
const HYPOTHETICAL =
  /\b(?:expected|expect|expecting|scheduled|planned|could|would|might|may|hoped|within|in the next|up to)\b[^,.;]*$/i;

function eventOf(sentence: string, at: number): [string, string] | undefined {
  let best: [string, string] | undefined;
  let bestDistance = Infinity;
  for (const m of sentence.matchAll(/[A-Za-z-]+/g)) {
    const hit = EVENT_OF_WORD.get(m[0].toLowerCase());
    if (!hit) continue;
    const distance = Math.abs(m.index - at);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = hit;
    }
  }
  return best;
}

function durationItems(doc: Doc, sentence: Sentence, values: Value[]): Item[] {
  const out: Item[] = [];
  for (const value of values) {
    if (value.kind !== 'duration') continue;
    const at = value.start - sentence.start;
    const before = sentence.text.slice(Math.max(0, at - 40), at);
    const after = sentence.text.slice(at + value.text.length, at + value.text.length + 20);
    const adjectival = /^-?(?:hour|minute|day|week|month|year)\b/i.test(after) || /-\w+$/.test(value.text);
    if (!LASTING_BEFORE.test(before) && !adjectival) continue;
    if (NOT_A_TOTAL_AFTER.test(after) || HYPOTHETICAL.test(sentence.text.slice(0, at))) continue;
    const event = eventOf(sentence.text, at);
    if (!event) continue;
    out.push({ doc, sentence, value, topic: `duration:${event[0]}`, label: event[1] });
  }
  return out;
}

const HARM = /\b(killed|killing|die|died|dying|dead|wounded|injured|displaced|arrested|detained|infected)\b/i;

function rateItems(doc: Doc, sentence: Sentence, values: Value[]): Item[] {
  const harm = HARM.exec(sentence.text);
  return values
    .filter((v) => v.kind === 'rate')
    .map((value) => {
      const verb = harm ? harm[1].toLowerCase().replace(/(ing|ed)$/, '') : 'other';
      return {
        doc,
        sentence,
        value,
        topic: `rate:${value.unit}:${verb}`,
        label: `how many ${value.unit} are ${harm ? harm[1] : 'counted'}`
      };
    });
}

const PEOPLE =
  /^(?:people|persons|civilians|soldiers|troops|children|men|women|residents|migrants|refugees|workers|passengers|victims|protesters|fighters|police|officers|students|patients|journalists)$/i;

/** Death tolls and the like: "at least 12 people were killed" (compared across sources only: tolls change). */
function tollItems(doc: Doc, sentence: Sentence, values: Value[]): Item[] {
  const harm = HARM.exec(sentence.text);
  if (!harm) return [];
  const verb = harm[1].toLowerCase().replace(/(ing|ed)$/, '');
  return values
    .filter((v) => v.kind === 'count' && PEOPLE.test(v.unit ?? ''))
    .map((value) => ({
      doc,
      sentence,
      value,
      topic: `toll:${verb}`,
      label: `how many were ${harm[1]}`,
      crossOnly: true
    }));
}

/** Shares of a whole: "87% of the vote" (compared across sources only). */
function shareItems(doc: Doc, sentence: Sentence, values: Value[]): Item[] {
  const out: Item[] = [];
  for (const value of values) {
    if (value.kind !== 'percent') continue;
    const of = /^\s+of\s+(?:the\s+)?([a-z]+)/i.exec(sentence.text.slice(value.end - sentence.start));
    if (of)
      out.push({
        doc,
        sentence,
        value,
        topic: `share:${of[1].toLowerCase()}`,
        label: `what share of the ${of[1]}`,
        crossOnly: true
      });
  }
  return out;
}

const START =
  /\b(war|conflict|invasion|occupation)\b[^.;]{0,60}?\b(?:which\s+|that\s+)?(?:(began|begun|started|broke out|launched|erupted)\s+in\s+((?:19|20)\d\d)|(?:has been|have been|had been)\s+(?:raging|going on|under way|underway|running|waged)\s+for\s+(more than|over|nearly|almost|about)?\s*([a-z]+|\d+)\s+years)/gi;

/** When a war (or an invasion) began: a year, or a span of years before the reference date. */
function startItems(doc: Doc, sentence: Sentence, referenceYear: number | undefined): Item[] {
  const out: Item[] = [];
  for (const m of sentence.text.matchAll(START)) {
    const before = sentence.text.slice(0, m.index + m[0].length);
    if (/\b(?:would|could|might)\s+(?:not\s+)?(?:have\s+)?(?:begun|started|been)\b/i.test(before)) continue;
    const fullScale = /full[- ]scale/i.test(sentence.text.slice(Math.max(0, m.index - 20), m.index));
    const event = m[1].toLowerCase() === 'invasion' || fullScale ? 'invasion' : 'war';
    const start = sentence.start + m.index;
    const base = { kind: 'year' as const, text: m[0], start, end: start + m[0].length };
    let value: Value;
    if (m[3]) {
      const y = Number(m[3]);
      value = { ...base, value: y + 0.5, min: y, max: y + 0.999, qualifier: 'exact' };
    } else {
      const n = extractValues(`${m[5]} years`)[0]?.value;
      if (referenceYear === undefined || n === undefined) continue;
      const years = n / 525960;
      const [low, high] =
        m[4] && /more|over/i.test(m[4]) ? [years, years + 1] : m[4] ? [years - 1, years] : [years, years];
      value = {
        ...base,
        value: referenceYear - (low + high) / 2,
        min: referenceYear - high,
        max: referenceYear - low,
        qualifier: 'range'
      };
    }
    out.push({
      doc,
      sentence,
      value,
      topic: `start:${event}`,
      label: `when the ${event === 'war' ? 'war' : 'invasion'} began`
    });
  }
  return out;
}

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
