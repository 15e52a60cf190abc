/**
 * Place swaps for altered-detail questions: "met in Anchorage" becomes "met in Moscow", with places drawn from the
 * same story. A place that ever shares a sentence with the original ("Anchorage, Alaska", "Joint Base
 * Elmendorf-Richardson in Anchorage") may be the same location, so it is never the "wrong" version.
 */
import { extractPlaces, type Place, PLACE_WORDS } from '../analysis';
import type { Detail } from './details';

export interface PlaceIndex {
  /** Each place of the story (lower-cased) with how often it is named and the places named alongside it. */
  places: Map<string, { text: string; count: number; alongside: Set<string> }>;
  /** The swappable places of each sentence indexed, kept so that its place details need not look again. */
  inSentence: Map<string, Place[]>;
}

export function indexPlaces(sentences: string[], isPerson: (name: string) => boolean): PlaceIndex {
  const places: PlaceIndex['places'] = new Map();
  const inSentence = new Map<string, Place[]>();
  for (const sentence of sentences) {
    let own = inSentence.get(sentence);
    if (!own) inSentence.set(sentence, (own = placesIn(sentence, isPerson)));
    // Most sentences name no place: no lists for them.
    if (!own.length) continue;
    // "Anchorage, Alaska" names Anchorage and Alaska too: all three are related.
    const found: string[] = [];
    for (const p of own) {
      found.push(p.text);
      if (p.text.includes(', ')) found.push(...p.text.split(', '));
    }
    const keys = found.map((text) => text.toLowerCase());
    found.forEach((text, i) => {
      const key = keys[i];
      const entry = places.get(key) ?? { text, count: 0, alongside: new Set<string>() };
      entry.count++;
      for (const other of keys) if (other !== key) entry.alongside.add(other);
      places.set(key, entry);
    });
  }
  return { places, inSentence };
}

/**
 * Countries, continents and alliances are left alone ("the war in Ukraine" → "the war in Moscow" teaches nothing);
 * cities and regions from the place lexicon are swapped.
 */
const NOT_SWAPPED = new Set(
  (
    'america europe asia africa australia antarctica russia ukraine china japan india pakistan iran iraq syria ' +
    'israel gaza palestine germany france britain england scotland wales ireland italy spain portugal poland ' +
    'hungary greece turkey belarus georgia moldova mexico canada brazil cuba venezuela korea nato un eu ussr'
  ).split(' ')
);

function isCityOrRegion(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  return (
    words.length > 0 && words.length <= 3 && words.every((w) => PLACE_WORDS.has(w) && !NOT_SWAPPED.has(w))
  );
}

function placesIn(text: string, isPerson: (name: string) => boolean): Place[] {
  return extractPlaces(text).filter((p) => isCityOrRegion(p.text) && !isPerson(p.text));
}

/** The swappable places of a sentence (found again only when the index has not seen it). */
export function placeDetails(
  text: string,
  isPerson: (name: string) => boolean,
  index?: PlaceIndex
): Detail[] {
  return (index?.inSentence.get(text) ?? placesIn(text, isPerson)).map((p) => ({
    kind: 'place' as const,
    form: 'place',
    text: p.text,
    start: p.start,
    end: p.end,
    low: 0,
    high: 0
  }));
}

/** Other places of the story, the most named first, that cannot be the same location as the original. */
export function placeReplacements(original: Detail, index: PlaceIndex): Detail[] {
  const key = original.text.toLowerCase();
  const related = index.places.get(key)?.alongside ?? new Set<string>();
  const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);
  return [...index.places.entries()]
    .filter(([other]) => other !== key && !overlaps(other, key) && !related.has(other))
    .filter(([other]) => ![...related].some((r) => overlaps(r, other)))
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(([, entry]) => ({ ...original, text: entry.text }));
}
