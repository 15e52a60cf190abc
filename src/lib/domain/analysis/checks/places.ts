/** Place names in running text ("in Anchorage, Alaska"), for the altered-detail questions. */
import type { Place } from './types';
import { MONTH } from './value-times';

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
