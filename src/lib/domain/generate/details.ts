/**
 * Swappable details of a sentence (durations, quantities, counts, dates), read with analysis/checks/values.ts, and the
 * rule that keeps an altered version from matching anything the corpus reports: a replacement must be far from
 * the original and from every value of the same kind that clusters around it anywhere in the story.
 */
import { extractValues, type Value, type ValueKind } from '../analysis';

export type DetailKind = 'duration' | 'quantity' | 'number' | 'date' | 'place' | 'name';

export interface Detail {
  kind: DetailKind;
  /** Format class within a kind (a year is swapped for a year, a percentage for a percentage). */
  form: string;
  text: string;
  /** Offsets within the text the detail was found in. */
  start: number;
  end: number;
  /** The range the wording allows: minutes for durations, the number itself otherwise. */
  low: number;
  high: number;
  /** "several hours": guarded against, never swapped in or out. */
  vague?: boolean;
}

const KIND: Record<ValueKind, DetailKind | undefined> = {
  duration: 'duration',
  count: 'number',
  rate: 'quantity',
  percent: 'quantity',
  money: 'quantity',
  year: 'date',
  date: 'date',
  clock: 'date',
  place: 'place'
};

/** Durations are swapped within their scale: "met for 24 hours" is a version, "met for 80 years" a joke. */
function formOf(value: Value): string {
  if (value.kind === 'duration') return value.value < 2880 ? 'duration' : 'long duration';
  return value.kind === 'money' ? `money ${value.unit ?? ''}` : value.kind;
}

/** Open-ended wordings ("more than 2½ hours") cover a bounded neighbourhood, so they can still be compared. */
function bounds(value: Value): [number, number] {
  const high = Number.isFinite(value.max) ? value.max : value.min * 1.3;
  const low = value.qualifier === 'less-than' ? Math.max(value.min, value.max * 0.5) : value.min;
  return [low, high];
}

/** Details of one sentence, in order of how well they make an altered version (durations first). */
export function findDetails(text: string, figures: (text: string) => Value[] = extractValues): Detail[] {
  const found: Detail[] = [];
  for (const value of figures(text)) {
    const kind = KIND[value.kind];
    if (!kind || !usable(text, value)) continue;
    const [low, high] = bounds(value);
    const vague = value.qualifier === 'vague';
    // A count's noun stays ("36 countries" becomes "29 countries", not "29 Ukrainian").
    const shown = kind === 'number' ? (/^.*?\d[\d,.]*/.exec(value.text)?.[0] ?? value.text) : value.text;
    const at = value.start;
    found.push({
      kind,
      form: formOf(value),
      text: shown,
      start: at,
      end: at + shown.length,
      low,
      high,
      vague
    });
  }
  const rank: DetailKind[] = ['duration', 'quantity', 'number', 'date', 'place', 'name'];
  return found.sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind) || a.start - b.start);
}

/** Figures that make clean swaps: in digits or a duration, not part of a list, score or range of years. */
function usable(text: string, value: Value): boolean {
  const before = text.slice(Math.max(0, value.start - 2), value.start);
  if (/:\s*$/.test(before) || /^\s*(?:out of|:)/.test(text.slice(value.start).replace(/^\S*\d\S*/, '')))
    return false;
  if (value.kind === 'count' && !/^\D{0,12}\d/.test(value.text)) return false;
  if (value.kind === 'rate' && /\d,\s\d/.test(value.text)) return false;
  if (value.kind === 'duration' && /^(?:an?\s|half)/i.test(value.text)) return false;
  if (value.kind === 'year' && isYearRange(text, value.start, value.text)) return false;
  return !isListedNumber(text, value.start, value.text);
}

/** "from 2001 to 2006", "2008-2022": swapping one end alone can make the range run backwards. */
function isYearRange(text: string, index: number, match: string): boolean {
  const around = text.slice(Math.max(0, index - 12), index + match.length + 10);
  return /(?:19|20)\d{2}\s*(?:to|[-–])\s*(?:19|20)\d{2}/.test(around);
}

/** Numbers in a list or a score ("5,000, 6,000, 7,000", "1:0", "50:50") do not make clean swaps. */
function isListedNumber(text: string, index: number, match: string): boolean {
  const after = text.slice(index + match.length, index + match.length + 3);
  const before = text.slice(Math.max(0, index - 3), index);
  const outOf =
    /^\s+out of\b/.test(text.slice(index + match.length)) || /\bout of\s+$/.test(text.slice(0, index));
  return /^,\s?\d/.test(after) || /\d,\s?$/.test(before) || /^:/.test(after) || outOf;
}

/** Two values that a reader could take for the same report (2½ h and 2 h 45 min; 5,000 and 6,000). */
export function near(a: Detail, b: Detail): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'name' || a.kind === 'place') return a.text.toLowerCase() === b.text.toLowerCase();
  if (a.form !== b.form && (a.kind === 'quantity' || a.kind === 'date')) return false;
  if (a.form === 'clock') return Math.abs(a.low - b.low) < 30;
  if (a.kind === 'date') return a.low <= b.high && b.low <= a.high;
  if (a.low <= b.high && b.low <= a.high) return true;
  const gapLow = Math.min(a.high, b.high);
  const gapHigh = Math.max(a.low, b.low);
  const ratio = a.kind === 'duration' ? 1.75 : 1.25;
  return gapLow > 0 ? gapHigh / gapLow < ratio : gapHigh === gapLow;
}

/**
 * Replacements for `original` that no report of the story could match: of the same kind and form, far from the
 * original and from every value near it (so "nearly three hours" never replaces "2 1/2 hours").
 */
export function safeReplacements(original: Detail, story: Detail[]): Detail[] {
  const sameKind = story.filter((d) => d.kind === original.kind);
  // What the story reports for the same fact sits near the original (2½ h, 2 h 45 min, nearly three hours).
  const cluster = [original, ...sameKind.filter((d) => near(original, d))];
  const out: Detail[] = [];
  for (const d of sameKind) {
    if (d.vague || d.form !== original.form || cluster.includes(d) || cluster.some((c) => near(c, d)))
      continue;
    if (out.some((o) => near(o, d) || o.text.toLowerCase() === d.text.toLowerCase())) continue;
    out.push(d);
  }
  return out;
}
