import { describe, expect, it } from 'vitest';
import { extractPlaces } from './places';
import type { Value } from './types';
import { parseNumber } from './value-numbers';
import { extractValues, fitsRange, sameFigure } from './values';

function only(text: string, kind: Value['kind']): Value {
  const found = extractValues(text).filter((v) => v.kind === kind);
  expect(found, `one ${kind} in "${text}"`).toHaveLength(1);
  return found[0];
}

describe('parseNumber', () => {
  it('reads digits, words and fractions', () => {
    expect(parseNumber('2 1/2')).toBe(2.5);
    expect(parseNumber('2½')).toBe(2.5);
    expect(parseNumber('two and a half')).toBe(2.5);
    expect(parseNumber('5,000')).toBe(5000);
    expect(parseNumber('twenty-four')).toBe(24);
    expect(parseNumber('several')).toBeUndefined();
  });
});

describe('durations', () => {
  it('normalises the same length written four ways to 150 minutes', () => {
    const ways = [
      'met for 2 1/2 hours',
      'ended after only 2 1/2hours',
      'lasted 2½ hours',
      'for two and a half hours'
    ];
    const values = ways.map((w) => only(w, 'duration'));
    for (const v of values) expect(v.value).toBe(150);
    expect(sameFigure(values[0], values[3])).toBe(true);
  });

  it('keeps 2½ hours, about 2 h 45 min and nearly three hours apart', () => {
    const exact = only('met for 2 1/2 hours', 'duration');
    const about = only('a meeting that lasted about two hours and 45 minutes', 'duration');
    const nearly = only('the summit lasted nearly three hours', 'duration');
    expect(about.value).toBe(165);
    expect(about.qualifier).toBe('about');
    expect(nearly.value).toBeGreaterThanOrEqual(170);
    expect(nearly.value).toBeLessThan(180);
    expect(sameFigure(exact, about)).toBe(false);
    expect(sameFigure(about, nearly)).toBe(false);
  });

  it('reads "more than" as a bound that 2½ hours exactly does not meet', () => {
    const bound = only('concluded after more than two and a half hours', 'duration');
    expect(bound.qualifier).toBe('more-than');
    expect(fitsRange(only('met for 2 1/2 hours', 'duration'), bound)).toBe(false);
    expect(fitsRange(only('lasted about two hours and 45 minutes', 'duration'), bound)).toBe(true);
  });

  it('reads ranges and vague spans', () => {
    const range = only('expected to stretch to six-seven hours', 'duration');
    expect([range.min, range.max]).toEqual([360, 420]);
    expect(only('they met for several hours', 'duration').qualifier).toBe('vague');
  });
});

describe('rates, counts and dates', () => {
  it('turns a list of weekly figures into a daily range', () => {
    const rate = only('stop 5,000, 6,000, 7,000 people a week from being killed', 'rate');
    expect(Math.round(rate.min)).toBe(714);
    expect(rate.max).toBe(1000);
    expect(rate.unit).toBe('people per day');
  });

  it('does not read money as a rate', () => {
    expect(extractValues('making $35,000 to $60,000 a year').filter((v) => v.kind === 'rate')).toEqual([]);
  });

  it('reads counted things with their qualifier', () => {
    const count = only('In fact, nearly 36 countries allow postal votes', 'count');
    expect(count).toMatchObject({ unit: 'countries', qualifier: 'nearly', max: 36 });
  });

  it('reads full dates, month and year, and parts of a year', () => {
    expect(only('on August 15, 2025 in Anchorage', 'date').value).toBeCloseTo(2025.62, 2);
    expect(only('in February 2022', 'date').min).toBeCloseTo(2022.08, 2);
    const early = only('launched in early 2022', 'year');
    expect([early.min, early.max]).toEqual([2022, 2022 + 1 / 3]);
  });

  it('gives offsets into the text', () => {
    const text = 'The summit lasted nearly three hours.';
    const v = only(text, 'duration');
    expect(text.slice(v.start, v.end)).toBe('nearly three hours');
  });
});

describe('money and places', () => {
  it('reads amounts with currency and scale', () => {
    expect(only('investing $500,000 in a business', 'money')).toMatchObject({ value: 500000, unit: 'USD' });
    expect(only('a package worth about €2 billion', 'money')).toMatchObject({
      value: 2e9,
      unit: 'EUR',
      qualifier: 'about'
    });
    expect(only('they paid 40 million dollars', 'money')).toMatchObject({ value: 4e7, unit: 'USD' });
  });

  it('finds place names after prepositions of place, with their region', () => {
    const text = 'The leaders met in Anchorage, Alaska on Friday at Joint Base Elmendorf-Richardson.';
    expect(extractPlaces(text).map((p) => p.text)).toEqual([
      'Anchorage, Alaska',
      'Joint Base Elmendorf-Richardson'
    ]);
    expect(extractPlaces('They met on Friday in August.').map((p) => p.text)).toEqual([]);
  });
});
