/**
 * Figures in running text, normalised so that the same fact written two ways compares equal
 * ("2 1/2 hours" = "2½ hours" = "two and a half hours" = 150 minutes) and different facts do not
 * ("about two hours and 45 minutes" ≈ 165, "nearly three hours" ≈ 170–180).
 *
 * Used by the checks (discrepancies between sources) and by the altered-detail builder (swap a
 * figure for another of the same kind, never for one the corpus reports).
 */

export type ValueKind =
  'duration' | 'count' | 'rate' | 'year' | 'date' | 'percent' | 'money' | 'clock' | 'place';

/** How the text qualifies the figure. */
export type Qualifier = 'exact' | 'about' | 'nearly' | 'more-than' | 'less-than' | 'range' | 'vague';

export interface Value {
  kind: ValueKind;
  /** The figure as printed, with its qualifier ("nearly three hours"). */
  text: string;
  start: number;
  end: number;
  /**
   * Normalised figure: minutes for durations, events per day for rates, a plain number for counts,
   * percent and money, a fractional year for years and dates.
   */
  value: number;
  /** The range the wording allows (inclusive); equal to `value` for an exact figure. */
  min: number;
  max: number;
  qualifier: Qualifier;
  /** Counted noun ("countries", "people") or currency; the unit for durations and rates. */
  unit?: string;
}

const SMALL: Record<string, number> = {
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12
};
const NUMBER_WORDS = Object.keys(SMALL).filter((w) => w !== 'a' && w !== 'an');
const WORD_NUM = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${NUMBER_WORDS.join('|')})`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const FRACTION = String.raw`(?:\s*(?:½|¼|¾|\s1\/2|\s1\/4|\s3\/4)|\s+and\s+(?:a\s+)?(?:half|quarter))`;
/** A number: digits or words, with an optional fraction ("2 1/2", "2½", "two and a half"). */
export const NUMBER = `(?:(?:${DIGITS})|${WORD_NUM}|an?)${FRACTION}?`;

/** Parses a number written in digits or words, with fractions; undefined when it is not one. */
export function parseNumber(raw: string): number | undefined {
  let text = raw
    .toLowerCase()
    .trim()
    .replace(/,(?=\d{3})/g, '');
  let fraction = 0;
  const frac = /(?:\s*(½|¼|¾)|\s(1\/2|1\/4|3\/4)|\s+and\s+(?:a\s+)?(half|quarter))$/.exec(text);
  if (frac) {
    const f = frac[1] ?? frac[2] ?? frac[3];
    fraction =
      { '½': 0.5, '¼': 0.25, '¾': 0.75, '1/2': 0.5, '1/4': 0.25, '3/4': 0.75, half: 0.5, quarter: 0.25 }[f] ??
      0;
    text = text.slice(0, frac.index).trim();
  }
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) + fraction;
  const parts = text.split(/[- ]/).filter(Boolean);
  if (!parts.length || parts.some((p) => !(p in SMALL))) return undefined;
  let total = 0;
  for (const p of parts) total = p === 'hundred' ? Math.max(total, 1) * 100 : total + SMALL[p];
  return total + fraction;
}

const UNIT_MINUTES: [RegExp, number][] = [
  [/^(?:seconds?|secs?)$/, 1 / 60],
  [/^(?:minutes?|mins?)$/, 1],
  [/^(?:hours?|hrs?|h)$/, 60],
  [/^days?$/, 1440],
  [/^weeks?$/, 10080],
  [/^months?$/, 43830],
  [/^years?$/, 525960]
];
const UNIT = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?)`;

function minutesPer(unit: string): number {
  const u = unit.toLowerCase();
  return UNIT_MINUTES.find(([re]) => re.test(u))?.[1] ?? 0;
}

const QUALIFIER = String.raw`(?:(about|around|roughly|approximately|some|almost|nearly|close to|just under|under|less than|fewer than|more than|over|at least|just over|upwards of|only|just)\s+)?`;

