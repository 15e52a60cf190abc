/**
 * Numbers in digits or words (fractions too), duration units, and the range a qualifier ("about", "more than") allows.
 */
import type { Qualifier, Value, ValueKind } from './types';

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
export const WORD_NUM = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${NUMBER_WORDS.join('|')})`;
export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
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
export const UNIT = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?)`;

export function minutesPer(unit: string): number {
  const u = unit.toLowerCase();
  return UNIT_MINUTES.find(([re]) => re.test(u))?.[1] ?? 0;
}

export const QUALIFIER = String.raw`(?:(about|around|roughly|approximately|some|almost|nearly|close to|just under|under|less than|fewer than|more than|over|at least|just over|upwards of|only|just)\s+)?`;

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

export function makeValue(
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
