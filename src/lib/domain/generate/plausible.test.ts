import { describe, expect, it } from 'vitest';
import type { Detail } from './details';
import { articleStillFits, plausibleSwap, publishedYear, scaledReplacements } from './plausible';

const figure = (text: string, value: number, form = 'count', kind: Detail['kind'] = 'number'): Detail => ({
  kind,
  form,
  text,
  start: 0,
  end: text.length,
  low: value,
  high: value
});

describe('plausible altered details', () => {
  it('keeps a figure within half and double, and a share within 100%', () => {
    const crowd = figure('100,000', 100_000);
    expect(plausibleSwap(crowd, figure('60,000', 60_000))).toBe(true);
    expect(plausibleSwap(crowd, figure('20,000', 20_000))).toBe(false);
    expect(plausibleSwap(crowd, figure('525,000', 525_000))).toBe(false);
    const share = figure('70%', 70, 'percent', 'quantity');
    expect(plausibleSwap(share, { ...share, text: '105%', low: 105, high: 105 })).toBe(false);
  });

  it('never moves a year past the publication, nor more than three years', () => {
    const published = publishedYear('2016-09-08');
    const year = figure('2014', 2014.5, 'year', 'date');
    expect(plausibleSwap(year, figure('2015', 2015.5, 'year', 'date'), published)).toBe(true);
    expect(plausibleSwap(year, figure('2018', 2018.5, 'year', 'date'), published)).toBe(false);
    expect(plausibleSwap(year, figure('2009', 2009.5, 'year', 'date'), published)).toBe(false);
    expect(scaledReplacements(figure('2016', 2016.5, 'year', 'date'), published).map((d) => d.text)).toEqual([
      '2015',
      '2014',
      '2013'
    ]);
  });

  it('makes new figures written and rounded as the original is', () => {
    expect(scaledReplacements(figure('$100,000', 100_000, 'money ', 'quantity')).map((d) => d.text)).toEqual([
      '$50,000',
      '$60,000',
      '$70,000',
      '$80,000',
      '$200,000'
    ]);
    expect(scaledReplacements(figure('36', 36)).map((d) => d.text)).toEqual([
      '18',
      '22',
      '25',
      '27',
      '54',
      '58',
      '63',
      '72'
    ]);
    expect(scaledReplacements(figure('2.5', 2.5)).map((d) => d.text)).toContain('1.3');
    // Words and mixed figures are not rewritten.
    expect(scaledReplacements(figure('three hours', 180, 'duration', 'duration'))).toEqual([]);
    expect(scaledReplacements(figure('2 1/2 hours', 150, 'duration', 'duration'))).toEqual([]);
    // A plural stays plural: "2 countries" never becomes "1 countries".
    expect(scaledReplacements(figure('2', 2)).map((d) => d.text)).not.toContain('1');
  });

  it('keeps "a" and "an" right before a changed number', () => {
    expect(articleStillFits('She is an ', '18', '9')).toBe(false);
    expect(articleStillFits('She is an ', '18', '8')).toBe(true);
    expect(articleStillFits('It was a ', '20-point', '40-point')).toBe(true);
    expect(articleStillFits('He won ', '8', '5')).toBe(true);
  });
});