/** The range a qualifier allows around a figure. */
function qualify(value: number, word: string | undefined): Pick<Value, 'min' | 'max' | 'qualifier'> {
  switch ((word ?? '').toLowerCase()) {
    case 'about':
    case 'around':
    case 'roughly':
    case 'approximately':
    case 'some':
      return { min: value * 0.9, max: value * 1.1, qualifier: 'about' };
    case 'almost':
    case 'nearly':
    case 'close to':
    case 'just under':
      return { min: value * 0.9, max: value, qualifier: 'nearly' };
    case 'under':
    case 'less than':
    case 'fewer than':
      return { min: 0, max: value, qualifier: 'less-than' };
    case 'more than':
    case 'over':
    case 'at least':
    case 'just over':
    case 'upwards of':
      return { min: value, max: Infinity, qualifier: 'more-than' };
    default:
      return { min: value, max: value, qualifier: 'exact' };
  }
}

/** The point a qualified figure stands for: "nearly three hours" is a little under three hours. */
function centre(value: number, qualifier: Qualifier): number {
  if (qualifier === 'nearly') return value * 0.95;
  return value;
}

function makeValue(
  kind: ValueKind,
  text: string,
  start: number,
  value: number,
  qualifierWord: string | undefined,
  unit?: string
): Value {
  const q = qualify(value, qualifierWord);
  return { kind, text, start, end: start + text.length, value: centre(value, q.qualifier), ...q, unit };
}

const DURATION = new RegExp(
  String.raw`\b${QUALIFIER}(${NUMBER})(?:\s*[-–]\s*(${NUMBER}))?[\s-]*(${UNIT})\b(?:,?\s+and\s+(${NUMBER})\s*(minutes?|mins?))?`,
  'gi'
);
const HALF_HOUR = /\b(?:(about|nearly|more than|over|almost|some)\s+)?(half an hour|half-hour|half hour)\b/gi;
const VAGUE_DURATION = /\b(several|a few|a couple of|many)\s+(hours|days|weeks|months|years)\b/gi;

function extractDurations(text: string, offset: number, out: Value[]) {
  for (const m of text.matchAll(DURATION)) {
    const [whole, qual, first, second, unit, extra] = m;
    const perUnit = minutesPer(unit);
    const a = parseNumber(first);
    if (a === undefined || !perUnit) continue;
    // "a year" after a number ("5,000 a week") is a rate, handled elsewhere.
    if (/^an?$/i.test(first.trim()) && /\d\s*$/.test(text.slice(0, m.index))) continue;
    if (/^h$/i.test(unit) && !/\d/.test(first)) continue;
    const extraMinutes = extra ? (parseNumber(extra) ?? 0) : 0;
    const start = offset + m.index;
    if (second !== undefined && parseNumber(second) !== undefined) {
      const b = parseNumber(second)!;
      out.push({
        kind: 'duration',
        text: whole,
        start,
        end: start + whole.length,
        value: ((a + b) / 2) * perUnit,
        min: a * perUnit,
        max: b * perUnit,
        qualifier: 'range',
        unit: 'minute'
      });
      continue;
    }
    out.push(makeValue('duration', whole.trimEnd(), start, a * perUnit + extraMinutes, qual, 'minute'));
  }
  for (const m of text.matchAll(HALF_HOUR))
    out.push(makeValue('duration', m[0], offset + m.index, 30, m[1], 'minute'));
  for (const m of text.matchAll(VAGUE_DURATION)) {
    const perUnit = minutesPer(m[2]);
    const low = m[1].toLowerCase() === 'several' ? 3 : 2;
    const start = offset + m.index;
    out.push({
      kind: 'duration',
      text: m[0],
      start,
      end: start + m[0].length,
      value: low * perUnit * 1.5,
      min: low * perUnit,
      max: 9 * perUnit,
      qualifier: 'vague',
      unit: 'minute'
    });
  }
}

