/**
 * Figures in running text, normalised so that the same fact written two ways compares equal
 * ("2 1/2 hours" = "2½ hours" = "two and a half hours" = 150 minutes) and different facts do not
 * ("about two hours and 45 minutes" ≈ 165, "nearly three hours" ≈ 170–180).
 *
 * Used by the checks (discrepancies between sources) and by the altered-detail builder (swap a
 * figure for another of the same kind, never for one the corpus reports).
 */
import type { Value } from './types';
import { extractCounts, extractMoney, extractPercents, extractRates } from './value-amounts';
import { WORD_NUM } from './value-numbers';
import { extractClock, extractDates, extractDurations } from './value-times';

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
