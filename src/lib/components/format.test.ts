import { describe, expect, it } from 'vitest';
import { dateTime, duration, longDate, shortDate, weekLabel } from './format';

describe('dates as learners read them', () => {
  it('writes day and month in British order', () => {
    expect(longDate('2025-08-16')).toBe('16 August 2025');
    expect(weekLabel('2025-08-11')).toBe('11 Aug');
  });

  it('keeps text that is not a date, and nothing for no date', () => {
    expect(longDate('date unknown')).toBe('date unknown');
    expect(longDate(undefined)).toBe('');
  });

  it("shows epoch times in the learner's own time zone", () => {
    const at = Date.UTC(2025, 7, 16, 14, 5);
    const local = new Date(at);
    const hh = String(local.getHours()).padStart(2, '0');
    const mm = String(local.getMinutes()).padStart(2, '0');
    expect(dateTime(at)).toMatch(new RegExp(`^${local.getDate()} Aug, ${hh}:${mm}$`));
    expect(shortDate(at)).toBe(`${local.getDate()} Aug`);
  });

  it('writes durations in minutes and zero-padded seconds', () => {
    expect(duration(42_000)).toBe('42 s');
    expect(duration(185_000)).toBe('3 min 05 s');
    expect(duration(-5)).toBe('0 s');
  });
});
