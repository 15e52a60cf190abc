/**
 * The figures of a sentence with the topic each is about: durations of events, daily rates, tolls, shares, and when a war began.
 */
import type { Sentence } from '../../corpus/text';
import type { Doc, Value } from './types';
import { extractValues } from './values';

export interface Item {
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

export function durationItems(doc: Doc, sentence: Sentence, values: Value[]): Item[] {
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

export const HARM =
  /\b(killed|killing|die|died|dying|dead|wounded|injured|displaced|arrested|detained|infected)\b/i;

export function rateItems(doc: Doc, sentence: Sentence, values: Value[]): Item[] {
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
export function tollItems(doc: Doc, sentence: Sentence, values: Value[]): Item[] {
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
export function shareItems(doc: Doc, sentence: Sentence, values: Value[]): Item[] {
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
export function startItems(doc: Doc, sentence: Sentence, referenceYear: number | undefined): Item[] {
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
