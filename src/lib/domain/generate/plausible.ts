/**
 * What keeps an altered detail plausible, so a student must read the article to reject it: a figure stays within
 * half and double the original (and a share within 100%), a year or date never falls after the article was
 * published and stays within a few years of the original. When the story offers too few such figures, new ones
 * are made by scaling the original and rounding them as it is rounded.
 */
import type { Detail } from './details';

/** The smallest and largest factor between a replacement figure and the original. */
const MIN_FACTOR = 0.5;
const MAX_FACTOR = 2;
/** How many years a replaced year or date may move. */
const MAX_YEARS = 3;
/** Factors tried when new figures are made: none near 1, so that no version is a rounding of the original. */
const FACTORS = [0.5, 0.6, 0.7, 0.75, 1.5, 1.6, 1.75, 2];

/** A year, as the fraction the values module gives dates (2016.5 is mid-2016), or undefined. */
export function publishedYear(published: string | undefined): number | undefined {
  const match = published ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published) : null;
  if (!match) return undefined;
  const [, year, month = '12', day = '31'] = match;
  return Number(year) + (Number(month) - 1) / 12 + (Number(day) - 1) / 365;
}

const mid = (d: Detail) => (d.low + d.high) / 2;
const digitGroups = (text: string) => text.match(/\d+/g)?.length ?? 0;

/** Whether `replacement` may stand for `original` in an altered version of an article published at `published`. */
export function plausibleSwap(original: Detail, replacement: Detail, published?: number): boolean {
  if (original.kind === 'date') {
    if (original.form === 'clock') return true;
    // "Nov. 11, 2014" and "June 2013" are not the same kind of date: a version keeps the original's shape.
    if (digitGroups(original.text) !== digitGroups(replacement.text)) return false;
    if (
      published !== undefined &&
      (replacement.high > published + 1 / 365 || original.high > published + 1 / 365)
    )
      return false;
    return Math.abs(mid(replacement) - mid(original)) <= MAX_YEARS;
  }
  if (original.kind !== 'number' && original.kind !== 'quantity' && original.kind !== 'duration') return true;
  const a = mid(original);
  const b = mid(replacement);
  if (!(a > 0 && b > 0)) return false;
  if (original.form === 'percent' && replacement.high > 100) return false;
  return b / a >= MIN_FACTOR && b / a <= MAX_FACTOR;
}

/** One plain number in the detail's text ("$100,000", "more than 20", "36"), with what stands around it. */
const ONE_NUMBER = /^(\D*?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\D*)$/;

/**
 * New figures for a detail: the original scaled by factors between half and double, rounded to as many significant
 * digits as the original shows, written as it is written (thousands separators, decimals, what stands around the
 * number). Years move by one to three years, never past the publication. Empty where the figure is in words or
 * mixed ("2½ hours", "three hours").
 */
export function scaledReplacements(original: Detail, published?: number): Detail[] {
  const match = ONE_NUMBER.exec(original.text);
  if (!match || original.vague) return [];
  const [, before, whole, fraction = '', after] = match;
  const value = Number(whole.replace(/,/g, '') + fraction);
  if (!(value > 0)) return [];
  const made = new Map<string, Detail>();
  const add = (n: number, low: number, high: number) => {
    const text = `${before}${format(n, whole.includes(','), fraction.length - 1)}${after}`;
    if (text !== original.text && !made.has(text)) made.set(text, { ...original, text, low, high });
  };
  if (original.form === 'year') {
    if (fraction || whole.length !== 4) return [];
    for (const step of [-1, -2, -3, 1, 2, 3])
      if (published === undefined || value + step <= Math.floor(published))
        add(value + step, original.low + step, original.high + step);
    return [...made.values()];
  }
  if (original.kind === 'date') return [];
  const digits = fraction.length > 1 ? 0 : significantDigits(whole.replace(/,/g, ''));
  for (const factor of FACTORS) {
    const scaled = value * factor;
    const n = fraction.length > 1 ? roundTo(scaled, fraction.length - 1) : roundSignificant(scaled, digits);
    // "1 countries": a plural noun stays plural.
    if (value > 1 && n <= 1) continue;
    if (original.form === 'percent' && n > 100) continue;
    // A scaled range keeps its shape ("more than 20" covers 20–26 and "more than 40" covers 40–52).
    add(n, (original.low * n) / value, (original.high * n) / value);
  }
  return [...made.values()];
}

function significantDigits(integer: string): number {
  return Math.max(1, integer.replace(/0+$/, '').length);
}

function roundSignificant(n: number, digits: number): number {
  const magnitude = 10 ** (Math.floor(Math.log10(n)) + 1 - digits);
  return Math.max(1, Math.round(n / magnitude) * magnitude);
}

function roundTo(n: number, decimals: number): number {
  return Number(n.toFixed(decimals));
}

function format(n: number, separators: boolean, decimals: number): string {
  const fixed = decimals > 0 ? n.toFixed(decimals) : String(Math.round(n));
  if (!separators) return fixed;
  const [integer, rest] = fixed.split('.');
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (rest ? `.${rest}` : '');
}

/** "a 9-year-old" but "an 8-year-old", "an 11-point lead": the article before a number must still fit it. */
export function articleStillFits(textBefore: string, original: string, replacement: string): boolean {
  const article = /\b(an?)\s+$/i.exec(textBefore)?.[1]?.toLowerCase();
  if (!article) return true;
  const needsAn = (s: string) => /^\D*(?:8|11(?!\d)|18(?!\d)|11,|18,)/.test(s);
  return needsAn(original) === needsAn(replacement);
}
