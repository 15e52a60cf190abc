/** Rates, counts, percentages and sums of money in running text, as figures. */
import type { Value } from './types';
import { DIGITS, makeValue, minutesPer, parseNumber, QUALIFIER, UNIT, WORD_NUM } from './value-numbers';

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

export function extractRates(text: string, offset: number, out: Value[]) {
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

export function extractCounts(text: string, offset: number, out: Value[]) {
  for (const m of text.matchAll(COUNT)) {
    const [whole, qual, figure, noun] = m;
    if (WHOLE_UNIT.test(noun) || /^(am|pm|of|and|or|to|per|percent|cent)$/i.test(noun)) continue;
    const n = parseNumber(figure);
    if (n === undefined || (n >= 1900 && n <= 2100 && !/,/.test(figure))) continue;
    out.push(makeValue('count', whole, offset + m.index, n, qual, noun.toLowerCase()));
  }
}

export function extractPercents(text: string, offset: number, out: Value[]) {
  for (const m of text.matchAll(PERCENT)) {
    const n = parseNumber(m[2]);
    if (n !== undefined) out.push(makeValue('percent', m[0], offset + m.index, n, m[1], '%'));
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

export function extractMoney(text: string, offset: number, out: Value[]) {
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
