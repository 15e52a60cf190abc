/** Durations, dates and clock times in running text, as figures. */
import type { Value } from './types';
import { makeValue, minutesPer, NUMBER, parseNumber, QUALIFIER, UNIT } from './value-numbers';

const DURATION = new RegExp(
  String.raw`\b${QUALIFIER}(${NUMBER})(?:\s*[-–]\s*(${NUMBER}))?[\s-]*(${UNIT})\b(?:,?\s+and\s+(${NUMBER})\s*(minutes?|mins?))?`,
  'gi'
);
const HALF_HOUR = /\b(?:(about|nearly|more than|over|almost|some)\s+)?(half an hour|half-hour|half hour)\b/gi;
const VAGUE_DURATION = /\b(several|a few|a couple of|many)\s+(hours|days|weeks|months|years)\b/gi;

export function extractDurations(text: string, offset: number, out: Value[]) {
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
export const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
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

export function extractDates(text: string, offset: number, out: Value[]) {
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

export function extractClock(text: string, offset: number, out: Value[]) {
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