const VAGUE_COUNTS: Record<string, [number, number]> = {
  dozens: [24, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  'tens of thousands': [20000, 99999],
  'hundreds of thousands': [200000, 999999],
  millions: [2e6, 9.99e6]
};
const LIST = String.raw`(?:${DIGITS})(?:(?:,\s*|\s+(?:or|to|and)\s+|\s*[-–]\s*)(?:${DIGITS}))*`;
const RATE = new RegExp(
  String.raw`\b${QUALIFIER}(${LIST}|tens of thousands|hundreds of thousands|thousands|hundreds|dozens|millions)\s+(?:of\s+)?([a-z]+)\b[^.;]{0,40}?\b(?:a|an|per|each|every)\s+(day|week|month|year|hour)\b`,
  'gi'
);

function extractRates(text: string, offset: number, out: Value[]) {
  for (const m of text.matchAll(RATE)) {
    const [whole, qual, figure, noun, period] = m;
    // Counted things, not money or ranges ("$35,000 to $60,000 a year").
    if (
      !/(?:s|people|children|men|women)$/i.test(noun) ||
      /[$€£¥]\s*$/.test(text.slice(0, m.index + m[0].indexOf(figure)))
    )
      continue;
    const perDay = 1440 / minutesPer(period);
    const start = offset + m.index;
    const vague = VAGUE_COUNTS[figure.toLowerCase()];
    if (vague) {
      out.push({
        kind: 'rate',
        text: whole,
        start,
        end: start + whole.length,
        value: vague[0] * perDay,
        min: vague[0] * perDay,
        max: vague[1] * perDay,
        qualifier: 'vague',
        unit: `${noun.toLowerCase()} per day`
      });
      continue;
    }
    const numbers = figure
      .split(/,\s+|\s+(?:or|to|and)\s+|\s*[-–]\s*/)
      .map((n) => parseNumber(n))
      .filter((n) => n !== undefined);
    if (!numbers.length) continue;
    const low = Math.min(...numbers) * perDay;
    const high = Math.max(...numbers) * perDay;
    if (numbers.length > 1)
      out.push({
        kind: 'rate',
        text: whole,
        start,
        end: start + whole.length,
        value: (low + high) / 2,
        min: low,
        max: high,
        qualifier: 'range',
        unit: `${noun.toLowerCase()} per day`
      });
    else out.push(makeValue('rate', whole, start, low, qual, `${noun.toLowerCase()} per day`));
  }
}

const COUNT = new RegExp(String.raw`\b${QUALIFIER}(${DIGITS}|${WORD_NUM})\s+([a-z]{3,})\b`, 'gi');
const PERCENT = new RegExp(String.raw`\b${QUALIFIER}(${DIGITS})\s*(?:%|per ?cent\b)`, 'gi');

const WHOLE_UNIT = new RegExp(`^${UNIT}$`, 'i');

function extractCounts(text: string, offset: number, out: Value[]) {
  for (const m of text.matchAll(COUNT)) {
    const [whole, qual, figure, noun] = m;
    if (WHOLE_UNIT.test(noun) || /^(am|pm|of|and|or|to|per|percent|cent)$/i.test(noun)) continue;
    const n = parseNumber(figure);
    if (n === undefined || (n >= 1900 && n <= 2100 && !/,/.test(figure))) continue;
    out.push(makeValue('count', whole, offset + m.index, n, qual, noun.toLowerCase()));
  }
}

function extractPercents(text: string, offset: number, out: Value[]) {
  for (const m of text.matchAll(PERCENT)) {
    const n = parseNumber(m[2]);
    if (n !== undefined) out.push(makeValue('percent', m[0], offset + m.index, n, m[1], '%'));
  }
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE_MDY = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`, 'gi');
const DATE_DMY = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\s+((?:19|20)\d\d)\b`, 'gi');
const MONTH_YEAR = new RegExp(String.raw`\b(early|mid|late)?[\s-]*(${MONTH})?\s*((?:19|20)\d\d)\b`, 'gi');

export function monthIndex(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

/** A date as a fractional year (2025-08-15 ≈ 2025.62), for comparing dates and spans in years. */
export function yearFraction(year: number, month = 0, day = 1): number {
  return year + (month + (day - 1) / 31) / 12;
}

function extractDates(text: string, offset: number, out: Value[]) {
  const taken: [number, number][] = [];
  const push = (v: Value) => {
    if (taken.some(([s, e]) => v.start < e && v.end > s)) return;
    taken.push([v.start, v.end]);
    out.push(v);
  };
  const pushExactDate = (m: RegExpExecArray, value: number) =>
    push({
      kind: 'date',
      text: m[0],
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      value,
      min: value,
      max: value,
      qualifier: 'exact'
    });
  // "August 15, 2025" and "15 August 2025": the same day, written month first or day first.
  for (const m of text.matchAll(DATE_MDY))
    pushExactDate(m, yearFraction(Number(m[3]), monthIndex(m[1]), Number(m[2])));
  for (const m of text.matchAll(DATE_DMY))
    pushExactDate(m, yearFraction(Number(m[3]), monthIndex(m[2]), Number(m[1])));
  for (const m of text.matchAll(MONTH_YEAR)) {
    const year = Number(m[3]);
    const month = m[2] ? monthIndex(m[2]) : -1;
    const part = m[1]?.toLowerCase();
    let min = yearFraction(year);
    let max = yearFraction(year + 1) - 0.001;
    if (month >= 0) {
      min = yearFraction(year, month);
      max = yearFraction(year, month, 31);
    } else if (part) {
      const third = { early: 0, mid: 1, late: 2 }[part] ?? 0;
      min = year + third / 3;
      max = year + (third + 1) / 3;
    }
    const textOf = m[0].trim();
    const start = offset + m.index + (m[0].length - m[0].trimStart().length);
    push({
      kind: month >= 0 ? 'date' : 'year',
      text: textOf,
      start,
      end: start + textOf.length,
      value: (min + max) / 2,
      min,
      max,
      qualifier: month >= 0 || !part ? 'exact' : 'about'
    });
  }
}

const CLOCK = /\b(\d{1,2})(?:[:.](\d{2}))(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(?=\W|$)/gi;

function extractClock(text: string, offset: number, out: Value[]) {
  for (const m of text.matchAll(CLOCK)) {
    if (!m[3] && m[0].includes('.')) continue;
    let hour = Number(m[1]) % 12;
    if (!m[3]) hour = Number(m[1]);
    else if (/^p/i.test(m[3])) hour += 12;
    const v = hour * 60 + Number(m[2] ?? 0);
    if (hour > 23) continue;
    out.push({
      kind: 'clock',
      text: m[0],
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      value: v,
      min: v,
      max: v,
      qualifier: 'exact'
    });
  }
}

/**
 * Every figure in a text: durations, rates, counts, percentages, dates, years and clock times, with
 * offsets (plus `offset`). Overlapping figures are kept only once, the more specific one winning.
 */
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12
};
const CURRENCY: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  dollars: 'USD',
  euros: 'EUR',
  pounds: 'GBP'
};
const MONEY = new RegExp(
  String.raw`(?:\b${QUALIFIER})?(US\$|\$|€|£|¥)\s?(${DIGITS})(?:\s*(thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)?|\b${QUALIFIER}(${DIGITS})\s*(thousand|million|billion|trillion)?\s+(dollars|euros|pounds)\b`,
  'gi'
);

function extractMoney(text: string, offset: number, out: Value[]) {
  for (const m of text.matchAll(MONEY)) {
    const [whole, q1, symbol, amount, scale, q2, amount2, scale2, word] = m;
    const n = parseNumber(amount ?? amount2);
    if (n === undefined) continue;
    const factor = SCALE[(scale ?? scale2 ?? '').toLowerCase()] ?? 1;
    const currency = CURRENCY[(symbol ?? word).toLowerCase()] ?? symbol;
    out.push(
      makeValue(
        'money',
        whole.trim(),
        offset + m.index + (whole.length - whole.trimStart().length),
        n * factor,
        q1 ?? q2,
        currency
      )
    );
  }
}

/**
 * Cheap tests for what each pattern cannot match without: most sentences have no figure at all, and the full
 * patterns try every qualifier and number word at every word boundary. Each is a necessary condition only.
 */
const MAY_HOLD_RATE = /\b(?:a|an|per|each|every)\s+(?:day|week|month|year|hour)\b/i;
/** A duration unit word (a figure in words needs one: "two hours", "half an hour", "several days"). */
const MAY_HOLD_DURATION = /(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\b/i;
/**
 * A bare "h" counts only after a figure with digits (extractDurations drops it after a number in words), so it
 * must follow a digit, fraction, space or hyphen, "half" or "quarter", or end the second figure of a range
 * ("2-three h").
 */
const MAY_HOLD_HOURS = /(?:[\d\s½¼¾-]|half|quarter)h\b|[-–]\s*(?:[a-z]+[- ])?[a-z]+h\b/i;
const MAY_HOLD_MONEY = /[$€£¥]|dollars|euros|pounds/i;
const MAY_HOLD_DATE = /(?:19|20)\d\d/;
const MAY_HOLD_CLOCK = /\d[:.]\d\d/;
/** A figure in digits and the start of a counted word after it; else a number word (tested apart: cheaper). */
const MAY_HOLD_COUNT_IN_DIGITS = /\d\s+[a-z]{3}/i;
const MAY_HOLD_COUNT_IN_WORDS = new RegExp(String.raw`\b${WORD_NUM}`, 'i');
const MAY_HOLD_PERCENT = /\d\s*(?:%|per ?cent)/i;

export function extractValues(text: string, offset = 0): Value[] {
  const found: Value[] = [];
  // Most sentences have no digit, and money, dates, clock times, percentages and durations in hours ("3 h")
  // need one: one test spares their patterns.
  const digits = /\d/.test(text);
  if (digits && MAY_HOLD_MONEY.test(text)) extractMoney(text, offset, found);
  // A rate's period ("a day") is a duration unit word too.
  const units = MAY_HOLD_DURATION.test(text);
  if (units && MAY_HOLD_RATE.test(text)) extractRates(text, offset, found);
  if (units || (digits && MAY_HOLD_HOURS.test(text))) extractDurations(text, offset, found);
  if (digits && MAY_HOLD_DATE.test(text)) extractDates(text, offset, found);
  if (digits && MAY_HOLD_CLOCK.test(text)) extractClock(text, offset, found);
  if ((digits && MAY_HOLD_COUNT_IN_DIGITS.test(text)) || MAY_HOLD_COUNT_IN_WORDS.test(text))
    extractCounts(text, offset, found);
  if (digits && MAY_HOLD_PERCENT.test(text)) extractPercents(text, offset, found);
  const kept: Value[] = [];
  for (const v of found) if (!kept.some((k) => v.start < k.end && v.end > k.start)) kept.push(v);
  return kept.sort((a, b) => a.start - b.start);
}

/** True when two figures of the same kind say the same thing (one written two ways). */
export function sameFigure(a: Value, b: Value): boolean {
  if (a.kind !== b.kind) return false;
  return Math.abs(a.value - b.value) <= Math.max(1e-6, 0.02 * Math.max(Math.abs(a.value), Math.abs(b.value)));
}

/** True when a figure fits the range another figure allows ("2½ hours" does not fit "more than 2½ hours"). */
export function fitsRange(point: Value, range: Value): boolean {
  if (range.qualifier === 'more-than')
    return point.qualifier === 'more-than' ? point.min >= range.min : point.value > range.min;
  if (range.qualifier === 'less-than')
    return point.qualifier === 'less-than' ? point.max <= range.max : point.value < range.max;
  return point.value >= range.min && point.value <= range.max;
}

/** Minutes as people write them: "150 min" → "2 h 30 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** A place name in running text: "in Anchorage, Alaska", "at Joint Base Elmendorf-Richardson". */
export interface Place {
  text: string;
  start: number;
  end: number;
}

const NOT_PLACES = new RegExp(
  String.raw`^(?:${MONTH}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|president|mr|mrs|ms|dr|the|a|an|this|that|his|her|their|our|its)$`,
  'i'
);
const PLACE =
  /\b(?:in|at|from|to|near|outside|across|into)\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]+){0,3})(?:,\s+(\p{Lu}[\p{L}-]+)(?=[\s.,;]|$))?/gu;

/**
 * Place names after a preposition of place, with an optional region after a comma ("Anchorage, Alaska").
 * A cheap pattern, not a gazetteer: callers that swap places should draw replacements from the same text.
 */
export function extractPlaces(text: string, offset = 0): Place[] {
  const out: Place[] = [];
  for (const m of text.matchAll(PLACE)) {
    const name = m[1].replace(/^the\s+/i, '');
    const first = name.split(/\s+/)[0];
    if (NOT_PLACES.test(first) || /^\d/.test(first)) continue;
    const base = m[1].replace(/\.+$/, '');
    const whole = m[2] && base === m[1] ? `${m[1]}, ${m[2]}` : base;
    const start = offset + m.index + m[0].indexOf(m[1]);
    out.push({ text: whole, start, end: start + whole.length });
  }
  return out;
}
